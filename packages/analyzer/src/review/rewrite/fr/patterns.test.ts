/** Each French pattern: input → exact rewording, the edit applied gives the result, the rule's words survive. */
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../../tone/index.js';
import type { Rewording } from '../../types.js';
import { rewordSentence } from '../index.js';
import { verbByInfinitive } from './verbs.js';

/** Rewords with a given label; checks that the edit applied to the text gives the result. */
function reword(text: string, lang: 'fr' | 'en', label: 'prohibition' | 'obligation'): Rewording | null {
  const tone = { label, confidence: 1, cue: null, explanation: '' };
  const organization = { name: null, kind: null, values: [], platforms: [] };
  const r = rewordSentence({ text, lang, tone, organization });
  if (r) expect(text.slice(0, r.start) + r.replacement + text.slice(r.end)).toBe(r.result);
  return r;
}

const PROHIBITIONS: Record<string, Array<[string, string]>> = {
  'fr/sans-condition': [
    [
      "Il est interdit de publier la photo d'un élève sans le consentement de ses parents.",
      "Vous pouvez publier la photo d'un élève une fois le consentement de ses parents obtenu.",
    ],
    [
      "Il est strictement défendu de diffuser des vidéos de classe sans l'autorisation de la direction.",
      "Vous pouvez diffuser des vidéos de classe une fois l'autorisation de la direction obtenue.",
    ],
    [
      "Ne publiez pas de photos d'élèves sans l'accord écrit de leurs parents.",
      "Vous pouvez publier des photos d'élèves une fois l'accord écrit de leurs parents obtenu.",
    ],
    [
      'Ne pas identifier un élève sans son consentement.',
      'Identifier un élève une fois son consentement obtenu.',
    ],
    [
      'Vous ne pouvez pas utiliser le logo sans autorisation.',
      'Vous pouvez utiliser le logo avec autorisation.',
    ],
    [
      "Les employés ne doivent pas publier de photos d'élèves sans les autorisations nécessaires.",
      "Les employés peuvent publier des photos d'élèves une fois les autorisations nécessaires obtenues.",
    ],
    [
      'Ne partagez jamais une nouvelle sans vérifier la source.',
      'Partagez une nouvelle après avoir vérifié la source.',
    ],
    [
      'Il est interdit aux élèves de filmer un enseignant sans sa permission.',
      'Les élèves peuvent filmer un enseignant une fois sa permission obtenue.',
    ],
    [
      "La publication de photos d'élèves sans consentement est interdite.",
      "Vous pouvez publier des photos d'élèves avec consentement.",
    ],
    [
      "La voix ou le visage d'un camarade ne doivent pas être publiés sans son consentement préalable et celui de ses parents.",
      "La voix ou le visage d'un camarade peuvent être publiés avec son consentement préalable et celui de ses parents.",
    ],
    [
      "Ne les publiez pas sans l'accord des parents.",
      "Vous pouvez les publier une fois l'accord des parents obtenu.",
    ],
    [
      "Il est interdit de s'inscrire à un groupe au nom de l'école sans autorisation.",
      "Vous pouvez vous inscrire à un groupe au nom de l'école avec autorisation.",
    ],
    [
      'Ne publiez pas de photos de classe sans en informer la direction.',
      'Publiez des photos de classe après en avoir informé la direction.',
    ],
    [
      "Il est interdit de mettre en ligne le portrait d'un camarade sans son accord écrit.",
      "Vous pouvez mettre en ligne le portrait d'un camarade une fois son accord écrit obtenu.",
    ],
    [
      'Il est interdit de publier des photos sans autorisation ni consentement.',
      'Vous pouvez publier des photos avec autorisation et consentement.',
    ],
    ['Ne publiez pas sans réfléchir.', 'Publiez après avoir réfléchi.'],
  ],
  'fr/sauf-si': [
    [
      "Il est interdit de publier le nom d'un élève sauf si ses parents y ont consenti.",
      "Vous pouvez publier le nom d'un élève seulement si ses parents y ont consenti.",
    ],
    [
      'Ne publiez pas de photos de groupe, sauf si tous les élèves ont un formulaire signé.',
      'Vous pouvez publier des photos de groupe seulement si tous les élèves ont un formulaire signé.',
    ],
    [
      "Les employés ne peuvent pas utiliser leur compte personnel sauf s'ils ont l'accord de la direction.",
      "Les employés peuvent utiliser leur compte personnel seulement s'ils ont l'accord de la direction.",
    ],
  ],
  'fr/nul-ne-peut': [
    [
      "Nul ne peut ouvrir une page au nom d'une école sans l'accord de la direction.",
      "Pour ouvrir une page au nom d'une école, obtenez d'abord l'accord de la direction.",
    ],
    [
      'Personne ne peut créer un compte officiel sans autorisation préalable.',
      'Pour créer un compte officiel, obtenez une autorisation préalable.',
    ],
    [
      "Aucun employé ne peut parler au nom du centre de services sans l'approbation du service des communications.",
      "Pour parler au nom du centre de services, obtenez d'abord l'approbation du service des communications.",
    ],
    [
      "Nul ne peut publier au nom de l'organisation sans consulter le service des communications.",
      "Pour publier au nom de l'organisation, consultez d'abord le service des communications.",
    ],
  ],
  'fr/seuls-adressez': [
    [
      "Toutefois, seuls les porte-parole désignés peuvent s'exprimer au nom de l'établissement.",
      "Toutefois, pour vous exprimer au nom de l'établissement, adressez-vous aux porte-parole désignés.",
    ],
    [
      'Seul le service des communications peut ouvrir un compte officiel.',
      'Pour ouvrir un compte officiel, adressez-vous au service des communications.',
    ],
    [
      'Seule la direction est autorisée à publier les résultats des élèves.',
      'Pour publier les résultats des élèves, adressez-vous à la direction.',
    ],
    [
      'Seuls les administrateurs de la page ont le droit de supprimer des commentaires.',
      'Pour supprimer des commentaires, adressez-vous aux administrateurs de la page.',
    ],
  ],
  'fr/accepteriez': [
    [
      "Ne publiez pas de contenu que vous ne voudriez pas voir en première page d'un journal.",
      "Publiez uniquement du contenu que vous accepteriez de voir en première page d'un journal.",
    ],
    [
      'Ne publiez rien que vous ne voudriez pas que votre direction lise.',
      'Publiez uniquement ce que vous accepteriez que votre direction lise.',
    ],
    [
      "Ne jamais partager de photos que vous n'aimeriez pas voir circuler.",
      'Partager uniquement des photos que vous accepteriez de voir circuler.',
    ],
  ],
  'fr/identite': [
    [
      "Il est interdit de se faire passer pour quelqu'un d'autre.",
      'Présentez-vous sous votre propre identité.',
    ],
    [
      'Ne vous faites jamais passer pour un autre membre du personnel.',
      'Présentez-vous sous votre propre identité.',
    ],
    [
      "Les élèves ne doivent pas usurper l'identité d'un camarade.",
      'Nous comptons sur les élèves pour se présenter sous leur propre identité.',
    ],
    ['Ne pas se faire passer pour un enseignant.', 'Se présenter sous sa propre identité.'],
  ],
  'fr/secret': [
    [
      "Ne partagez jamais vos identifiants d'accès aux comptes officiels.",
      "Gardez vos identifiants d'accès aux comptes officiels pour vous.",
    ],
    ['Il est interdit de communiquer son mot de passe à quiconque.', 'Gardez votre mot de passe pour vous.'],
    ['Ne pas divulguer son mot de passe.', 'Garder son mot de passe pour soi.'],
    [
      "Les employés ne doivent jamais prêter leurs codes d'accès.",
      "Nous comptons sur les employés pour protéger leurs codes d'accès.",
    ],
  ],
  'fr/confidentialite': [
    [
      "Les membres du personnel ne doivent pas divulguer d'informations confidentielles sur les élèves.",
      'Nous comptons sur les membres du personnel pour protéger les informations confidentielles sur les élèves.',
    ],
    [
      'Ne pas révéler de détails internes sur les dossiers en cours.',
      'Préserver la confidentialité des détails internes sur les dossiers en cours.',
    ],
    [
      'Afin de protéger la vie privée des élèves, il est interdit de publier leur nom complet.',
      'Afin de protéger la vie privée des élèves, préservez la confidentialité de leur nom complet.',
    ],
    [
      "La publication de coordonnées personnelles, comme une adresse ou un numéro de cellulaire, n'est pas autorisée.",
      'Préservez la confidentialité des coordonnées personnelles, comme une adresse ou un numéro de cellulaire.',
    ],
    [
      'Ne divulguez jamais de renseignements personnels sur un élève.',
      'Préservez la confidentialité des renseignements personnels sur un élève.',
    ],
  ],
  'fr/respect': [
    ['Ne ridiculisez jamais vos collègues.', 'Traitez vos collègues avec respect.'],
    [
      "Il est interdit d'insulter les autres membres du groupe.",
      'Traitez les autres membres du groupe avec respect.',
    ],
    [
      'Ne vous moquez pas des autres participants sur les réseaux sociaux.',
      'Traitez les autres participants avec respect sur les réseaux sociaux.',
    ],
    [
      'Les élèves ne doivent pas harceler leurs camarades en ligne.',
      'Nous comptons sur les élèves pour traiter leurs camarades avec respect en ligne.',
    ],
    ['Ne les dénigrez pas.', 'Traitez-les avec respect.'],
  ],
  'fr/propos-respectueux': [
    [
      "Aucun propos injurieux ou discriminatoire n'est toléré sur nos pages.",
      'Exprimez-vous avec respect sur nos pages, sans propos injurieux ou discriminatoire.',
    ],
    [
      'Les propos haineux ne seront en aucun cas tolérés.',
      'Exprimez-vous avec respect, sans propos haineux.',
    ],
    [
      "Les injures, le dénigrement et les attaques visant une personne ou l'association n'ont pas leur place dans nos commentaires.",
      "Exprimez-vous avec respect dans nos commentaires, sans injures, dénigrement ni attaques visant une personne ou l'association.",
    ],
    [
      'Il est interdit de tenir des propos haineux.',
      'Exprimez-vous avec respect, sans tenir de propos haineux.',
    ],
    [
      'Ne pas publier de remarques méprisantes ou moqueuses.',
      "S'exprimer avec respect, sans publier de remarques méprisantes ou moqueuses.",
    ],
    [
      "N'employez jamais de mots qui dénigrent une origine, un genre ou une croyance.",
      'Exprimez-vous avec respect, sans jamais employer de mots qui dénigrent une origine, un genre ou une croyance.',
    ],
  ],
  'fr/libre-de': [
    [
      'La propagande partisane ou religieuse est également proscrite.',
      'Gardez vos échanges libres de propagande partisane ou religieuse.',
    ],
    ["Aucune publicité n'est tolérée sur nos pages.", 'Nos pages restent libres de publicité.'],
    [
      'Les messages publicitaires ne sont pas acceptés dans ce groupe.',
      'Ce groupe reste libre de messages publicitaires.',
    ],
    ['La publicité est interdite sur cette page.', 'Cette page reste libre de publicité.'],
  ],
  'fr/antonyme': [
    [
      'Au travail comme en congé, les fonctionnaires ne doivent pas ternir la réputation de leur administration.',
      'Au travail comme en congé, nous comptons sur les fonctionnaires pour préserver la réputation de leur administration.',
    ],
    ["Ne nuisez pas à la réputation de l'école.", "Protégez la réputation de l'école."],
    ["Il est interdit d'ignorer les consignes de sécurité.", 'Respectez les consignes de sécurité.'],
    ['Ne négligez pas la sécurité de vos comptes.', 'Prenez soin de la sécurité de vos comptes.'],
    ["Ne minimisez pas l'apport de vos collègues.", "Reconnaissez l'apport de vos collègues."],
  ],
  'fr/coordination': [
    [
      'Ne ridiculisez jamais vos collègues et ne minimisez pas leur apport à la discussion.',
      'Traitez vos collègues avec respect et reconnaissez leur apport à la discussion.',
    ],
    [
      "Ne partagez pas vos mots de passe et ne divulguez pas d'informations confidentielles.",
      'Gardez vos mots de passe pour vous et protégez les informations confidentielles.',
    ],
    [
      "Ne pas ternir la réputation de l'école et ne pas divulguer de renseignements personnels.",
      "Préserver la réputation de l'école et préserver la confidentialité des renseignements personnels.",
    ],
    [
      'Ne publiez pas de photos sans autorisation et ne partagez pas vos mots de passe.',
      'Vous pouvez publier des photos avec autorisation ; gardez vos mots de passe pour vous.',
    ],
  ],
};

const OBLIGATIONS: Array<[string, string]> = [
  [
    'Le personnel doit respecter la vie privée des élèves et de leurs familles.',
    'Nous comptons sur le personnel pour respecter la vie privée des élèves et de leurs familles.',
  ],
  [
    "Lorsque vous représentez l'école en ligne, vous devez adopter un ton courtois.",
    "Lorsque vous représentez l'école en ligne, nous comptons sur vous pour adopter un ton courtois.",
  ],
  [
    'Les gestionnaires de pages sont tenus de répondre aux messages dans un délai raisonnable.',
    'Nous comptons sur les gestionnaires de pages pour répondre aux messages dans un délai raisonnable.',
  ],
  [
    'Il faut obtenir le consentement des personnes avant de diffuser leur image.',
    'Nous comptons sur vous pour obtenir le consentement des personnes avant de diffuser leur image.',
  ],
  [
    "Il est obligatoire d'activer l'authentification à deux facteurs sur les comptes institutionnels.",
    "Nous comptons sur vous pour activer l'authentification à deux facteurs sur les comptes institutionnels.",
  ],
  [
    'Chaque enseignant doit vérifier les paramètres de confidentialité de sa classe virtuelle.',
    'Nous comptons sur chaque enseignant pour vérifier les paramètres de confidentialité de sa classe virtuelle.',
  ],
  [
    'Il faut se montrer courtois en tout temps.',
    'Nous comptons sur vous pour vous montrer courtois en tout temps.',
  ],
  [
    'Les employés doivent absolument signaler tout incident.',
    'Nous comptons sur les employés pour signaler tout incident.',
  ],
  [
    'Vous devez nous informer de tout changement.',
    'Nous comptons sur vous pour nous informer de tout changement.',
  ],
];

/** Prohibitions no pattern can reword faithfully: better none than a wrong one. */
const NO_PROHIBITION_REWORDING = [
  'Vous ne pouvez pas utiliser le logo du centre de services à des fins personnelles.',
  "Il est interdit de consulter des sites qui font l'apologie de la violence ou de la haine.",
  "S'il subsiste un doute, ne publiez pas.",
  "L'utilisation des réseaux sociaux personnels pendant les cours est proscrite.",
  'Ne publiez pas de photos sans flash.',
  'Ne publiez pas de commentaires sans raison.',
  'Ne donnez pas vos mots de passe à vos collègues.',
  'Est-il interdit de publier des photos sans autorisation ?',
  "Par ailleurs, la connexion ne sera autorisée qu'aux élèves qui auront signé la présente charte.",
  'Ne publiez pas de photos sans autorisation, sauf pour les sorties.',
  'Ne zigouillez pas les photos sans autorisation.',
  'Ne publiez rien sans autorisation.',
  "Il est interdit de publier sans l'accord des parents des photos d'élèves.",
  'Il est interdit de publier des photos sans autorisation et de les modifier.',
  'Il est interdit de publier des photos sans que les parents aient donné leur accord.',
  'Les employés ne doivent pas communiquer avec les élèves sur les réseaux sociaux personnels.',
  'Il est interdit de divulguer des informations sur les élèves à des tiers.',
  'Ne répondez pas aux commentaires haineux.',
  'Il est interdit de ne pas respecter les consignes.',
  'On ne doit pas publier de photos sans autorisation.',
];

/** Obligations that are not cold (a reason, help, the law) or not about people. */
const NO_OBLIGATION_REWORDING = [
  'Chaque compte officiel doit être inscrit au registre.',
  'Toutefois, les parents doivent être avertis que le Web renferme aussi des contenus trompeurs.',
  "Vous devez respecter la Loi sur le droit d'auteur.",
  'Afin de protéger les élèves, vous devez activer la double authentification.',
  'Vous devez répondre aux messages ; le service des communications peut vous aider.',
  'Nous devons répondre à tous les messages.',
  'Il faut exprimer ses convictions personnelles avec modération.',
  'Le centre de services doit publier ses résultats chaque année.',
  'Les élèves doivent avoir 13 ans pour ouvrir un compte.',
  "Vous devez être âgé d'au moins 13 ans.",
  'Les usagers doivent savoir que leurs commentaires sont publics.',
];

describe('French prohibitions', () => {
  for (const [pattern, cases] of Object.entries(PROHIBITIONS)) {
    describe(pattern, () => {
      it.each(cases)('%s', (input, expected) => {
        const r = reword(input, 'fr', 'prohibition');
        expect(r?.pattern).toBe(pattern);
        expect(r?.result).toBe(expected);
      });
    });
  }

  it('has at least 12 patterns with several sentences each', () => {
    expect(Object.keys(PROHIBITIONS).length + 1).toBeGreaterThanOrEqual(12);
    for (const cases of Object.values(PROHIBITIONS)) expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  it.each(NO_PROHIBITION_REWORDING)('leaves alone: %s', (input) => {
    expect(reword(input, 'fr', 'prohibition')).toBeNull();
  });
});

describe('French cold obligations (fr/comptons-sur)', () => {
  it.each(OBLIGATIONS)('%s', (input, expected) => {
    const r = reword(input, 'fr', 'obligation');
    expect(r?.pattern).toBe('fr/comptons-sur');
    expect(r?.result).toBe(expected);
  });

  it.each(NO_OBLIGATION_REWORDING)('leaves alone: %s', (input) => {
    expect(reword(input, 'fr', 'obligation')).toBeNull();
  });
});

describe('French rewordings stay faithful', () => {
  const all = [...Object.values(PROHIBITIONS).flat()];

  it.each(all.filter(([input]) => / sans | sauf /.test(input)))('keeps the condition of: %s', (input) => {
    const result = reword(input, 'fr', 'prohibition')!.result;
    const condition = input.match(
      / (?:sans|sauf si|sauf) (.+?)(?: et ne .*| (?:est|n'est|sont|ne sont) \S+)?[.,]?$/,
    )![1];
    // The condition's own words are all still there; a verb may be conjugated, so its stem is; "ni" became "et".
    for (const w of condition.split(/[\s']+/).filter((x) => x.length > 3))
      expect(result).toContain(verbByInfinitive(w) ? w.slice(0, -2) : w);
  });

  it.each(all.filter(([input]) => /haine|haineux|injurieux|méprisantes|injures|dénigrent/.test(input)))(
    'still names the hurtful words of: %s',
    (input) => {
      const result = reword(input, 'fr', 'prohibition')!.result;
      for (const w of input.match(
        /haineux|injurieux|discriminatoire|méprisantes|moqueuses|injures|dénigrent/g,
      ) ?? [])
        expect(result).toContain(w);
    },
  );

  it.each(all)('no longer reads as a prohibition: %s', (input) => {
    const result = reword(input, 'fr', 'prohibition')!.result;
    expect(classifySentence(result, 'fr').label).not.toBe('prohibition');
  });
});
