/**
 * Open classes of English verbs, grouped by what they do in a charter. Lists hold base forms; the
 * lemma map gives the base form of the inflected ones ("encourages", "reserved" → "encourage", "reserve").
 */
import { words } from './words.js';

// Final consonants doubled before -ed/-ing ("ban" → "banned", "commit" → "committed").
const DOUBLED = words(
  'ban bar commit permit refer submit omit regret admit stop plan drop tag chat swap log blog compel expel control patrol',
);
const IRREGULAR: Record<string, string> = {
  hid: 'hide',
  hidden: 'hide',
  took: 'take',
  taken: 'take',
  held: 'hold',
  gave: 'give',
  given: 'give',
  forbade: 'forbid',
  forbidden: 'forbid',
  kept: 'keep',
  led: 'lead',
  withdrawn: 'withdraw',
  withdrew: 'withdraw',
  undertaken: 'undertake',
  undertook: 'undertake',
  sought: 'seek',
  meant: 'mean',
  lost: 'lose',
  made: 'make',
  set: 'set',
  read: 'read',
  thought: 'think',
  known: 'know',
  knew: 'know',
  felt: 'feel',
  shown: 'show',
  told: 'tell',
  sent: 'send',
  got: 'get',
  gotten: 'get',
  understood: 'understand',
};

function inflections(base: string): string[] {
  const last = base[base.length - 1];
  const beforeLast = base[base.length - 2] ?? '';
  const consonantY = last === 'y' && !'aeiou'.includes(beforeLast);
  const third = /(s|sh|ch|x|z|o)$/.test(base)
    ? `${base}es`
    : consonantY
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  let past: string;
  let ing: string;
  if (DOUBLED.has(base)) {
    past = `${base}${last}ed`;
    ing = `${base}${last}ing`;
  } else if (last === 'e') {
    past = `${base}d`;
    ing = base.endsWith('ee') ? `${base}ing` : `${base.slice(0, -1)}ing`;
  } else if (consonantY) {
    past = `${base.slice(0, -1)}ied`;
    ing = `${base}ing`;
  } else {
    past = `${base}ed`;
    ing = `${base}ing`;
  }
  return [third, past, ing];
}

/** Verbs that state the reader's duty when used in the imperative (the default class). */
export const RULE_VERBS = words(`
  respect use keep be make follow protect post publish check fix get correct let point report
  obtain seek credit cite identify disclose include ensure maintain treat remain stay write read
  review verify monitor delete remove update reply respond answer notify inform consult comply
  adhere abide observe honor honour acknowledge safeguard secure store log change set turn add
  link mention limit separate refer direct apply act behave speak express represent present label
  mark state show demonstrate model lead listen engage interact moderate plan schedule prepare wait
  choose select know learn understand familiarize familiarise save give send forward escalate
  document record archive register sign request notify alert flag block mute hide unfollow agree
  commit accept declare protect lock disable enable close open respect tell ask seek conduct
  contact clarify explain answer edit proofread reread confirm recognize recognise distinguish
  uphold reflect present keep stick think return support encourage obey retain delete backup
  preserve attribute give obtain assume comment like tag cite include exclude provide offer create
  build manage run operate handle address resolve approve submit follow complete attend read
  review sign verify notify report delete bring focus put pay look refrain abstain cease`);

/** Imperatives that advise rather than require (taxonomy rule 8). */
export const ADVICE_VERBS = words(
  'consider avoid remember think try aim strive pause imagine reflect prefer favour favor reread proofread double-check',
);

/** Imperatives that invite or welcome (taxonomy rule 5). */
export const INVITING_VERBS = words(`
  join participate celebrate contribute explore enjoy suggest propose submit visit discover
  subscribe chime weigh showcase highlight inspire connect cheer congratulate welcome reach talk
  contact`);

/** Imperatives that invite only with a given complement ("Share your …", "Tell us …"). */
export const INVITING_WITH = new Map<string, ReadonlySet<string>>([
  ['share', words('your our with it them what how ideas stories photos news successes achievements wins')],
  ['tell', words('us')],
  ['show', words('us off')],
  ['send', words('us')],
  ['help', words('us')],
  ['follow', words('us our')],
  ['check', words('out')],
  ['write', words('to')],
  ['drop', words('us')],
  ['have', words('fun')],
  ['get', words('involved creative inspired started in')],
  ['come', words('and see join visit say')],
  ['tag', words('us')],
]);

/** Verbs of refusal: "must avoid" or "must refrain from" forbids. */
export const NEGATIVE_VERBS = words('avoid refrain abstain cease stop');

/** Measures taken against content or people (active voice). */
export const SANCTION_VERBS = words(`
  remove delete hide block ban bar suspend terminate revoke restrict report reject refuse
  discipline sanction penalize penalise prosecute expel dismiss fire exclude mute unpublish
  withdraw cancel deny limit kick eject edit take`);

/**
 * Passive participles that punish people whatever the context ("will be banned"). The other measures
 * ("removed", "closed") are sanctions only when a breach is in view or people's content is removed.
 */
export const PUNITIVE_PARTICIPLES = words(`
  banned barred blocked suspended expelled disciplined sanctioned penalized penalised prosecuted
  dismissed fired revoked terminated kicked ejected reported referred`);

/** Passive participles of measures against content or people ("will be removed"). */
export const SANCTION_PARTICIPLES = words(`
  removed deleted hidden blocked banned barred suspended terminated revoked restricted reported
  rejected refused disciplined sanctioned penalized penalised prosecuted expelled dismissed fired
  referred excluded muted unpublished disabled withdrawn cancelled canceled closed limited denied
  kicked ejected deactivated`);

/** Services the organization may switch off without anyone breaching a rule. */
export const SERVICE_VERBS = words(
  'switch turn close disable stop discontinue end pause shut deactivate archive',
);

/** What the organization does for the people it addresses (taxonomy rules 6 and 10). */
export const BENEFIT_VERBS = words(`
  help assist direct refer contact answer respond reply support guide advise accompany offer
  provide forward connect train inform notify listen review consider acknowledge credit`);

/** Verbs that spread people's content: done *for* them only when it is theirs ("share your post"). */
export const SPREADING_VERBS = words(
  'share feature highlight promote repost retweet reshare amplify showcase',
);

/** Present-tense passives that reassure ("All messages are read and answered"). */
export const PRESENT_BENEFIT_PARTICIPLES = words(
  'answered read acknowledged handled addressed forwarded returned treated protected respected',
);

/** Passive participles of what is done for people ("will be offered", "will be handled with care"). */
export const BENEFIT_PARTICIPLES = words(`
  offered provided given answered handled addressed supported acknowledged treated corrected
  resolved considered forwarded returned restored protected kept informed notified contacted
  credited reviewed heard respected fixed assisted helped guided trained accompanied investigated`);

/** Verbs and participles that value people or initiatives (encouragement). */
export const VALORIZING_VERBS = words(
  'celebrate recognize recognise feature showcase highlight spotlight reward honour honor praise thank congratulate applaud commend promote amplify',
);
export const VALORIZING_PARTICIPLES = words(`
  featured showcased highlighted spotlighted celebrated recognized recognised rewarded honoured
  honored praised thanked promoted amplified congratulated`);

/** Passive participles of using content, allowed by "may be …" (d: "may be used"). */
export const USAGE_PARTICIPLES = words(`
  used shared posted reproduced copied reposted published quoted adapted modified amended updated
  changed revised created opened distributed downloaded displayed linked set edited printed cited
  retweeted forwarded made uploaded broadcast streamed recorded photographed filmed tagged
  mentioned listed named identified added written submitted sent translated included attached
  embedded scheduled accessed archived`);

/** Verbs after which "may", "can" or "will" speak of likelihood, not of permission. */
export const EPISTEMIC_VERBS = words(`
  be have seem appear look sound feel find fail like enjoy notice see hear experience encounter
  get contain include cause affect impact influence change vary differ depend become take last
  cost exist remain happen occur arise mean reflect involve know realize realise recognize
  recognise think believe wonder come end forget miss result lead disagree prefer face`);

/** Verbs that are never an agent's act: even the organization's "may" speaks of likelihood with them. */
export const STATIVE_VERBS = words(`
  be have seem appear look sound feel fail need experience encounter receive become take vary
  differ depend exist remain happen occur arise mean involve miss forget get last cost contain
  include result lead`);

/** Participles after "may be" that speak of likelihood ("may still be recognized"). */
export const EPISTEMIC_PARTICIPLES = words(`
  seen recognized recognised perceived viewed read interpreted considered affected exposed
  identified associated misunderstood taken found judged regarded construed misconstrued
  attributed linked contacted asked tempted guaranteed expected`);

/** Verbs the organization declines when it will not commit ("we do not respond to …"). */
export const RESPONSE_VERBS = words(
  'respond reply answer guarantee commit promise undertake acknowledge read review engage',
);

/** "We do not tolerate" and its kin: refusing behaviour forbids it. */
export const TOLERATE_VERBS = words('tolerate accept condone permit allow welcome');

/** Predicates the organization refuses in a sanction ("will not be published"). */
export const REFUSAL_PARTICIPLES = words('published posted approved displayed shown accepted');

/** Verbs whose "that"-complement is a fact the organization acknowledges (informative). */
export const COGNITION_VERBS = words(
  'recognize recognise understand acknowledge know believe realize realise note accept appreciate',
);

/** Verbs that describe a text: scope, definition, contents (informative). */
export const DESCRIBING_VERBS = words(`
  apply mean refer define cover govern outline describe explain include contain detail summarize
  summarise list address concern complement supplement replace supersede set`);

/** Verbs with which the organization encourages, invites or values. */
export const ENCOURAGING_VERBS = words(
  'encourage invite urge welcome value celebrate appreciate thank congratulate applaud commend salute love cherish support',
);

/** Pledges. */
export const PLEDGE_VERBS = words('commit pledge promise undertake vow guarantee');
export const EFFORT_VERBS = words('strive aim endeavour endeavor seek work try');

/** Verbs that lift a restriction when negated ("Nothing in this policy prevents …"). */
export const LIFTING_VERBS = words('prevent restrict limit stop preclude interfere infringe discourage');

/** Verbs with which someone requires something of others. */
export const REQUIRING_VERBS = words(
  'expect require ask request demand insist instruct oblige obligate mandate',
);

export const ADVISING_VERBS = words('recommend suggest advise discourage');
export const FORBIDDING_VERBS = words('prohibit forbid ban bar outlaw proscribe preclude');
export const PERMITTING_VERBS = words('allow permit authorize authorise let enable');
export const AGREEING_VERBS = words('agree consent undertake');

/** Consequence verbs: "may result in", "can lead to", "will face", "risk losing", "exposes you to". */
export const CONSEQUENCE_VERBS = words('result lead face risk incur entail lose constitute cost expose');

/** Nouns of sanctions ("disciplinary action", "suspension", "removal"). */
export const SANCTION_NOUNS = words(`
  discipline disciplinary dismissal termination suspension suspensions expulsion removal removals
  deletion sanction sanctions penalty penalties consequence consequences prosecution charges loss
  revocation ban bans banning blocking exclusion reprimand warning warnings legal liability fines
  firing restriction restrictions closure deactivation punishment action`);

const LEMMAS = new Map<string, string>();
for (const list of [
  RULE_VERBS,
  ADVICE_VERBS,
  INVITING_VERBS,
  SANCTION_VERBS,
  SERVICE_VERBS,
  BENEFIT_VERBS,
  VALORIZING_VERBS,
  EPISTEMIC_VERBS,
  RESPONSE_VERBS,
  TOLERATE_VERBS,
  COGNITION_VERBS,
  DESCRIBING_VERBS,
  ENCOURAGING_VERBS,
  PLEDGE_VERBS,
  EFFORT_VERBS,
  REQUIRING_VERBS,
  ADVISING_VERBS,
  FORBIDDING_VERBS,
  PERMITTING_VERBS,
  AGREEING_VERBS,
  CONSEQUENCE_VERBS,
  LIFTING_VERBS,
  SPREADING_VERBS,
  words('reserve hope want retain enrich strengthen improve matter'),
]) {
  for (const base of list) {
    if (!LEMMAS.has(base)) LEMMAS.set(base, base);
    for (const form of inflections(base)) if (!LEMMAS.has(form)) LEMMAS.set(form, base);
  }
}
for (const [form, base] of Object.entries(IRREGULAR)) if (!LEMMAS.has(form)) LEMMAS.set(form, base);

/** Every verb form the lexicon knows. */
export function verbForms(): string[] {
  return [...LEMMAS.keys()];
}

const MAIN_VERBS = new Set<string>([
  ...CONSEQUENCE_VERBS,
  ...ENCOURAGING_VERBS,
  ...REQUIRING_VERBS,
  ...FORBIDDING_VERBS,
  ...ADVISING_VERBS,
  ...PLEDGE_VERBS,
  'reserve',
  'apply',
  'mean',
]);

/**
 * Whether a finite form of a verb that usually heads a main clause ("face", "encourages",
 * "applies"): it ends a relative clause written without a comma ("Students who … face suspension").
 *
 * @example
 * isMainVerbForm('faces') // → true
 */
export function isMainVerbForm(w: string): boolean {
  const base = LEMMAS.get(w);
  return base !== undefined && MAIN_VERBS.has(base) && !w.endsWith('ing') && !w.endsWith('ed');
}

/**
 * The base form of a known verb form, or `undefined`.
 *
 * @example
 * lemma('encourages') // → 'encourage'
 */
export function lemma(w: string): string | undefined {
  return LEMMAS.get(w);
}

/** The lists whose words are base-form verbs that can open an imperative. */
export const BASE_VERB_LISTS: ReadonlyArray<Iterable<string>> = [
  RULE_VERBS,
  ADVICE_VERBS,
  INVITING_VERBS,
  [...INVITING_WITH.keys()],
  ENCOURAGING_VERBS,
  SANCTION_VERBS,
  BENEFIT_VERBS,
];

/** Whether the word is a known base-form verb (for imperatives). */
export function isBaseVerb(w: string): boolean {
  return (
    RULE_VERBS.has(w) ||
    ADVICE_VERBS.has(w) ||
    INVITING_VERBS.has(w) ||
    INVITING_WITH.has(w) ||
    ENCOURAGING_VERBS.has(w) ||
    SANCTION_VERBS.has(w) ||
    BENEFIT_VERBS.has(w)
  );
}

/** Words that are as often nouns as verbs: "Use of …", "Comment moderation is …". */
export const NOUN_OR_VERB = words(`
  use respect report post comment review contact access update support help answer reply request
  link tag like need care change message note credit block mention name search list monitor record
  document visit experience control print approach copy design plan schedule focus value welcome
  share check point mark label model lead act state show display feature highlight limit set
  return trust fix store lock sign log address address record`);
