/**
 * French word lists the rewordings need: the gender of common charter nouns, people, secrets,
 * confidential information, hurtful speech, permissions, actions named by a noun, and verb antonyms.
 */

export type Gender = 'm' | 'f';

const MASC = `accord aval assentiment consentement feu-vert mandat permis acquiescement contenu commentaire
message texte document renseignement détail matériel propos mot identifiant code nom numéro lien logo
compte courriel enregistrement extrait fichier article avis discours langage terme sondage concours visuel
graphique symbole signe élément dossier profil pseudonyme nip témoignage montage mème gif jugement
dénigrement harcèlement mépris contenu-haineux spam pourriel lien-commercial`;
const FEM = `autorisation approbation permission validation signature accréditation photo photographie
image vidéo information donnée publication publicité remarque insulte injure menace attaque critique
plainte adresse coordonnée rumeur blague caricature affiche capture copie note opinion propagande
sollicitation annonce page référence pièce œuvre musique chanson marque expression réaction story
intimidation grossièreté diffamation moquerie obscénité allusion date clé`;

const GENDER = new Map<string, Gender>();
for (const w of MASC.split(/\s+/)) GENDER.set(w.replace(/-/g, ' '), 'm');
for (const w of FEM.split(/\s+/)) GENDER.set(w.replace(/-/g, ' '), 'f');

/**
 * The gender of a singular noun, or undefined when unknown.
 *
 * @example
 * genderOf('autorisation') // → 'f'
 */
export function genderOf(noun: string): Gender | undefined {
  return GENDER.get(noun.toLowerCase());
}

/** Nouns a permission is named by: "sans X" becomes "une fois X obtenu" or "avec X". */
export const PERMISSION_NOUNS =
  /^(?:accords?|autorisations?|consentements?|approbations?|permissions?|aval|assentiments?|validations?|signatures?|accréditations?|feu vert)$/i;

/** People a rule speaks to or about (the head of a subject). */
export const PERSON_NOUNS = new RegExp(
  `^(?:${[
    'personnel',
    'membres?',
    'employée?s?',
    'élèves?',
    'étudiante?s?',
    'enseignante?s?',
    'gestionnaires?',
    'administrat(?:eur|rice)s?',
    'utilisat(?:eur|rice)s?',
    'internautes?',
    'usag(?:er|ère)s?',
    'abonnée?s?',
    'parents?',
    'familles?',
    'directions?',
    'direct(?:eur|rice)s?',
    'fonctionnaires?',
    'agente?s?',
    'salariée?s?',
    'collaborat(?:eur|rice)s?',
    'intervenante?s?',
    'responsables?',
    'animat(?:eur|rice)s?',
    'modérat(?:eur|rice)s?',
    'stagiaires?',
    'bénévoles?',
    'participante?s?',
    'visiteu(?:r|se)s?',
    'citoyen(?:ne)?s?',
    'professeure?s?',
    'professionnel(?:le)?s?',
    'cadres?',
    'entraîneu(?:r|se)s?',
    'éducat(?:eur|rice)s?',
    'représentante?s?',
    'titulaires?',
    'porte-parole',
    'chacun',
    'chacune',
    'personnes?',
    'collègues?',
    'camarades?',
    'ami(?:e)?s?',
    'pairs?',
    'proches?',
    'inconnue?s?',
    'tiers',
    'autres',
    'gens',
    'enfants?',
    'jeunes',
    'cliente?s?',
    'patiente?s?',
    'public',
    'quiconque',
  ].join('|')})$`,
  'i',
);

/** Secrets kept for oneself: "Gardez X pour vous". */
export const SECRET_HEAD =
  /^(?:(?:vos |votre |leurs? |ses |son |les |le |des |d')?(?:mots? de passe|identifiants?|codes?(?: d'accès| secrets?)?|nip|clés? d'accès|informations de connexion|paramètres de connexion))(?![\p{L}\p{N}])/iu;

/**
 * Confidential or personal information: "Préservez la confidentialité de X". A qualifier counts only
 * right after a noun of information ("informations personnelles", not "réseaux sociaux personnels").
 */
export const CONFIDENTIAL =
  /(?<![\p{L}\p{N}])(?:confidentiel(?:le)?s?|secrets?|coordonnées|noms? complets?|numéros? de (?:téléphone|cellulaire)|dates? de naissance|(?:informations?|renseignements?|données|détails|documents?|dossiers?|adresses?|faits)(?: [\p{L}-]+)? (?:personnel(?:le)?s?|privée?s?|internes?|sensibles?|nominati(?:f|ve)s?))(?![\p{L}\p{N}])/iu;

/** Nouns of speech or content that a hurtful qualifier can make a prohibition about respect. */
export const SPEECH_NOUN =
  /(?<![\p{L}\p{N}])(?:propos|commentaires?|messages?|mots|termes|remarques?|contenus?|discours|publications?|langage|expressions?|réactions?|blagues?|images?|paroles?|écrits?|gestes?|comportements?|allusions?)(?![\p{L}\p{N}])/iu;

/** Hurtful nouns and qualifiers: the object of a rule about respectful speech. */
export const HURTFUL =
  /(?<![\p{L}\p{N}])(?:haine|haineux|haineuse|haineuses|injurieux|injurieuse|injurieuses|discriminatoires?|diffamatoires?|méprisante?s?|moqueur|moqueuse|moqueurs|moqueuses|insultante?s?|offensante?s?|violente?s?|vulgaires?|grossi(?:er|ère)s?|racistes?|sexistes?|homophobes?|transphobes?|xénophobes?|blessante?s?|dégradante?s?|menaçante?s?|obscènes?|irrespectueux|irrespectueuse|irrespectueuses|agressi(?:f|ve)s?|harcelante?s?|dénigrante?s?|humiliante?s?|intimidante?s?|injures?|insultes?|menaces?|harcèlement|dénigrement|intimidation|grossièretés?|diffamation|moqueries?|obscénités?|attaques?(?: personnelles)?|dénigrent|insultent|humilient|blessent|ridiculisent|méprisent|rabaissent|menacent|incitent à la haine)(?![\p{L}\p{N}])/iu;

/** Content nouns that "Gardez vos échanges exempts de …" fits. */
export const CONTENT_NOUN =
  /^(?:propagande|publicités?|sollicitations?|pourriels?|spam|messages? publicitaires?|contenus? commerciaux|contenu commercial|annonces?)(?![\p{L}\p{N}])/iu;

/** Verbs that make something public or hand it over. */
export const DISCLOSE =
  /^(?:partager|divulguer|communiquer|transmettre|révéler|donner|prêter|dévoiler|publier|diffuser|afficher|écrire|confier|envoyer|fournir|mettre|republier|repartager|relayer|poster|téléverser|exposer|montrer|mentionner|indiquer)$/;

/** Verbs that put words out: the verb of a rule about hurtful speech. */
export const SAY =
  /^(?:tenir|publier|diffuser|écrire|employer|utiliser|proférer|partager|relayer|afficher|poster|formuler|émettre|laisser|faire|dire|republier|repartager|envoyer|téléverser)$/;

/** Verbs of disrespect toward a person: "Traitez X avec respect". */
export const DISRESPECT =
  /^(?:insulter|injurier|dénigrer|ridiculiser|humilier|harceler|intimider|menacer|mépriser|rabaisser|diffamer|attaquer|offenser|blesser|dévaloriser|discriminer|critiquer|moquer)$/;

/**
 * Verbs with a positive counterpart that keeps the rule: "ternir la réputation" → "préserver la
 * réputation". `de` marks a counterpart that takes "de" before its object ("prendre soin de").
 * `drop` is the preposition the original verb put before its object ("nuire à").
 */
export const ANTONYMS: Record<string, { inf: string; imp: string; de?: boolean; drop?: RegExp }> = {
  ternir: { inf: 'préserver', imp: 'préservez' },
  salir: { inf: 'préserver', imp: 'préservez' },
  nuire: { inf: 'protéger', imp: 'protégez', drop: /^(?:à |aux? )/ },
  minimiser: { inf: 'reconnaître', imp: 'reconnaissez' },
  négliger: { inf: 'prendre soin', imp: 'prenez soin', de: true },
  endommager: { inf: 'prendre soin', imp: 'prenez soin', de: true },
  violer: { inf: 'respecter', imp: 'respectez' },
  contourner: { inf: 'respecter', imp: 'respectez' },
  ignorer: { inf: 'respecter', imp: 'respectez' },
  trahir: { inf: 'respecter', imp: 'respectez' },
  compromettre: { inf: 'protéger', imp: 'protégez' },
};

/** Objects an antonym is safe with: rules, reputations, people's work, shared things. */
export const ANTONYM_OBJECT: Record<string, RegExp> = {
  ignorer:
    /(?<![\p{L}\p{N}])(?:consignes?|règles?|directives?|procédures?|politiques?|charte)(?![\p{L}\p{N}])/iu,
  violer:
    /(?<![\p{L}\p{N}])(?:consignes?|règles?|droits?|vie privée|charte|confidentialité)(?![\p{L}\p{N}])/iu,
  contourner: /(?<![\p{L}\p{N}])(?:consignes?|règles?|procédures?|mesures?|contrôles?)(?![\p{L}\p{N}])/iu,
  trahir: /(?<![\p{L}\p{N}])(?:confiance|confidentialité|secret)(?![\p{L}\p{N}])/iu,
  compromettre: /(?<![\p{L}\p{N}])(?:sécurité|réputation|confidentialité|intégrité|image)(?![\p{L}\p{N}])/iu,
  ternir: /(?<![\p{L}\p{N}])(?:réputation|image|nom)(?![\p{L}\p{N}])/iu,
  salir: /(?<![\p{L}\p{N}])(?:réputation|image|nom)(?![\p{L}\p{N}])/iu,
  nuire: /(?<![\p{L}\p{N}])(?:réputation|image|sécurité|bien-être|intégrité)(?![\p{L}\p{N}])/iu,
};

/** Actions named by a noun ("la publication de X") and their verb. */
export const ACTION_NOUNS: Record<string, string> = {
  publication: 'publier',
  diffusion: 'diffuser',
  utilisation: 'utiliser',
  usage: 'utiliser',
  création: 'créer',
  ouverture: 'ouvrir',
  partage: 'partager',
  'mise en ligne': 'mettre en ligne',
  enregistrement: 'enregistrer',
  reproduction: 'reproduire',
  modification: 'modifier',
  suppression: 'supprimer',
  transmission: 'transmettre',
  communication: 'communiquer',
  divulgation: 'divulguer',
  identification: 'identifier',
  copie: 'copier',
  affichage: 'afficher',
  envoi: 'envoyer',
  consultation: 'consulter',
  téléchargement: 'télécharger',
  republication: 'republier',
};

/** Words starting with an "h" that does not elide ("le harcèlement", "la haine"). */
const H_ASPIRE =
  /^(?:haine|haineux|haineuse|harcèlement|harceler|hasard|haut|hauteur|héros|honte|hors|hiérarchie|hockey|handicap|hache|halte|hameau|hausse|hâte)/i;

/**
 * True when a word elides the "de", "le", "que" before it ("d'informations", "l'image").
 *
 * @example
 * elides('harcèlement') // → false
 */
export function elides(word: string): boolean {
  if (/^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(word)) return true;
  return /^h/i.test(word) && !H_ASPIRE.test(word);
}

/** Negative-polarity adverbs that go away with the negation ("en aucun cas", "non plus"). */
export const NPI =
  /^(?:en aucun cas|sous aucun prétexte|en aucune circonstance|aucunement|nullement|non plus)(?![\p{L}\p{N}]) ?/iu;
