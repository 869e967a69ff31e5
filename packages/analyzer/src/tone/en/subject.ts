/**
 * Who the subject of a verb group is: the reader's side (you, staff, users), the organization (we, the
 * district, our team), a thing (posts, this policy), a vague pronoun, or nobody (an imperative). The
 * label often depends on it: "we will" pledges, "you will" requires, "posts will be removed" sanctions.
 */

import { ADVERB, DETERMINER, FINITE, PREPOSITION, VERB_FORM } from './tags.js';
import type { TokenList } from './tokens.js';
import { isAdverb, ORG_NOUNS, PERSON_NOUNS, PURPOSE_NOUNS, VAGUE_SUBJECTS, words } from './words.js';

export type Role = 'reader' | 'org' | 'thing' | 'vague' | 'there' | 'none';

export interface Subject {
  role: Role;
  /** "No one", "Nobody", "Nothing", "No employee": the subject negates the clause. */
  negative: boolean;
  /** "Only X may …" (taxonomy rule 9). */
  only: boolean;
  /** "The purpose … is to …": a statement of purpose, not a duty. */
  purpose: boolean;
  /** First token of the subject (for cues such as "No one may"). */
  start: number;
  /** The head noun in the singular ("comments" → "comment"), or '' when none. */
  head: string;
  /** The subject's first determiner ("your", "all", "the"), or '' when none. */
  det: string;
}

const MAX_SUBJECT = 40;
const PARTICIPLES = words(
  'found made taken given seen held known shown kept written sent done told chosen brought caught left put said heard paid',
);
const NEGATIVE_HEADS = words('nobody nothing none neither');
const CUT_WORDS = words('who whom whose which that including such');

/** A plural's singular, good enough for looking nouns up ("departments", "communities"). */
export function singular(w: string): string {
  if (w.length < 4 || !w.endsWith('s') || w.endsWith('ss')) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  return w.slice(0, -1);
}

/**
 * Finds the subject of the verb group that starts at `verb`, within the clause part that starts at
 * `from`. Subordinate tokens (relative clauses) end the subject.
 *
 * @example
 * // "Users who break the rules may be blocked": the head is "users".
 * subjectOf(tokens, sub, 0, 6).role // → 'reader'
 */
export function subjectOf(t: TokenList, sub: Uint8Array, from: number, verb: number): Subject {
  // A subject is never this long: bounding the look-back keeps long run-on clauses linear.
  if (verb - from > MAX_SUBJECT) from = verb - MAX_SUBJECT;
  let a = from;
  // The part after the last comma, unless the comma only closes an aside ("The district, which …, encourages").
  for (let k = from; k < verb; k++) {
    if (t.w[k] === ',' && t.word[k] === 0 && !sub[k] && !sub[k - 1] && !sub[k + 1]) a = k + 1;
  }
  while (a < verb && (t.word[a] === 0 || sub[a])) a++;
  const result: Subject = {
    role: 'none',
    negative: false,
    only: false,
    purpose: false,
    start: a,
    head: '',
    det: '',
  };
  if (a >= verb) return result;
  if (t.w[a] === 'only') {
    result.only = true;
    a++;
  }
  const first = t.w[a];
  if (NEGATIVE_HEADS.has(first) || (first === 'no' && t.word[a + 1] === 1)) result.negative = true;
  let head = -1;
  let ourBefore = false;
  // "Our staff monitors this page and will respond": the subject ends at the first verb.
  let v = verb - 1;
  while (v > a && isAdverb(t.w[v])) v--;
  const coordinated = t.w[v] === 'and' || t.w[v] === 'or';
  for (let k = a; k < verb; k++) {
    if (sub[k]) break;
    if (t.word[k] === 0) continue;
    const w = t.w[k];
    const tag = t.tag[k];
    if (coordinated && head >= 0 && (tag & (FINITE | VERB_FORM)) !== 0 && t.w[k - 1] !== "'") break;
    // "The following rules": after a determiner, "following" is an adjective.
    const adjective = w === 'following' && (t.tag[k - 1] & DETERMINER) !== 0;
    if (k > a && !adjective && ((tag & PREPOSITION) !== 0 || CUT_WORDS.has(w))) break;
    // A participle after the head starts a modifier: "Members found to be …", "Staff posting …".
    if (
      k > a &&
      head >= 0 &&
      ((w.length > 4 && (w.endsWith('ing') || w.endsWith('ed'))) || PARTICIPLES.has(w))
    )
      break;
    if (w === 'and' || w === 'or' || (tag & ADVERB) !== 0) continue;
    if (w === 'our') ourBefore = true;
    if ((tag & DETERMINER) !== 0 && w !== 'one') {
      if (result.det === '') result.det = w;
      continue;
    }
    head = k;
  }
  if (head < 0) {
    result.role = result.negative ? 'thing' : 'none';
    return result;
  }
  const h = t.w[head];
  const one = singular(h);
  result.head = one;
  if (h === 'there') result.role = 'there';
  else if (ORG_NOUNS.has(h) || ORG_NOUNS.has(one)) result.role = 'org';
  else if (PERSON_NOUNS.has(h) || PERSON_NOUNS.has(one) || h === 'nobody' || h === 'one') {
    result.role = ourBefore ? 'org' : 'reader';
  } else if (VAGUE_SUBJECTS.has(h)) result.role = 'vague';
  else result.role = 'thing';
  if (PURPOSE_NOUNS.has(h)) result.purpose = true;
  return result;
}
