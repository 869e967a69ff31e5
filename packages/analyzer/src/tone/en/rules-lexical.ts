/**
 * Lexical verbs that carry force by their meaning, in the present tense or with "do" support:
 * "We encourage", "The district reserves the right to remove", "We expect users to", "We do not
 * tolerate", "This policy applies to", "We recognize that …", "You have the right to".
 */
import { acceptsLiability, breachInView, type Context } from './context.js';
import { type Hit, hit } from './hit.js';
import { consequence } from './rules-consequence.js';
import { type Subject, singular } from './subject.js';
import type { TokenList } from './tokens.js';
import {
  ADVISING_VERBS,
  AGREEING_VERBS,
  BENEFIT_VERBS,
  COGNITION_VERBS,
  CONSEQUENCE_VERBS,
  DESCRIBING_VERBS,
  EFFORT_VERBS,
  ENCOURAGING_VERBS,
  FORBIDDING_VERBS,
  LIFTING_VERBS,
  lemma,
  PERMITTING_VERBS,
  PLEDGE_VERBS,
  REQUIRING_VERBS,
  RESPONSE_VERBS,
  SANCTION_VERBS,
  TOLERATE_VERBS,
} from './verbs.js';
import { isAdverb, ORG_NOUNS, PERSON_NOUNS, words } from './words.js';

const DUTY_NOUNS = words('duty obligation responsibility');
const CHOICE_NOUNS = words('option choice freedom opportunity');
const SERVICE_OBJECTS = words('you your every all each any');
const DEFINING = words('mean define refer include contain');
const PRESENT_SERVICE = words('read answer respond reply review listen consider help provide offer assist');
const HEARING = words('hear see know celebrate read learn');
const RIGHT_HOLDERS = words('respect recognize recognise acknowledge support protect uphold honour honor');
const RIGHTS = words('right rights freedom');
const CONTRIBUTIONS = words(
  'contribution idea feedback participation story comment suggestion input work creativity effort engagement voice support',
);
const RAISING = words('make help enrich strengthen inspire improve matter count');

const POSSESSIVES = words('our its their his her my your');
const BEST = words('best utmost');
const EFFORT_NOUNS = words('effort efforts');
const EFFORT_DETERMINERS = words('every all');
const EFFORT_ADJECTIVES = words('reasonable possible necessary concerted special genuine real');

/**
 * Token after an effort phrase whose verb is at `v` ("do our best", "does its utmost", "try our
 * best", "make every reasonable effort", "make all efforts"), or -1. Such a phrase pledges like
 * "strive" when the organization is its subject, and advises like "try" in the imperative.
 *
 * @example
 * // "We make every effort to reply." with "make" at token 1
 * effortEnd(tokens, 1) // → 4
 */
export function effortEnd(t: TokenList, v: number): number {
  const w = t.w[v];
  if (w === 'do' || w === 'does' || w === 'did' || w === 'try' || w === 'tries') {
    return POSSESSIVES.has(t.w[v + 1]) && BEST.has(t.w[v + 2]) ? v + 3 : -1;
  }
  if (w !== 'make' && w !== 'makes') return -1;
  let k = v + 1;
  if (EFFORT_DETERMINERS.has(t.w[k])) k++;
  if (EFFORT_ADJECTIVES.has(t.w[k])) k++;
  return k > v + 1 && EFFORT_NOUNS.has(t.w[k]) ? k + 1 : -1;
}

/**
 * "We do our best to …", "The team makes every effort to …": the organization pledges an effort, like
 * "strive" (taxonomy rule 6). Null for other subjects, which only describe.
 *
 * @example
 * // "We do our best to answer within two days." → commitment, cue "We do our best"
 * effortPledge(ctx, 1, subject, false, 1)?.label // → 'commitment'
 */
export function effortPledge(c: Context, v: number, s: Subject, neg: boolean, start: number): Hit | null {
  if (neg || s.role !== 'org') return null;
  const end = effortEnd(c.t, v);
  return end < 0 ? null : hit('commitment', 'commitment.pledge', 2, start, end);
}

/** Index of "to" within a few tokens after `from` (skipping commas and adverbs), or -1. */
function toAfter(c: Context, from: number, span: number): number {
  const t = c.t;
  for (let k = from; k < Math.min(t.n, from + span); k++) {
    if (t.w[k] === 'to') return k;
    if (t.w[k] === '.' || t.w[k] === ';') return -1;
  }
  return -1;
}

/** "reserve(s) the right (not) to …": a sanction against content or access, else a discretion. */
function reservation(c: Context, start: number, rightAt: number): Hit | null {
  const t = c.t;
  const to = toAfter(c, rightAt + 1, 8);
  if (to < 0) return hit('permission', 'permission.reservation', 2, start, rightAt + 1);
  let k = to + 1;
  while (k < t.n && isAdverb(t.w[k])) k++;
  if (t.w[k] === 'not') return hit('permission', 'permission.reservation', 2, start, k + 1);
  const base = lemma(t.w[k]) ?? t.w[k];
  const measure =
    (SANCTION_VERBS.has(base) && base !== 'edit' && base !== 'take') ||
    (base === 'take' && (t.w[k + 1] === 'down' || t.w[k + 1] === 'action'));
  return measure
    ? hit('sanction', 'sanction.reservation', 3, start, k + 1)
    : hit('permission', 'permission.reservation', 2, start, k + 1);
}

/** Lexical "have": "have the right to", "has no place", "have a duty to", "have zero tolerance". */
function decideHave(c: Context, v: number, s: Subject, neg: boolean, start: number): Hit | null {
  const t = c.t;
  const a = t.w[v + 1] ?? '';
  const b = t.w[v + 2] ?? '';
  if ((a === 'the' || a === 'a') && b === 'right') {
    if (neg) return hit('prohibition', 'prohibition.negated-permission', 2, start, v + 3);
    return s.role === 'org'
      ? reservation(c, start, v + 2)
      : hit('permission', 'permission.right', 2, start, v + 3);
  }
  if (a === 'no' && b === 'right')
    return hit('prohibition', 'prohibition.negated-permission', 2, start, v + 3);
  if ((a === 'no' && b === 'place') || ((a === 'zero' || a === 'no') && b === 'tolerance')) {
    return hit('prohibition', 'prohibition.no-place', 3, start, v + 3);
  }
  if (a === 'no' && (DUTY_NOUNS.has(b) || b === 'need')) {
    return hit('permission', 'permission.negated-obligation', 2, start, v + 3);
  }
  if ((a === 'a' || a === 'the' || a === 'an') && DUTY_NOUNS.has(b)) {
    return neg
      ? hit('permission', 'permission.negated-obligation', 2, start, v + 3)
      : hit('obligation', 'obligation.responsibility', 2, start, v + 3);
  }
  if ((a === 'the' || a === 'a' || a === 'an') && CHOICE_NOUNS.has(b) && s.role !== 'org') {
    return hit('permission', 'permission.right', 2, start, v + 3);
  }
  return null;
}

/**
 * Decides a lexical verb at `v` (present tense, "do" support, or after "would"/"will").
 *
 * @example
 * // "We encourage you to share your successes." → encouragement
 * decideLexical(ctx, 1, subject, false, 1)?.label // → 'encouragement'
 */
export function decideLexical(c: Context, v: number, s: Subject, neg: boolean, start: number): Hit | null {
  const t = c.t;
  const w = t.w[v];
  const next = t.w[v + 1] ?? '';
  if (w === 'have' || w === 'has' || w === 'had') return decideHave(c, v, s, neg, start);
  // "You don't need permission to …" lifts a requirement; "Every post needs alt text" states one.
  if ((w === 'need' || w === 'needs') && t.word[v + 1] === 1 && next !== 'to' && s.role !== 'org') {
    return neg
      ? hit('permission', 'permission.negated-obligation', 2, start, v + 1)
      : hit('obligation', 'obligation.predicate', 2, start, v + 1);
  }
  const base = lemma(w);
  if (base === undefined) return null;
  if (base === 'make' || base === 'try') {
    const effort = effortPledge(c, v, s, neg, start);
    if (effort) return effort;
  }
  const end = v + 1;
  const org = s.role === 'org';
  const reader = s.role === 'reader';

  if (base === 'reserve' || base === 'retain') {
    if ((next === 'the' || next === 'all') && (t.w[v + 2] === 'right' || t.w[v + 2] === 'rights')) {
      return org || s.role === 'vague'
        ? reservation(c, start, v + 2)
        : hit('permission', 'permission.right', 2, start, v + 3);
    }
    return null;
  }
  // "The company respects the right of employees to …": a statement of people's rights (rule 10).
  if (
    RIGHT_HOLDERS.has(base) &&
    (next === 'the' || next === 'your' || next === 'their') &&
    RIGHTS.has(t.w[v + 2]) &&
    !neg
  ) {
    return hit('permission', 'permission.right', 2, start, v + 3);
  }
  if (DESCRIBING_VERBS.has(base) && (s.role === 'thing' || s.role === 'vague')) {
    if (base === 'mean' && s.role === 'vague') return null;
    if (base === 'set' && next !== 'out') return null;
    if (base === 'refer' && next !== 'to') return null;
    if (neg) return null;
    return DEFINING.has(base)
      ? hit('informative', 'informative.definition', 2, start, end)
      : hit('informative', 'informative.scope', 2, start, end);
  }
  if (base === 'accept' && (next === 'no' || neg) && acceptsLiability(c, v)) {
    return hit('informative', 'informative.disclaimer', 2, start, end);
  }
  if (neg) {
    if (
      base === 'imply' ||
      base === 'constitute' ||
      base === 'endorse' ||
      base === 'represent' ||
      base === 'reflect'
    ) {
      return hit('informative', 'informative.disclaimer', 2, start, end);
    }
    if (TOLERATE_VERBS.has(base) && base !== 'welcome')
      return hit('prohibition', 'prohibition.not-tolerated', 3, start, end);
    if (FORBIDDING_VERBS.has(base) || LIFTING_VERBS.has(base))
      return hit('permission', 'permission.negated-prohibition', 2, start, end);
    if (base === 'require' || base === 'expect' || base === 'oblige') {
      return hit('permission', 'permission.negated-obligation', 2, start, end);
    }
    if (base === 'recommend' || base === 'encourage' || base === 'advise' || base === 'suggest') {
      return hit('recommendation', 'recommendation.verb', 2, start, end);
    }
    if (org && (RESPONSE_VERBS.has(base) || PLEDGE_VERBS.has(base))) {
      return hit('permission', 'permission.negated-commitment', 2, start, end);
    }
    return null;
  }
  if (COGNITION_VERBS.has(base) && (next === 'that' || c.sub[v + 1] === 1)) {
    if (reader && base !== 'understand' && base !== 'note') return null;
    return hit(
      'informative',
      'informative.recognition',
      base === 'understand' ? 1 : 2,
      start,
      next === 'that' ? v + 2 : end,
    );
  }
  if ((base === 'recognize' || base === 'recognise' || base === 'acknowledge') && org) {
    return hit('encouragement', 'encouragement.valorizing', 2, start, end);
  }
  if (ENCOURAGING_VERBS.has(base)) {
    if (!org && s.role !== 'vague') return null;
    if (base === 'support') {
      const one = singular(next);
      return PERSON_NOUNS.has(one) ||
        ORG_NOUNS.has(one) ||
        next === 'our' ||
        next === 'each' ||
        next === 'your'
        ? hit('commitment', 'commitment.present', 2, start, end)
        : hit('encouragement', 'encouragement.verb', 2, start, end);
    }
    if (base === 'love' && next !== 'to' && !next.endsWith('ing')) return null;
    return hit(
      'encouragement',
      'encouragement.verb',
      base === 'encourage' || base === 'invite' || base === 'thank' ? 3 : 2,
      start,
      end,
    );
  }
  // "Your contributions make our community richer": what people bring is valued.
  if (s.det === 'your' && CONTRIBUTIONS.has(s.head) && RAISING.has(base)) {
    return hit('encouragement', 'encouragement.valorizing', 2, start, end);
  }
  if (base === 'look' && next === 'forward')
    return org ? hit('encouragement', 'encouragement.verb', 2, start, v + 2) : null;
  if (base === 'hope' && org) return hit('encouragement', 'encouragement.verb', 1, start, end);
  if (base === 'want' && org && next === 'to' && HEARING.has(t.w[v + 2])) {
    return hit('encouragement', 'encouragement.verb', 2, start, v + 3);
  }
  if (PLEDGE_VERBS.has(base)) {
    if (reader) return hit('obligation', 'obligation.agreement', 2, start, end);
    if (org || s.role === 'vague') return hit('commitment', 'commitment.pledge', 3, start, end);
    return null;
  }
  if (
    EFFORT_VERBS.has(base) &&
    (next === 'to' || (base === 'work' && (next === 'with' || next === 'hard')))
  ) {
    if (org) return hit('commitment', 'commitment.pledge', 2, start, end);
    if ((s.role === 'thing' || s.role === 'vague') && (base === 'aim' || base === 'seek')) {
      return hit('informative', 'informative.scope', 2, start, end);
    }
    return null;
  }
  if (AGREEING_VERBS.has(base) && (next === 'to' || next === 'not' || next === 'that')) {
    if (org) return hit('commitment', 'commitment.pledge', 2, start, end);
    if (next === 'not') return hit('prohibition', 'prohibition.modal', 2, start, v + 2);
    return hit('obligation', 'obligation.agreement', 2, start, next === 'that' ? end : v + 2);
  }
  if (REQUIRING_VERBS.has(base)) {
    if (reader) return null;
    // "We ask that you not …", "We ask users not to …", "We ask you to refrain from …".
    for (let k = v + 1; k < Math.min(t.n, v + 6); k++) {
      if (t.w[k] === 'not' || t.w[k] === 'refrain')
        return hit('prohibition', 'prohibition.verb', 2, start, end);
      if (t.word[k] === 0) break;
    }
    if (base === 'expect') return hit('obligation', 'obligation.expectation', 2, start, end);
    return hit(
      'obligation',
      'obligation.requiring-verb',
      base === 'require' || base === 'mandate' ? 3 : 2,
      start,
      end,
    );
  }
  if (ADVISING_VERBS.has(base)) return hit('recommendation', 'recommendation.verb', 3, start, end);
  if (FORBIDDING_VERBS.has(base) && !reader) return hit('prohibition', 'prohibition.verb', 3, start, end);
  // "We will let you know" informs; "The district lets teachers open pages" allows.
  if (PERMITTING_VERBS.has(base) && !reader && base !== 'enable' && t.w[v + 2] !== 'know') {
    return hit('permission', 'permission.verb', 2, start, end);
  }
  if (CONSEQUENCE_VERBS.has(base)) return consequence(c, start, v, s.start);
  if (org && SANCTION_VERBS.has(base) && base !== 'edit' && base !== 'take' && breachInView(c)) {
    return hit('sanction', 'sanction.removal', 2, start, end);
  }
  if (org && PRESENT_SERVICE.has(base)) {
    const object = t.w[v + 1] === 'to' ? t.w[v + 2] : next;
    if (BENEFIT_VERBS.has(base) && base !== 'review' && base !== 'consider') {
      return hit('commitment', 'commitment.present', 2, start, end);
    }
    if (SERVICE_OBJECTS.has(object)) return hit('commitment', 'commitment.present', 2, start, end);
  }
  return null;
}
