/**
 * Whether a restrictive sentence has an enabling one near it — in its block, or in its section's own
 * text. Shared by `tone/bare-prohibition` and the "positive approach" score, so both mean the same thing.
 */
import type { ToneLabel } from '../types.js';
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

/** The sentences of one label met by the walk, held per section until its exit, when nearness is known. */
export interface PendingBySection {
  /** Call from a rule's `sentence` hook: keeps the sentence when it has `label` and is not a heading. */
  add(sentence: number): void;
  /** Call from `sectionExit`: the section's kept sentences, in order, then forgets them. */
  take(section: number): number[];
}

/**
 * Holds sentences of `label` per section for rules that judge them once the section is complete.
 *
 * @example
 * const pending = pendingBySection(facts, 'prohibition');
 * // sentence(i) { pending.add(i) }   sectionExit(s) { for (const i of pending.take(s)) … }
 */
export function pendingBySection(facts: ReviewFacts, label: ToneLabel): PendingBySection {
  const pending = new Map<number, number[]>();
  return {
    add(sentence) {
      const s = facts.sentences[sentence];
      if (s.tone.label !== label || isHeading(facts, sentence)) return;
      const list = pending.get(s.section);
      if (list) list.push(sentence);
      else pending.set(s.section, [sentence]);
    },
    take(section) {
      const list = pending.get(section) ?? [];
      pending.delete(section);
      return list;
    },
  };
}
