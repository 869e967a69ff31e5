/**
 * Groups whose head follows a form of "be": predicates ("is prohibited", "are free to", "is welcome")
 * and passives ("will be removed", "may be used", "will be offered"). The modal and the subject
 * decide between readings: "may be used" allows, "will be removed" sanctions, "must be removed" requires.
 */
import { breachInView, type Context, sanctionNounAfter } from './context.js';
import type { Group } from './group.js';
import { type Hit, hit, type RuleId } from './hit.js';
import { NEUTRAL_PREDICATES, predicate } from './predicates.js';
import { type Subject, singular } from './subject.js';
import {
  BENEFIT_PARTICIPLES,
  BENEFIT_VERBS,
  EPISTEMIC_PARTICIPLES,
  LIFTING_VERBS,
  lemma,
  PRESENT_BENEFIT_PARTICIPLES,
  PUNITIVE_PARTICIPLES,
  REFUSAL_PARTICIPLES,
  SANCTION_PARTICIPLES,
  USAGE_PARTICIPLES,
  VALORIZING_PARTICIPLES,
} from './verbs.js';
import { DETERMINERS, FUNCTION_WORDS, PERSON_NOUNS, words } from './words.js';

const DUTY_NOUNS = words('responsibility duty obligation');
// People's content: removing it is a sanction even when the breach is left implicit.
const CONTENT_NOUNS = words(
  'comment post message content reply submission photo image video material tweet link remark contribution publication',
);
const NO_PLACE = words('room place tolerance excuse space');
const HAPPY = words('happy glad pleased eager ready willing delighted available');
const TAKEN_AWAY = words('down off offline');
const INTENDED = words('intended meant designed');
const CLASSED = words('treated considered regarded deemed viewed');
const DOCUMENT_HEADS = words(
  'policy guideline charter netiquette page document code rule procedure section strategy plan',
);
const PRIVATE = words('private confidential secure anonymous');
const BREACH_HEADS = words(
  'violation breach abuse infraction misconduct offence offense misuse non-compliance noncompliance violator offender',
);
// What people send the organization: "All messages are read", "Your privacy is protected".
const SERVED_DETERMINERS = words('your all every each');
const SERVED_HEADS = words(
  'message comment question request complaint report feedback concern information data privacy email submission',
);
const PRAISE = words(
  'great wonderful fantastic amazing exciting inspiring nice lovely awesome inspirational',
);
const WITNESS = words('see hear read watch learn');
const RULE_NOUNS = words(
  'rules rule policy policies guidelines guideline law laws terms regulations code charter netiquette',
);
const BREACH_NOUNS = words('violation breach infringement contravention');
const SPREAD_PARTICIPLES = words('shared reposted retweeted reshared');
const PLACES = words('on across in through via');
const TIME_UNITS = words('hour hours day days week weeks minutes business working');
const REQUIRING_MODALS = words('must shall have-to need-to be-to');
const ADVISING_MODALS = words('should ought');
const HYPOTHETICAL = words('could might would');
const DEGREES = words('very most more so equally');
// "cannot be reduced to", "cannot be summed up as": what a thing amounts to.
const AMOUNTING = words('limited reduced confined summed boiled narrowed');
const AMOUNT_TAILS = words('to as up down');

/** The label a modal gives a passive or predicate that has no force of its own. */
function byModal(g: Group, s: Subject, end: number): Hit | null {
  if (REQUIRING_MODALS.has(g.modal)) {
    return g.neg
      ? hit('prohibition', 'prohibition.modal', 3, g.start, end)
      : hit('obligation', 'obligation.modal', g.modal === 'be-to' ? 2 : 3, g.start, end);
  }
  if (ADVISING_MODALS.has(g.modal)) return hit('recommendation', 'recommendation.modal', 3, g.start, end);
  // "Students may not be listed as administrators": a withheld permission.
  if ((g.modal === 'may' || g.modal === 'can') && g.neg && (s.role === 'reader' || s.negative)) {
    return hit('prohibition', 'prohibition.negated-permission', 2, g.start, end);
  }
  return null;
}

/**
 * Decides a group whose head comes after "be".
 *
 * @example
 * // "Harassment is prohibited." → prohibition
 * decidePredicate(ctx, group, subject)?.label // → 'prohibition'
 */
export function decidePredicate(c: Context, g: Group, s: Subject): Hit | null {
  const t = c.t;
  let p = g.head;
  if (p < 0) return byModal(g, s, g.end);
  // "Suggestions are most welcome", "You are very welcome to …": the degree leaves the predicate.
  if (DEGREES.has(t.w[p]) && t.w[p + 1] === 'welcome') p++;
  const w = t.w[p];
  const next = t.w[p + 1] ?? '';
  const after = t.w[p + 2] ?? '';
  const neg = g.neg || s.negative;
  const start = s.negative && !g.neg ? s.start : s.only ? s.start : g.start;
  const end = p + 1;

  if (ADVISING_MODALS.has(g.modal)) return hit('recommendation', 'recommendation.modal', 3, g.start, end);
  // "The purpose of the channel shall be to …" states a purpose, binding no one.
  if (s.purpose && w === 'to') return null;
  // "A charter cannot be reduced to a list of bans" says what the charter is; it forbids nothing.
  // People keep the prohibition: "Students cannot be limited to …" is read by the rules below.
  if (
    g.neg &&
    (g.modal === 'can' || g.modal === 'could') &&
    s.role === 'thing' &&
    !s.negative &&
    AMOUNTING.has(w) &&
    AMOUNT_TAILS.has(next)
  ) {
    return hit(
      'informative',
      'informative.nature',
      2,
      g.start,
      next === 'up' || next === 'down' ? p + 3 : p + 2,
    );
  }

  // Nouns and fixed phrases after "be".
  if (w === 'no') {
    if (NO_PLACE.has(next))
      return hit('prohibition', 'prohibition.no-place', 3, s.role === 'there' ? s.start : start, p + 2);
    if (next === 'need' || next === 'obligation' || next === 'requirement') {
      return hit('permission', 'permission.negated-obligation', 2, start, p + 2);
    }
    return null;
  }
  // "will be treated as a serious breach": the behaviour is classed as a breach.
  if (CLASSED.has(w) && !neg && breachNounAfter(c, p + 1)) {
    return g.modal === ''
      ? hit('prohibition', 'prohibition.predicate', 2, g.start, p + 1)
      : hit('sanction', 'sanction.consequence', 2, g.start, p + 1);
  }
  // "is against the rules", "is a violation of this policy": the act breaks a rule.
  if (w === 'against' && ruleNounAfter(c, p + 1))
    return hit('prohibition', 'prohibition.predicate', 2, g.start, p + 1);
  if ((w === 'a' || w === 'an') && BREACH_NOUNS.has(next) && after === 'of' && !neg) {
    return hit('prohibition', 'prohibition.predicate', 2, g.start, p + 3);
  }
  // "Nothing in this policy is intended to restrict …" lifts a restriction; "This policy is intended to …" describes.
  if (INTENDED.has(w) && next === 'to') {
    const v = lemma(after) ?? after;
    if (neg && LIFTING_VERBS.has(v))
      return hit('permission', 'permission.negated-prohibition', 2, start, p + 3);
    if (!neg && (s.role === 'thing' || s.role === 'vague'))
      return hit('informative', 'informative.scope', 2, g.start, p + 2);
  }
  // "Offenders are exposed to disciplinary measures": a named sanction awaits (rule 3).
  if (w === 'exposed' && next === 'to' && !neg) {
    const noun = sanctionNounAfter(c, p + 2, 6);
    if (noun >= 0) return hit('sanction', 'sanction.consequence', 3, g.start, noun + 1);
  }
  if (w === 'subject' && next === 'to') {
    if (neg) return null;
    const noun = sanctionNounAfter(c, p + 2, 5);
    if (noun >= 0) return hit('sanction', 'sanction.subject-to', 3, g.start, noun + 1);
    return hit('informative', 'informative.routine', 2, g.start, p + 2);
  }
  const duty = dutyNoun(c, p);
  if (duty > 0) {
    return neg
      ? hit('permission', 'permission.negated-obligation', 2, g.start, duty + 1)
      : hit('obligation', 'obligation.responsibility', 2, g.start, duty + 1);
  }
  if ((w === 'your' || w === 'their') && next === 'right')
    return hit('permission', 'permission.right', 2, g.start, p + 2);
  if (w === 'up' && next === 'to' && (after === 'you' || after === 'each' || after === 'them')) {
    return hit('permission', 'permission.right', 2, g.start, p + 3);
  }
  if (
    (w === 'a' && next === 'good' && (after === 'idea' || after === 'practice')) ||
    (w === 'good' && next === 'practice')
  ) {
    return hit('recommendation', 'recommendation.predicate', 2, g.start, w === 'a' ? p + 3 : p + 2);
  }
  if (w === 'best' && next === 'practice')
    return hit('recommendation', 'recommendation.predicate', 2, g.start, p + 2);
  if (w === 'here' && next === 'to' && (s.role === 'org' || s.role === 'vague')) {
    return hit('commitment', 'commitment.pledge', 2, g.start, p + 3);
  }
  if (HAPPY.has(w) && next === 'to' && s.role === 'org') {
    return BENEFIT_VERBS.has(lemma(after) ?? after)
      ? hit('commitment', 'commitment.pledge', 2, g.start, p + 3)
      : hit('encouragement', 'encouragement.predicate', 2, g.start, p + 3);
  }
  if (PRAISE.has(w) && next === 'to' && WITNESS.has(after)) {
    return hit('encouragement', 'encouragement.predicate', 2, g.start, p + 3);
  }
  if (w === 'looking' && next === 'for' && s.role === 'org') {
    return hit('encouragement', 'encouragement.predicate', 2, g.start, p + 2);
  }
  if (w === 'welcome') {
    // "You are welcome to post" allows; "Your ideas are welcome" values.
    if (
      next === 'to' &&
      t.word[p + 2] === 1 &&
      (lemma(after) !== undefined || after.length > 2) &&
      !isDeterminer(after)
    ) {
      return neg
        ? hit('prohibition', 'prohibition.negated-permission', 3, start, p + 2)
        : hit('permission', 'permission.predicate', 3, g.start, p + 2);
    }
    return neg
      ? hit('prohibition', 'prohibition.predicate', 2, start, end)
      : hit('encouragement', 'encouragement.predicate', 2, g.start, end);
  }
  if (
    w === 'important' &&
    next === 'to' &&
    (after === 'note' || after === 'understand' || after === 'know')
  ) {
    return hit('informative', 'informative.note', 2, g.start, p + 3);
  }
  if ((w === 'responsible' || w === 'accountable') && (next === 'for' || next === 'to')) {
    if (neg) return hit('informative', 'informative.disclaimer', 2, g.start, p + 2);
    if (g.modal === 'will' || g.modal === 'may' || g.modal === 'can') {
      // "will be held responsible" reads as a sanction; "will be responsible for" as a duty.
      return hit('obligation', 'obligation.responsibility', 2, g.start, p + 2);
    }
    return hit('obligation', 'obligation.responsibility', 3, g.start, p + 2);
  }

  // Passives of measures: "will be removed", "may be blocked", "are banned".
  if (w === 'taken' && next === 'seriously' && !neg)
    return hit('commitment', 'commitment.will', 2, g.start, p + 2);
  if (SANCTION_PARTICIPLES.has(w) || (w === 'taken' && TAKEN_AWAY.has(next)) || isHeld(w, next)) {
    if (REQUIRING_MODALS.has(g.modal)) return byModal(g, s, end);
    if (neg) {
      return g.modal === 'will' && s.role !== 'org'
        ? hit('commitment', 'commitment.reassurance', 2, g.start, end)
        : null;
    }
    if (HYPOTHETICAL.has(g.modal) && !breachInView(c)) return null;
    if ((w === 'banned' || w === 'barred' || w === 'restricted') && g.modal === '') {
      return hit('prohibition', 'prohibition.predicate', w === 'restricted' ? 2 : 3, start, end);
    }
    const breach = breachInView(c);
    if (!breach && !PUNITIVE_PARTICIPLES.has(w)) {
      // "Inactive accounts will be closed": a measure with no breach in view is no sanction (rule 11);
      // removing people ("Members … will be removed") or their content still is.
      if (s.role === 'reader')
        return hit('sanction', 'sanction.removal', 2, g.start, w === 'taken' ? p + 2 : end);
      if (!CONTENT_NOUNS.has(s.head)) return null;
      return hit('sanction', 'sanction.removal', 1, g.start, w === 'taken' ? p + 2 : end);
    }
    return hit('sanction', 'sanction.removal', breach ? 3 : 2, g.start, w === 'taken' ? p + 2 : end);
  }
  if (REFUSAL_PARTICIPLES.has(w) && neg && g.modal === 'will' && breachInView(c)) {
    return hit('sanction', 'sanction.removal', 2, g.start, end);
  }
  if (SPREAD_PARTICIPLES.has(w) && PLACES.has(next) && !neg && (g.modal === 'will' || g.modal === 'may')) {
    return hit('encouragement', 'encouragement.valorizing', 2, g.start, end);
  }
  if (VALORIZING_PARTICIPLES.has(w) && !neg) {
    if (REQUIRING_MODALS.has(g.modal)) return byModal(g, s, end);
    if (HYPOTHETICAL.has(g.modal)) return null;
    if ((g.modal === 'may' || g.modal === 'can') && EPISTEMIC_PARTICIPLES.has(w)) return null;
    return hit('encouragement', 'encouragement.valorizing', 2, g.start, end);
  }
  if (g.modal === 'will' && !neg && (w === 'available' || (w === 'made' && next === 'available'))) {
    return hit('commitment', 'commitment.will', 2, g.start, w === 'made' ? p + 2 : end);
  }
  if ((BENEFIT_PARTICIPLES.has(w) || (w === 'dealt' && next === 'with')) && g.modal === 'will') {
    if (neg) return null;
    // "This guideline will be reviewed in 2026" announces; it is done for no one.
    if (DOCUMENT_HEADS.has(s.head)) return null;
    // "Abuses will be dealt with …": handling a breach is its consequence.
    if (BREACH_HEADS.has(s.head))
      return hit('sanction', 'sanction.consequence', 2, g.start, w === 'dealt' ? p + 2 : end);
    // "Violations will be addressed through the disciplinary process" handles a breach.
    const noun = sanctionNounAfter(c, p + 1, 6);
    if (noun >= 0) return hit('sanction', 'sanction.consequence', 3, g.start, noun + 1);
    return hit('commitment', 'commitment.will', 2, g.start, end);
  }
  // "Your information will remain confidential": privacy reassured.
  if (g.modal === 'will' && !neg && (PRIVATE.has(w) || (w === 'visible' && next === 'only'))) {
    return hit('commitment', 'commitment.will', 2, g.start, end);
  }
  // "… are for personal use only": the use is restricted.
  if (w === 'for' && g.modal === '' && onlyAfter(c, p + 1)) {
    return hit('obligation', 'obligation.predicate', 2, g.start, p + 1);
  }
  // "All messages are read", "Requests are processed within two days": present-tense reassurance.
  // "Staff … are expected to respond within one day": people's duty, not a reassurance (below).
  const people = s.role !== 'org' || STAFF_ROLES.has(s.head);
  const expectedOf = people && predicate(w)?.rule === 'obligation.expectation' && next === 'to';
  if (
    g.modal === '' &&
    !neg &&
    !expectedOf &&
    isParticiple(w) &&
    ((served(s) && PRESENT_BENEFIT_PARTICIPLES.has(w)) || withinTime(c, p + 1))
  ) {
    return hit('commitment', 'commitment.present', 2, g.start, end);
  }

  const entry = predicate(w);
  if (entry && (!entry.needs || entry.needs.has(next) || (next === 'not' && entry.needs.has(after)))) {
    if (HYPOTHETICAL.has(g.modal) && entry.pos !== 'sanction') return null;
    // "are asked not to", "are encouraged not to": the negation is in the complement.
    if (next === 'not' && !neg) {
      if (entry.pos === 'obligation') return hit('prohibition', 'prohibition.modal', 2, g.start, p + 2);
      if (entry.pos === 'encouragement' || entry.pos === 'recommendation') {
        return hit('recommendation', 'recommendation.predicate', 2, g.start, p + 2);
      }
    }
    const label = neg ? entry.neg : entry.pos;
    const rule: RuleId = neg ? entry.negRule : entry.rule;
    if (label === null) return byModal(g, s, end);
    // "Only members of the team are authorized to post" forbids it to everyone else (rule 9).
    if (label === 'permission' && (s.only || g.only))
      return hit('prohibition', 'prohibition.only', 3, start, p + 1);
    const cueStart = label === 'prohibition' || label === 'permission' ? start : g.start;
    const cueEnd = entry.needs && next !== 'not' ? p + 2 : end;
    return hit(label, rule, entry.strength, cueStart, cueEnd);
  }

  if (USAGE_PARTICIPLES.has(w) && (g.modal === 'may' || g.modal === 'can')) {
    if (c.circumstantial) return null;
    if (neg) return hit('prohibition', 'prohibition.negated-permission', 3, start, end);
    if (s.only || g.only) return hit('prohibition', 'prohibition.only', 3, start, end);
    if (s.role === 'org') return null;
    return hit('permission', 'permission.modal', 2, g.start, end);
  }
  if (EPISTEMIC_PARTICIPLES.has(w) || NEUTRAL_PREDICATES.has(w)) {
    return REQUIRING_MODALS.has(g.modal) ? byModal(g, s, end) : null;
  }
  // "Confidential information may not be disclosed": a passive whose permission is withheld.
  if (neg && (g.modal === 'may' || g.modal === 'can') && isParticiple(w) && !c.circumstantial) {
    return hit('prohibition', 'prohibition.negated-permission', g.modal === 'may' ? 3 : 2, start, end);
  }
  // "There must be a ticket": the cue is the modal and "be", not the noun phrase.
  return byModal(g, s, FUNCTION_WORDS.has(w) ? p : end);
}

/** Whether the subject is what people send or entrust to the organization. */
// Organization nouns that name people: like staff, they can be expected to act.
const STAFF_ROLES = words('moderator administrator admin webmaster spokesperson');

function served(s: Subject): boolean {
  return SERVED_DETERMINERS.has(s.det) || SERVED_HEADS.has(s.head);
}

/** "for personal use only": an "only" closes the phrase. */
function onlyAfter(c: Context, from: number): boolean {
  for (let k = from; k < Math.min(c.t.n, from + 5); k++) {
    if (c.t.w[k] === 'only') return true;
    if (c.t.word[k] === 0) return false;
  }
  return false;
}

/** A breach noun within a few tokens ("as a serious breach of", "as misconduct"). */
function breachNounAfter(c: Context, from: number): boolean {
  for (let k = from; k < Math.min(c.t.n, from + 4); k++)
    if (BREACH_NOUNS.has(c.t.w[k]) || BREACH_HEADS.has(c.t.w[k])) return true;
  return false;
}

/** A rule noun within a few tokens ("against the rules", "against our community guidelines"). */
function ruleNounAfter(c: Context, from: number): boolean {
  for (let k = from; k < Math.min(c.t.n, from + 4); k++) if (RULE_NOUNS.has(c.t.w[k])) return true;
  return false;
}

/** Whether the word looks like a past participle ("disclosed", "written", "taken"). */
function isParticiple(w: string): boolean {
  return (
    w.length > 3 &&
    (w.endsWith('ed') ||
      w.endsWith('en') ||
      w === 'read' ||
      w === 'sent' ||
      w === 'made' ||
      w === 'kept' ||
      w === 'set')
  );
}

/** "within two business days": a time frame promised for a service. */
function withinTime(c: Context, from: number): boolean {
  const t = c.t;
  for (let k = from; k < Math.min(t.n - 1, from + 4); k++) {
    if (t.w[k] === 'within') {
      for (let j = k + 1; j < Math.min(t.n, k + 5); j++) if (TIME_UNITS.has(t.w[j])) return true;
      return false;
    }
  }
  return false;
}

/** "(is) your responsibility", "(is) everyone's duty", "(is) the principal's responsibility": the noun's index. */
function dutyNoun(c: Context, p: number): number {
  const t = c.t;
  for (let k = p; k < Math.min(t.n, p + 4); k++) {
    const w = t.w[k];
    if (DUTY_NOUNS.has(w)) return k > p || w !== 'responsibility' || t.w[k + 1] === 'of' ? k : -1;
    if (!(DETERMINERS.has(w) || w === "'s" || PERSON_NOUNS.has(singular(w)))) return -1;
  }
  return -1;
}

function isHeld(w: string, next: string): boolean {
  return w === 'held' && (next === 'liable' || next === 'accountable' || next === 'responsible');
}

function isDeterminer(w: string): boolean {
  return w === 'the' || w === 'our' || w === 'this' || w === 'my' || w === 'a' || w === 'an' || w === 'all';
}
