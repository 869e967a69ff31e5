/**
 * Negation scope around a verb: "ne … pas/jamais/plus/rien/aucun/nullement", "en aucun cas",
 * negative subjects ("Nul ne peut", "Aucun propos … n'est toléré"), the literary "ne" alone after
 * pouvoir/savoir/oser/cesser ("ne peut révéler"), and the restrictive "ne … que".
 */

import { type Ctx, entriesAt, is, skipAdverbs, w } from './context.js';
import { F, NEG_PARTICLES, NEG_SUBJECTS } from './lexicon.js';

export interface Negation {
  /** The verb is negated. */
  neg: boolean;
  /** "ne … que": the verb is restricted, not negated ("ne peut publier que…"). */
  restr: boolean;
  /** Token span of the negation words to include in a cue (`e` exclusive). */
  s: number;
  e: number;
}

const NONE: Negation = { neg: false, restr: false, s: -1, e: -1 };

/** Verbs that may be negated by "ne" alone in formal French. */
const LITERARY = new Set(['pouvoir', 'savoir', 'oser', 'cesser']);

/** Length of a multi-word negative phrase starting at `k` ("en aucun cas", "sous aucun prétexte"), or 0. */
function negPhrase(c: Ctx, k: number): number {
  const a = w(c, k);
  if ((a === 'en' || a === 'sous' || a === 'dans') && (w(c, k + 1) === 'aucun' || w(c, k + 1) === 'aucune'))
    return 3;
  if (NEG_PARTICLES.has(a)) return 1;
  return 0;
}

/** Whether the subject before "ne" at `ne` is negative ("Nul", "Personne", "Aucun … "). */
function negativeSubject(c: Ctx, ne: number): boolean {
  for (let j = ne - 1, k = 0; j >= 0 && k < 8; j--, k++) {
    const t = c.toks[j];
    if (t.punct) return false;
    if (NEG_SUBJECTS.has(t.w)) return true;
    if (t.w === 'qui' || t.w === 'que' || t.w === "qu'") return false;
  }
  return false;
}

/**
 * The negation that bears on the finite verb at index `v`.
 *
 * @example
 * // tokens of "vous ne pouvez pas publier": negationAt(ctx, 2) → { neg: true, restr: false, s: 1, e: 4 }
 */
export function negationAt(c: Ctx, v: number): Negation {
  let j = v - 1;
  while (j >= 0 && !c.toks[j].hy && is(c, j, F.CLITICS)) j--;
  if (j < 0 || !is(c, j, F.NE)) return NONE;
  const ne = j;
  let k = skipAdverbs(c, v + 1, 2);
  // Past participle or infinitive between the auxiliary and the particle is not allowed in French,
  // so the particle follows the finite verb (and its hyphenated pronouns) directly.
  while (k < c.toks.length && c.toks[k].hy) k++;
  const len = negPhrase(c, k);
  // "ne doit pas seulement encadrer": "not only" negates the restriction, not the verb.
  if (len === 1 && w(c, k) === 'pas' && /^(?:seulement|uniquement|simplement|juste)$/.test(w(c, k + 1))) {
    return NONE;
  }
  if (len > 0) return { neg: true, restr: false, s: ne, e: k + len };
  for (let q = v + 1, n = 0; q < c.toks.length && n < 7; q++, n++) {
    const t = c.toks[q];
    if (t.punct) break;
    if (t.w === 'que' || t.w === "qu'") return { neg: false, restr: true, s: ne, e: v + 1 };
  }
  if (negativeSubject(c, ne)) return { neg: true, restr: false, s: ne, e: v + 1 };
  const lit = entriesAt(c, v)?.some((e) => LITERARY.has(e.lemma));
  if (lit) return { neg: true, restr: false, s: ne, e: v + 1 };
  return NONE;
}
