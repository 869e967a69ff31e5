/**
 * Whether a restrictive sentence has an enabling one near it — in its block, or in its section's own
 * text. Shared by `tone/bare-prohibition` and the "positive approach" score, so both mean the same thing.
 */
import type { ReviewFacts } from './facts.js';

export type Nearness = 'block' | 'section';

/**
 * Valid once the sentence's section has been exited (or after the walk).
 *
 * @example
 * hasEnablingNear(facts, 3, 'section') // → true when section of sentence 3 holds a permission
 */
export function hasEnablingNear(facts: ReviewFacts, sentence: number, near: Nearness): boolean {
  const s = facts.sentences[sentence];
  if (!s) return false;
  if (facts.blockEnabling[s.block] > 0) return true;
  if (near === 'block') return false;
  const counts = facts.sectionCounts[s.section];
  return counts ? counts.permission + counts.encouragement + counts.commitment > 0 : false;
}

/** Whether a sentence is a heading (headings rule nothing and are skipped by most rules). */
export function isHeading(facts: ReviewFacts, sentence: number): boolean {
  const s = facts.sentences[sentence];
  return s ? facts.document.blocks[s.block]?.kind === 'heading' : false;
}
