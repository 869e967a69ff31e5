import { voiceOf } from '../tone/index.js';
import { type Balance, type LabelCounts, TONE_LABELS, type ToneLabel } from '../types.js';

/** Zero counts for every label. */
export function emptyCounts(): LabelCounts {
  return Object.fromEntries(TONE_LABELS.map((l) => [l, 0])) as LabelCounts;
}

/** Counts labels. */
export function countLabels(labels: Iterable<ToneLabel>): LabelCounts {
  const counts = emptyCounts();
  for (const label of labels) counts[label]++;
  return counts;
}

/**
 * Balance between enabling and restrictive voice: 100 × enabling / (enabling + restrictive).
 *
 * @example
 * balanceOf({ ...emptyCounts(), prohibition: 1, permission: 3 }).score // → 75
 */
export function balanceOf(counts: LabelCounts): Balance {
  const balance: Balance = { enabling: 0, restrictive: 0, guidance: 0, neutral: 0, score: null };
  for (const label of TONE_LABELS) balance[voiceOf(label)] += counts[label];
  const voiced = balance.enabling + balance.restrictive;
  balance.score = voiced === 0 ? null : Math.round((100 * balance.enabling) / voiced);
  return balance;
}
