/**
 * Sentence-level readings (taxonomy rule 7 and questions): list introducers ("Some reasons we may
 * delete a comment are listed below:", "Please follow these rules:"), questions, headings.
 */
import type { Context } from './context.js';
import { type Hit, hit, type RuleId } from './hit.js';
import { words } from './words.js';

const CLOSERS = words('" \' ) ] ’ ”');
const LISTING = words(
  'listed outlined described detailed given shown provided found summarized summarised set explained',
);
const NEUTRAL_INTRODUCERS: ReadonlySet<RuleId> = new Set<RuleId>([
  'obligation.imperative',
  'obligation.agreement',
  'recommendation.advice-imperative',
]);
const POINTERS = words('following below these this');

const ADVICE_LABELS = words('tip tips hint hints suggestion suggestions advice reminder practice practices');

const HEDGES = words('when where if whenever wherever');
const DEGREES = words('much far');

/**
 * An imperative presented as advice (taxonomy rule 8): after a heading word ("Tip: schedule your
 * posts", "Best practice: …") or hedged ("When possible, link to the source", "… as much as
 * possible"). Returns the advice hit, or null.
 *
 * @example
 * adviceLabel(ctx, imperativeHit)?.label // → 'recommendation'
 */
export function adviceLabel(c: Context, h: Hit): Hit | null {
  if (h.rule !== 'obligation.imperative') return null;
  const t = c.t;
  let advice = false;
  for (let k = 0; k < Math.min(t.n - 1, 3); k++)
    if (t.w[k + 1] === ':' && ADVICE_LABELS.has(t.w[k])) advice = true;
  for (let k = 1; k < t.n && !advice; k++) {
    // "when possible", "as much as possible" hedge; "as soon as possible" urges.
    const before = t.w[k - 1];
    if (t.w[k] === 'possible' && (HEDGES.has(before) || (before === 'as' && DEGREES.has(t.w[k - 3]))))
      advice = true;
  }
  return advice ? { ...h, label: 'recommendation', rule: 'recommendation.advice-imperative' } : null;
}

/** Index of the sentence's final punctuation mark (before closing quotes), or -1. */
export function finalMark(c: Context): number {
  const t = c.t;
  let k = t.n - 1;
  while (k >= 0 && t.word[k] === 0 && CLOSERS.has(t.w[k])) k--;
  return k >= 0 && t.word[k] === 0 ? k : -1;
}

/**
 * A list introducer whose own predicate only presents the list ("… are listed below:", "… include:",
 * "… are as follows:"), whatever modal its subject holds.
 *
 * @example
 * // "Some reasons we may delete a comment are listed below:" → informative
 * presentational(ctx, colonIndex)?.label // → 'informative'
 */
export function presentational(c: Context, colon: number): Hit | null {
  const t = c.t;
  const k = colon - 1;
  if (k < 1) return null;
  const w = t.w[k];
  const prev = t.w[k - 1];
  if (w === 'below' || w === 'here') {
    let j = k - 1;
    if (LISTING.has(t.w[j]) || t.w[j] === 'out') j--;
    if (t.w[j] === 'out') j--;
    if (t.w[j] === 'is' || t.w[j] === 'are')
      return hit('informative', 'informative.presentational', 3, j, colon);
    return null;
  }
  if (w === 'follows' && prev === 'as')
    return hit('informative', 'informative.presentational', 3, k - 1, colon);
  if (w === 'include' || w === 'includes')
    return hit('informative', 'informative.presentational', 3, k, colon);
  if ((w === 'are' || w === 'is') && k > 1)
    return hit('informative', 'informative.presentational', 2, k, colon);
  return null;
}

/**
 * Turns an imperative or agreement that only introduces a list ("Please meet the following
 * expectations:", "you agree to the following:") into an informative list introducer.
 *
 * @example
 * neutralIntroducer(ctx, imperativeHit, colonIndex)?.rule // → 'informative.list-introducer'
 */
export function neutralIntroducer(c: Context, h: Hit, colon: number): Hit | null {
  if (!NEUTRAL_INTRODUCERS.has(h.rule)) return null;
  for (let k = h.end; k < colon; k++) {
    if (POINTERS.has(c.t.w[k])) return hit('informative', 'informative.list-introducer', 2, h.start, h.end);
  }
  return null;
}
