/**
 * Closed word classes of English that the grammar relies on: auxiliaries, function words, subjects,
 * clause openers. Open classes of verbs and predicates live in `verbs.ts` and `predicates.ts`.
 */

/** Builds a set from a space-separated list (keeps the lists readable). */
export function words(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/));
}

export const MODALS = words('must shall should may might can could will would ought');
export const BE = words('be is are was were am been being');
export const FINITE_BE = words('is are was were am');
export const DO = words('do does did');
export const HAVE = words('have has had');

/** Tokens that open a finite verb group (used to find where a subject ends). */
export const FINITE_AUX = words(
  'must shall should may might can could will would ought is are was were am do does did',
);

/** Adverbs that may sit inside a verb group ("must also", "are strictly", "may still"). */
export const ADVERBS = words(`
  also only still always just then therefore thus further furthermore moreover however nonetheless
  nevertheless even ever often sometimes occasionally usually generally normally typically certainly
  definitely strictly absolutely expressly explicitly highly strongly kindly simply solely alone
  personally ultimately immediately promptly regularly really truly fully entirely clearly hereby
  actively warmly gladly happily indeed automatically likewise similarly instead now otherwise too`);
// Words in -ly that are not adverbs of a verb group.
const NOT_LY_ADVERBS = words(
  'apply reply supply rely comply imply multiply ally fly july italy family holy likely unlikely friendly early daily weekly monthly yearly only',
);

/** Whether the word may sit between an auxiliary and its verb. */
export function isAdverb(w: string): boolean {
  return ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly') && !NOT_LY_ADVERBS.has(w));
}

/** Determiners, possessives and quantifiers that start a noun phrase. */
export const DETERMINERS = words(`
  the a an this that these those your our their his her its my any all every each some no
  other another such both either neither several many much few more most own one two three`);

export const PREPOSITIONS = words(`
  of in on at by for with without from to into onto about under over through throughout during
  within across among between against toward towards upon via per like unlike beyond besides
  except including excluding regarding concerning following after before since until till around
  along behind beside despite outside inside near off up down out`);

const CONJUNCTIONS = words('and or but nor yet so');

/** Pronouns that can be the subject of a clause. */
export const SUBJECT_PRONOUNS = words('we you they i he she it one');

/** Words that are not the head noun of a subject (used to tell a lexical verb's subject). */
export const FUNCTION_WORDS = new Set<string>([
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...CONJUNCTIONS,
  ...MODALS,
  ...BE,
  ...DO,
  ...HAVE,
  'to',
  'not',
  'never',
  'if',
  'when',
  'whether',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'what',
  'where',
  'how',
  'why',
  'as',
  'than',
  'please',
  "'s",
  'us',
  'them',
  'him',
  'me',
  'yourself',
  'yourselves',
  'ourselves',
  'themselves',
  'there',
  'here',
]);

/** People the charter addresses or regulates (the reader's side). */
export const PERSON_NOUNS = words(`
  you everyone everybody anyone anybody someone somebody whoever people person persons individual
  individuals staff employee employees student students pupil pupils teacher teachers educator
  educators user users member members parent parents guardian guardians family families visitor
  visitors follower followers participant participants faculty coach coaches principal principals
  manager managers supervisor supervisors superintendent delegate delegates designee chair
  contributor contributors commenter commenters reader readers subscriber subscribers resident
  residents citizen citizens servant servants volunteer volunteers contractor contractors official
  officials worker workers intern interns personnel colleague colleagues holder holders owner owners
  editor editors author authors guest guests child children youth representative representatives
  leader leaders player players athlete athletes alumni professor professors instructor
  instructors researcher researchers councillor councillors councilor councilors director directors
  learner learners patient patients nurse nurses physician physicians clinician clinicians doctor
  doctors customer customers client clients associate associates applicant applicants candidate
  candidates tenant tenants caregiver caregivers counsellor counsellors counselor counselors
  librarian librarians trainee trainees apprentice apprentices mentor mentors trustee trustees
  commissioner commissioners minor minors adult adults fan fans viewer viewers adherent adherents
  professional professionals practitioner practitioners agent agents lawyer lawyers
  he she i`);

/** The organization and the people who speak for it. */
export const ORG_NOUNS = words(`
  we district board city town county municipality council university college school company
  organization organisation department office team service services committee commission agency
  ministry administration center centre library museum association institution firm employer
  division unit branch government authority corporation business network club foundation
  moderator moderators administrator administrators admin admins management us webmaster
  webmasters spokesperson spokespeople institute hospital clinic province state region secretariat
  bureau directorate leadership campus academy charity nonprofit society hr`);

/** Pronouns and demonstratives whose referent the grammar cannot tell. */
export const VAGUE_SUBJECTS = words('it they this that these those which what');

/** Subject heads that make "is to …" a statement of purpose rather than a duty. */
export const PURPOSE_NOUNS = words(
  'purpose goal goals aim aims objective objectives mission intent intention idea role point vision',
);

/** Adverbial subordinators that open a clause before the main one ("If …, ", "When …, "). */
export const SUBORDINATORS = words(`
  if when whenever while whilst although though because since as once before after unless until
  till whether where wherever whereas provided lest`);

/** Words that open a leading phrase without a finite verb ("In order to …, ", "For …, "). */
export const PHRASE_OPENERS = words(`
  in on at by for with without from to during through throughout under given due owing according
  regardless despite apart beyond within across among upon via per like unlike besides except
  following prior outside inside thanks`);

/** Connectives that may start a clause and are skipped to find its subject or imperative verb. */
export const CONNECTIVES = words(`
  so and but or also then however therefore thus finally lastly additionally furthermore moreover
  plus instead otherwise again first firstly second secondly third thirdly next now overall still
  yet sometimes often occasionally meanwhile indeed hence consequently accordingly importantly`);

/** Time words that make a short leading phrase adverbial ("Each month, …"). */
export const TIME_DETERMINERS = words('each every this next last once twice');

/** Verbs and adjectives whose "that" opens a complement clause, not a relative one. */
export const COMPLEMENT_TAKERS = words(`
  recognize recognizes recognise recognises understand understands know knows believe believes
  note notes remember remind reminded realize realise ensure ensures make sure expect expects
  recommend recommends recommended suggest suggests require requires required ask asks request
  requests agree agrees acknowledge acknowledges say says state states show shows hope hopes feel
  feels think thinks find finds aware important essential necessary clear possible likely advised
  suggested expected understood noted recognized recognised informed notified demand demands
  insist insists confirm confirms indicate indicates so such now given provided assume assumes
  guarantee guarantees trust trusts verify check imply implies`);
