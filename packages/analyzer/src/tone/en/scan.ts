/**
 * Finds the cue of one clause: the imperative at its start, else the first verb group (or fixed phrase)
 * of its main part that has force. Subordinate tokens are skipped (taxonomy rule 1).
 */
import type { Clause } from './clauses.js';
import type { Context } from './context.js';
import { type Group, parseGroup } from './group.js';
import { type Hit, hit } from './hit.js';
import { clauseStart, imperativeAt } from './imperative.js';
import { decideLexical, effortPledge } from './rules-lexical.js';
import { decideModal } from './rules-modal.js';
import { decidePredicate } from './rules-predicate.js';
import { type Subject, singular, subjectOf } from './subject.js';
import {
  DETERMINER,
  DO_FORM,
  FINITE,
  FINITE_BE_FORM,
  FUNCTION,
  HAVE_FORM,
  MODAL,
  PREPOSITION,
  VERB_FORM,
} from './tags.js';
import { isBaseVerb, lemma } from './verbs.js';
import {
  FINITE_BE,
  FUNCTION_WORDS,
  isAdverb,
  MODALS,
  ORG_NOUNS,
  PERSON_NOUNS,
  SUBJECT_PRONOUNS,
  words,
} from './words.js';

const GROUP_START = MODAL | FINITE_BE_FORM | DO_FORM | HAVE_FORM;
const THANKS = words('thanks thank-you thank-yous congratulations kudos');
const PHRASE_STARTS = words(
  'zero under at in thank below here never need needs thanks thank-you thank-yous congratulations kudos',
);
const CIRCUMSTANCES = words('circumstances circumstance condition conditions time case account way');
// Verbs that are as often nouns: they count as verbs only after a clear subject ("The district values …").
const AMBIGUOUS_HEADS = words(
  'value welcome support thank love help need report answer review reply request limit ban list set post comment use share contact update feature highlight tag link like note credit address detail cover concern outline supplement complement',
);
const FREQUENCY = words('sometimes occasionally often usually rarely seldom frequently');
const NOT_FRAGMENT = words('one matter longer doubt need later sooner more less');
// Pronouns in -ing that are subjects, not participles ("Nothing prevents you from …").
const THING_PRONOUNS = words('nothing something anything everything');

/** The subject word before the lexical verb at `i`, or -1 when the verb does not follow a subject. */
function subjectWord(c: Context, i: number, main: number, depth: number): number {
  const t = c.t;
  let p = i - 1;
  while (p >= main && (c.sub[p] || isAdverb(t.w[p]) || t.w[p] === ',')) p--;
  if (p < main) return -1;
  const w = t.w[p];
  if (SUBJECT_PRONOUNS.has(w)) return p;
  // "Nothing here prevents …": the adverb belongs to the pronoun.
  if ((w === 'here' || w === 'herein') && p > main && THING_PRONOUNS.has(t.w[p - 1])) return p - 1;
  // "The company trusts and expects …": the subject of the first verb.
  if ((w === 'and' || w === 'or') && depth === 0) return p - 1 >= main ? subjectWord(c, p - 1, main, 1) : -1;
  if (
    t.word[p] === 0 ||
    FUNCTION_WORDS.has(w) ||
    (w.endsWith('ing') && !THING_PRONOUNS.has(w)) ||
    (w.endsWith('ed') && w !== 'need')
  )
    return -1;
  return p;
}

/**
 * Whether the noun phrase ending at `p` is the object of a preposition or a verb ("a channel for
 * service requests", "we answer staff requests"): a noun-like word after it belongs to the phrase.
 */
function inObject(c: Context, p: number, main: number): boolean {
  const t = c.t;
  let j = p - 1;
  while (j >= main && t.word[j] === 1 && !c.sub[j]) {
    const tag = t.tag[j];
    if ((tag & (PREPOSITION | GROUP_START | VERB_FORM | FINITE)) !== 0) return true;
    if ((tag & FUNCTION) !== 0 && (tag & DETERMINER) === 0) return false;
    j--;
  }
  return false;
}

/** Whether the lexical verb at `i` follows its subject (and is not a noun or an infinitive). */
function isHead(c: Context, i: number, main: number): boolean {
  const v = c.t.w[i];
  if (v.endsWith('ing')) return false;
  const p = subjectWord(c, i, main, 0);
  if (p < 0) return false;
  const w = c.t.w[p];
  // "Content posted by users": a participle after a noun modifies it.
  if (v.endsWith('ed') && !SUBJECT_PRONOUNS.has(w)) return false;
  // "email address", "our core values": words that are as often nouns need a clear subject.
  if (AMBIGUOUS_HEADS.has(lemma(c.t.w[i]) ?? '')) {
    if (SUBJECT_PRONOUNS.has(w)) return true;
    return (ORG_NOUNS.has(singular(w)) || PERSON_NOUNS.has(singular(w))) && !inObject(c, p, main);
  }
  return true;
}

function decide(c: Context, g: Group, s: Subject, cl: Clause): Hit | null {
  if (g.head < 0 && !g.be) {
    if (g.modal === 'must' || g.modal === 'shall') {
      return hit(
        g.neg ? 'prohibition' : 'obligation',
        g.neg ? 'prohibition.modal' : 'obligation.modal',
        3,
        g.start,
        g.end,
      );
    }
    return null;
  }
  // "When posting, do not …" without a subject is an imperative.
  if (g.doAux && s.role === 'none' && !g.be) return imperativeAt(c, g.start, cl.end);
  // "We do our best to …": "do" is the lexical verb of an effort phrase.
  if (g.doAux && !g.be) {
    const effort = effortPledge(c, g.start, s, g.neg, g.start);
    if (effort) return effort;
  }
  if (g.be) return decidePredicate(c, g, s);
  if (g.modal !== '') return decideModal(c, g, s, cl.main);
  const neg = g.neg || s.negative;
  return decideLexical(c, g.head, s, neg, s.negative || s.only ? s.start : g.start);
}

/**
 * The cue of a clause, or null when its main part has no force.
 *
 * @example
 * // "Comments that break our guidelines will be removed." → sanction, cue "will be removed"
 * scanClause(ctx, clause)?.label // → 'sanction'
 */
export function scanClause(c: Context, cl: Clause): Hit | null {
  if (cl.main >= cl.end) return null;
  const first = clauseStart(c, cl);
  if (first) return first;
  const t = c.t;
  c.circumstantial = false;
  for (let k = cl.start; k < cl.end; k++) if (FREQUENCY.has(t.w[k])) c.circumstantial = true;
  const sub = c.sub;
  let grouped = false;
  for (let i = cl.main; i < cl.end; i++) {
    if (sub[i] || t.word[i] === 0) continue;
    const tag = t.tag[i];
    // Only auxiliaries, known verbs and the openers of fixed phrases can start a cue.
    if ((tag & (GROUP_START | VERB_FORM)) === 0 && !PHRASE_STARTS.has(t.w[i])) continue;
    const w = t.w[i];
    const next = t.w[i + 1] ?? '';
    if (w === 'zero' && next === 'tolerance') return hit('prohibition', 'prohibition.no-place', 3, i, i + 2);
    if ((w === 'under' || w === 'at' || w === 'in') && next === 'no' && CIRCUMSTANCES.has(t.w[i + 2])) {
      return hit('prohibition', 'prohibition.circumstances', 3, i, i + 3);
    }
    if ((w === 'thank' && next === 'you') || THANKS.has(w)) {
      return hit('encouragement', 'encouragement.thanks', 3, i, w === 'thank' ? i + 2 : i + 1);
    }
    if (i === cl.main && (w === 'below' || w === 'here') && FINITE_BE.has(next)) {
      return hit('informative', 'informative.presentational', 2, i, i + 2);
    }
    if (w === 'never' && isBaseVerb(next) && i > cl.main && !MODALS.has(t.w[i - 1])) {
      return hit('prohibition', 'prohibition.negative-imperative', 2, i, i + 2);
    }
    // "Every post needs alt text": a requirement stated with "need" and a noun.
    if (
      (w === 'need' || w === 'needs') &&
      t.word[i + 1] === 1 &&
      next !== 'to' &&
      next !== 'not' &&
      isHead(c, i, cl.main)
    ) {
      const s = subjectOf(t, sub, cl.main, i);
      if (s.role !== 'org' && s.role !== 'none')
        return hit('obligation', 'obligation.predicate', 2, i, i + 1);
    }
    let g: Group | null = null;
    if ((tag & GROUP_START) !== 0) g = parseGroup(t, i);
    else if ((w === 'need' || w === 'needs') && (next === 'to' || next === 'not')) g = parseGroup(t, i);
    else if ((tag & VERB_FORM) !== 0 && isHead(c, i, cl.main)) g = parseGroup(t, i);
    if (!g) continue;
    grouped = true;
    const s = subjectOf(t, sub, cl.main, g.start);
    const h = decide(c, g, s, cl);
    if (h) return h;
    if (g.end - 1 > i) i = g.end - 1;
  }
  if (grouped) return null;
  // A verbless "No spam or self-promotion." forbids; "English or French only." restricts.
  let f = cl.main;
  while (f < cl.end && isAdverb(t.w[f])) f++;
  if (t.w[f] === 'no' && t.word[f + 1] === 1 && !NOT_FRAGMENT.has(t.w[f + 1])) {
    return hit('prohibition', 'prohibition.fragment', 2, cl.main, f + 2);
  }
  let last = cl.end - 1;
  while (last > cl.main && (t.word[last] === 0 || t.w[last] === 'please')) last--;
  if (t.w[last] === 'only' && last > cl.main && last >= f && !sub[last]) {
    return hit('obligation', 'obligation.fragment', 2, f, last + 1);
  }
  return null;
}
