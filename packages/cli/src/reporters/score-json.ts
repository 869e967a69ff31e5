import type { Balance, Lang } from '@charte/analyzer';
import type { LintFileResult } from '../commands/lint-model.js';
import type { Review } from '../review/api.js';

/** Version of `charte score --format json`; raised only when a field changes meaning or disappears. */
export const SCORE_JSON_VERSION = 1;

/** `charte score --format json`: the document's balance and its review, as the analyzer made it. */
export interface ScoreJson extends Partial<Review> {
  version: typeof SCORE_JSON_VERSION;
  path: string;
  lang: Lang;
  balance: Balance;
}

/**
 * The score breakdown as JSON: `scores` (overall and parts with weight, score and detail),
 * `sections`, `pillars`, `coverage` and `readability` next to the document's `balance`.
 *
 * @example
 * JSON.parse(formatScoreJson(result)).scores.overall // → 54
 */
export function formatScoreJson(result: LintFileResult): string {
  const out: ScoreJson = {
    version: SCORE_JSON_VERSION,
    path: result.path,
    lang: result.lang,
    balance: result.balance,
    ...(result.review ?? {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
