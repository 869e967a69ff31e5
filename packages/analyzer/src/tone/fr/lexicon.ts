/**
 * Closed word classes and noun lists of the French grammar, in folded form (see `fold.ts`).
 * Nouns are listed in the singular; `nounKey` strips plural and feminine endings before lookup.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Object and reflexive pronouns that sit between "ne" or a subject and the verb. */
export const CLITICS = set("se s' me m' te t' nous vous le la les l' lui leur y en");

export const NE = set("ne n'");

/** Second part of a negation, after the verb ("ne … pas"). */
export const NEG_PARTICLES = set(
  'pas plus jamais point guere nullement aucunement rien personne aucun aucune ni',
);

/** Words that close an infinitive negation: "ne pas publier", "ne jamais utiliser". */
export const NEG_BEFORE_INF = set('pas jamais plus rien point aucunement nullement');

/** Subject pronouns and what they say about who acts. */
export type SubjectClass = 'org' | 'reader' | 'person' | 'thing' | 'pron' | 'generic' | 'none';

export const SUBJECT_PRONOUNS: ReadonlyMap<string, SubjectClass> = new Map([
  ['nous', 'org'],
  ['vous', 'reader'],
  ['je', 'reader'],
  ["j'", 'reader'],
  ['tu', 'reader'],
  ['il', 'pron'],
  ['elle', 'pron'],
  ['ils', 'pron'],
  ['elles', 'pron'],
  ['on', 'generic'],
  ['chacun', 'person'],
  ['chacune', 'person'],
  ['quiconque', 'person'],
  ['tous', 'person'],
  ['toutes', 'person'],
  ['nul', 'person'],
  ['nulle', 'person'],
  ['personne', 'person'],
  ['cela', 'thing'],
  ['ca', 'thing'],
  ['ceci', 'thing'],
  ["c'", 'thing'],
  ['ce', 'thing'],
]);

/** Subjects that negate the clause ("Nul ne peut", "Personne ne doit"). */
export const NEG_SUBJECTS = set('nul nulle personne aucun aucune rien');

/** Determiners, quantifiers and pre-nominal adjectives skipped to find a noun phrase's head. */
export const DETERMINERS = set(
  "le la les l' un une des du de d' ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs tout toute tous toutes chaque aucun aucune nul nulle certains certaines plusieurs quelques seul seule seuls seules tel telle tels telles present presente presents presentes nouveau nouvel nouvelle nouveaux nouvelles autre autres meme memes plus moins tres simple ledit ladite lesdits lesdites divers diverses differents differentes propre propres bon bonne bons bonnes futur future",
);

/** Words that restrict a subject to a few: "Seuls les porte-parole peuvent…" (rule 9). */
export const ONLY_WORDS = set('seul seule seuls seules uniquement exclusivement');

/** Adverbs that may stand between a verb and what it governs. */
export const ADVERBS = set(
  "aussi bien toujours egalement strictement formellement absolument totalement fortement vivement expressement evidemment notamment parfois souvent donc ainsi toutefois cependant neanmoins pourtant alors meme surtout tres tout trop plutot vraiment simplement seulement systematiquement immediatement rapidement eventuellement automatiquement conjointement personnellement clairement entierement pleinement publiquement desormais dorenavant ensuite d'abord enfin certes aussitot generalement habituellement normalement necessairement forcement obligatoirement imperativement particulierement davantage mieux encore deja bientot aujourd'hui ici la-bas volontiers chaleureusement sincerement grandement beaucoup vivement activement serieusement rigoureusement exclusivement uniquement directement facilement librement gratuitement parfaitement entierement regulierement rarement frequemment periodiquement annuellement constamment continuellement promptement prealablement",
);

/** Relative and complement pronouns that open a clause inside the sentence. */
export const RELATIVES = set(
  "qui que qu' dont ou lequel laquelle lesquels lesquelles auquel auxquels auxquelles duquel desquels desquelles quoi",
);

/** Words before "que" that make it a comparison or a list, not a clause: "ainsi que", "plus que". */
export const NON_CLAUSAL_QUE = set('ainsi plus moins autant tel telle tels telles davantage mieux');

/** Coordinating conjunctions and sentence links that start a new clause. */
export const CONJUNCTIONS = set('et puis ou mais alors donc sinon ensuite enfin or');

/** Subordinators that open a clause whose force does not decide the sentence (rule 1). */
export const SUBORDINATORS = set(
  "si s' lorsque lorsqu' quand afin puisque puisqu' quoique quoiqu' parce bien comme meme avant apres sauf tant des pourvu",
);

/** Prepositions and adverbs that can open a leading adverbial phrase ending at a comma. */
export const LEAD_STARTERS = set(
  "pour afin sur dans en au aux a par selon sans avec apres avant des depuis durant pendant lors hors malgre outre face vu conformement entre chez grace compte etant considerant attendu concernant quant parmi vers dorenavant desormais ainsi aussi toutefois cependant neanmoins pourtant d'ailleurs ailleurs enfin bref certes evidemment naturellement concretement plus de en outre notamment surtout ici maintenant aujourd'hui actuellement bien entendu car comme meme si s' lorsque lorsqu' quand puisque puisqu' quoique quoiqu' parce tant sauf pourvu jusqu' cela oui non chers cheres cher chere bonjour bienvenue",
);

/** Sentence adverbs skipped at the start of a clause. */
export const CLAUSE_ADVERBS = set(
  "toutefois cependant neanmoins pourtant ainsi aussi donc enfin bref certes evidemment naturellement concretement notamment surtout egalement d'ailleurs finalement alors or puis ensuite dorenavant desormais actuellement aujourd'hui maintenant bien sur",
);

/** Organization-side nouns: who speaks in a charter and may pledge or sanction. */
export const ORG_NOUNS = set(
  'organisation organisme centre css commission college cegep ecole etablissement universite lycee institut institution municipalite ville mairie commune arrondissement conseil comite direction administration service equipe departement ministere association entreprise societe compagnie employeur federation syndicat club bibliotheque intercommunalite agglomeration gouvernement cabinet bureau secretariat presidence administrateur administratrice moderateur moderatrice gestionnaire animateur animatrice webmestre redaction cellule pole division secteur fondation cooperative musee office agence',
);

/** Person nouns: readers, staff and other people a rule can address. */
export const PERSON_NOUNS = set(
  'eleve etudiant etudiante enseignant enseignante professeur professeure prof personnel employe employee membre parent famille usager usagere utilisateur utilisatrice internaute abonne abonnee participant participante citoyen citoyenne public visiteur visiteuse lecteur lectrice stagiaire benevole agent agente fonctionnaire salarie salariee collaborateur collaboratrice intervenant intervenante porte-parole titulaire auteur autrice personne individu client cliente tuteur tutrice jeune enfant adulte camarade collegue pair contributeur contributrice commentateur commentatrice directeur directrice cadre superieur superieure apprenant apprenante candidat candidate representant representante responsable chercheur chercheuse contrevenant contrevenante recidiviste indiscret indiscrete gens monde resident residente athlete entraineur entraineuse medecin infirmier infirmiere',
);

/** Nouns and words that name a breach of the rules. */
export const BREACH_WORDS = set(
  'manquement non-respect non-conformite infraction violation contravention recidive abus faute transgression derogation inconduite contrevenant contrevenante contrevenants recidiviste recidivistes fraude enfreint enfreignent enfreindre contrevient contreviennent contrevenir viole violent transgresse transgressent deroge derogent inapproprie inappropriee inappropries inappropriees illegal illegale illegaux illegales illicite illicites',
);

/** Nouns naming a penalty. */
export const SANCTION_NOUNS = set(
  'sanction mesure poursuite suspension congediement licenciement renvoi expulsion exclusion bannissement retrait suppression masquage blocage fermeture desactivation revocation reprimande avertissement amende penalite radiation destitution privation perte signalement plainte consequence',
);

/** Verbs whose negation names a breach: "qui ne respecte pas la nétiquette". */
export const COMPLY_LEMMAS = set('respecter suivre observer conformer appliquer');

/** Nouns of documents: their verbs describe, they do not act. */
export const DOC_NOUNS = set(
  'charte politique guide netiquette code reglement document section directive procedure cadre texte regle consigne ligne principe article annexe page plateforme outil reseau media compte',
);

/** Nouns ending in "-er" or "-ez" that are not verbs. */
export const NOT_VERBS = set(
  'premier dernier hier cher fier hiver mer super cahier dossier papier metier quartier courrier chantier clavier fichier calendrier particulier entier regulier bouclier sentier laser poster leader manager user clocher boulanger danger etranger foyer loyer plancher rocher boucher berger verger collier escalier atelier panier palier levier greffier amer hyper cancer chez assez nez rez lez',
);

/** Future-looking words that are nouns: "caméra", "front", "patrons". */
export const FUTURE_LOOKALIKES = set(
  'camera opera extra ultra agora aura cobra tiara zebra front affront environs patrons citrons marrons perrons chevrons escadrons fleurons',
);

/** Words that may open a subordinate clause inside the sentence ("…, si vous…", "… afin que…"). */
export const INNER_STARTS: ReadonlySet<string> = new Set(
  "si lorsque lorsqu' quand afin puisque puisqu' quoique pourvu s' parce bien sans tandis apres pour avant meme sauf a des tant alors chaque".split(
    ' ',
  ),
);

/** Bit flags of the closed classes above, looked up once per token (see `context.ts`). */
export const F = {
  CLITICS: 1,
  NE: 2,
  ADVERBS: 4,
  DETERMINERS: 8,
  SUBJECT_PRONOUNS: 16,
  RELATIVES: 32,
  CONJUNCTIONS: 64,
  CLAUSE_ADVERBS: 128,
  NEG_PARTICLES: 256,
  NEG_BEFORE_INF: 512,
  LEAD_STARTERS: 1024,
  SUBORDINATORS: 2048,
  ONLY_WORDS: 4096,
  NEG_SUBJECTS: 8192,
  INNER_STARTS: 16384,
} as const;

const CLASS_OF_FLAG: Array<[number, ReadonlySet<string>]> = [
  [F.CLITICS, CLITICS],
  [F.NE, NE],
  [F.ADVERBS, ADVERBS],
  [F.DETERMINERS, DETERMINERS],
  [F.SUBJECT_PRONOUNS, new Set(SUBJECT_PRONOUNS.keys())],
  [F.RELATIVES, RELATIVES],
  [F.CONJUNCTIONS, CONJUNCTIONS],
  [F.CLAUSE_ADVERBS, CLAUSE_ADVERBS],
  [F.NEG_PARTICLES, NEG_PARTICLES],
  [F.NEG_BEFORE_INF, NEG_BEFORE_INF],
  [F.LEAD_STARTERS, LEAD_STARTERS],
  [F.SUBORDINATORS, SUBORDINATORS],
  [F.ONLY_WORDS, ONLY_WORDS],
  [F.NEG_SUBJECTS, NEG_SUBJECTS],
  [F.INNER_STARTS, INNER_STARTS],
];

const FLAGS = new Map<string, number>();
for (const [bit, words] of CLASS_OF_FLAG)
  for (const word of words) FLAGS.set(word, (FLAGS.get(word) ?? 0) | bit);

/**
 * Every word with closed-class flags, and its flags.
 *
 * @example
 * new Map(flaggedWords()).get('ne') === F.NE // → true
 */
export function flaggedWords(): IterableIterator<[string, number]> {
  return FLAGS.entries();
}

const VARIANTS = new WeakMap<ReadonlySet<string>, Map<string, string>>();

/** Every plural and feminine form of the nouns of `list`, mapped to the listed form. */
function variants(list: ReadonlySet<string>): Map<string, string> {
  let map = VARIANTS.get(list);
  if (map) return map;
  map = new Map();
  for (const key of list) {
    for (const f of [`${key}es`, `${key}e`, `${key}x`, `${key}s`]) map.set(f, key);
    if (key.endsWith('al')) map.set(`${key.slice(0, -2)}aux`, key);
  }
  for (const key of list) map.set(key, key);
  VARIANTS.set(list, map);
  return map;
}

/**
 * The key under which a noun is listed: plural "-s"/"-x" and feminine "-e" endings are accepted.
 *
 * @example
 * nounKey('enseignantes', PERSON_NOUNS) // → 'enseignante'
 */
export function nounKey(w: string, list: ReadonlySet<string>): string | null {
  return variants(list).get(w) ?? null;
}
