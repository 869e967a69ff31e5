/**
 * Scope tests on single tokens: whether a word opens a relative or complement clause, whether a
 * word is a finite verb here, whether "ou" is the relative "où".
 */
import { type Ctx, entriesAt, is, w } from './context.js';
import { F, NON_CLAUSAL_QUE } from './lexicon.js';
import { FINITE, IMP, PP } from './verbs.js';

/** Whether token `i` is a relative or complement pronoun ("qui", "que", "dont", "où" but not "ou"). */
function isRelativeWord(c: Ctx, i: number): boolean {
  const t = c.toks[i];
  if (!t || !is(c, i, F.RELATIVES)) return false;
  if (t.w === 'ou') return c.text.slice(t.s, t.e).toLowerCase() === 'où';
  if (t.w === 'que' || t.w === "qu'") return !NON_CLAUSAL_QUE.has(w(c, i - 1));
  return true;
}

/**
 * Whether token `i` is a finite verb in this context: a known verb form in a finite tense or the
 * imperative, not read as a noun after a determiner ("la demande", "une offre").
 *
 * @example
 * // "la demande" → false at "demande"; "nous demandons" → true at "demandons"
 */
export function isFiniteAt(c: Ctx, i: number): boolean {
  const t = c.toks[i];
  if (!t || t.punct) return false;
  const entries = entriesAt(c, i);
  if (!entries?.some((e) => e.mask & (FINITE | IMP))) return false;
  // After "être"/"avoir" comes a participle ("sont fermés", "a publié"), not a finite verb.
  let p = i - 1;
  while (p >= 0 && is(c, p, F.ADVERBS)) p--;
  const aux = entriesAt(c, p);
  if (aux?.some((e) => (e.lemma === 'etre' || e.lemma === 'avoir') && e.mask & FINITE)) {
    if (entries.some((e) => e.mask & PP)) return false;
  }
  // "-es" forms are "tu" forms; after anything else they are feminine plural participles.
  if (t.w.endsWith('es') && entries.some((e) => e.mask & PP) && w(c, i - 1) !== 'tu') return false;
  if (is(c, i - 1, F.DETERMINERS)) {
    if (!is(c, i - 1, F.CLITICS)) return false;
    return is(c, i - 2, F.SUBJECT_PRONOUNS | F.NE);
  }
  return true;
}

/**
 * The verb of the clause opened by the relative word at `j`: right after "qui" (past "ne", object
 * pronouns and adverbs); after the subject for "que", "dont", "où" ("que l'organisation attend").
 */
function verbOfClause(c: Ctx, j: number): number {
  const skip = (k: number): number => {
    while (k < c.toks.length && (is(c, k, F.NE) || is(c, k, F.CLITICS) || is(c, k, F.ADVERBS))) k++;
    return k;
  };
  let k = skip(j + 1);
  if (w(c, j) === 'qui' || w(c, j).startsWith('lequel') || w(c, j).startsWith('laquelle')) return k;
  if (is(c, k, F.SUBJECT_PRONOUNS) || w(c, k) === "l'on") return skip(k + 1);
  if (is(c, k, F.DETERMINERS)) {
    while (k < c.toks.length && is(c, k, F.DETERMINERS)) k++;
    for (let n = 0; n < 3 && k < c.toks.length && !c.toks[k].punct && !isFiniteAt(c, k); n++) k++;
    return skip(k);
  }
  return k;
}

/**
 * Whether the word at `i` belongs to a relative or complement clause: walking back over "ne",
 * pronouns, adverbs and a short noun phrase reaches "qui", "que", "dont", "où"… before any finite verb.
 * Stops at `from` (the start of the main clause).
 *
 * @example
 * // "… un forum où chacun peut donner son avis": isInRelative(ctx, index of "peut", 0) → true
 */
export function isInRelative(c: Ctx, i: number, from: number): boolean {
  let others = 0;
  for (let j = i - 1, steps = 0; j >= from && steps < 7; j--, steps++) {
    const t = c.toks[j];
    if (t.punct) return false;
    if (isRelativeWord(c, j)) return verbOfClause(c, j) >= i;
    if (is(c, j, F.NE | F.CLITICS | F.ADVERBS | F.DETERMINERS | F.SUBJECT_PRONOUNS) || t.w === "l'on")
      continue;
    if (isFiniteAt(c, j)) return false;
    if (++others > 2) return false;
  }
  return false;
}
