import type { LintFileResult, LintSummary } from './commands/lint-model.js';

/** The thresholds a run must stay within (`--max-warnings`, `--min-balance`); undefined: none. */
export interface Limits {
  maxWarnings?: number;
  minBalance?: number;
}

/** Why a run went over its limits. */
export type Breach =
  | { kind: 'errors'; count: number }
  | { kind: 'max-warnings'; count: number; max: number }
  | { kind: 'min-balance'; path: string; score: number; min: number }
  | { kind: 'min-score'; path: string; score: number; min: number };

/**
 * What makes the run fail with exit code 1: any error-severity diagnostic, more warnings than
 * `maxWarnings`, a document whose balance is below `minBalance` (a document with neither enabling
 * nor restrictive sentences has no balance and passes), or a document whose overall score is below
 * the `thresholds.minScore` of its configuration.
 *
 * @example
 * breaches(results, summary, { maxWarnings: 0 }) // → [{ kind: 'max-warnings', count: 3, max: 0 }]
 */
export function breaches(results: readonly LintFileResult[], summary: LintSummary, limits: Limits): Breach[] {
  const found: Breach[] = [];
  if (summary.errors > 0) found.push({ kind: 'errors', count: summary.errors });
  if (limits.maxWarnings !== undefined && summary.warnings > limits.maxWarnings) {
    found.push({ kind: 'max-warnings', count: summary.warnings, max: limits.maxWarnings });
  }
  if (limits.minBalance !== undefined) {
    // A charter folder's balance is judged on the whole charter, not on each part.
    for (const result of results.filter((r) => r.charter?.role !== 'part')) {
      const score = result.balance.score;
      if (score !== null && score < limits.minBalance) {
        found.push({ kind: 'min-balance', path: result.path, score, min: limits.minBalance });
      }
    }
  }
  for (const result of results) {
    const score = result.review?.scores.overall;
    if (result.minScore !== undefined && score !== undefined && score < result.minScore) {
      found.push({ kind: 'min-score', path: result.path, score, min: result.minScore });
    }
  }
  return found;
}
