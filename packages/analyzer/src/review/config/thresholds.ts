import type { ThresholdName } from './schema.js';

/**
 * What each threshold shorthand sets. `thresholds.balance: 50` is the same as
 * `rules: { "tone/balance": { options: { threshold: 50 } } }`, applied before the `rules` of the same
 * layer, so an explicit rule option wins. `minScore` feeds no rule: it becomes `ResolvedConfig.minScore`.
 */
export const THRESHOLD_OPTIONS: Readonly<
  Record<Exclude<ThresholdName, 'minScore'>, { rule: string; option: string }>
> = {
  balance: { rule: 'tone/balance', option: 'threshold' },
  sectionBalance: { rule: 'tone/balance', option: 'sectionThreshold' },
  longSentence: { rule: 'readability/long-sentence', option: 'max' },
  readability: { rule: 'readability/score', option: 'min' },
};
