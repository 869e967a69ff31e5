import type { LintFileResult, LintSummary } from '../commands/lint-model.js';
import type { InputProblem } from '../errors.js';

/** Version of the JSON report's shape; raised only when a field changes meaning or disappears. */
export const LINT_JSON_VERSION = 1;

/** A file that was not analyzed, in the JSON report. */
export interface SkippedFile {
  path: string;
  /** Stable code: `not-found`, `too-large`, `binary`, `invalid-utf8`, `empty`… */
  reason: InputProblem['code'];
  /** The same, in the UI language. */
  message: string;
}

/** The JSON report: one document for the whole run. */
export interface LintJson {
  version: typeof LINT_JSON_VERSION;
  files: Array<Omit<LintFileResult, 'inputErrors' | 'view'>>;
  skipped: SkippedFile[];
  summary: LintSummary;
}

/**
 * The JSON report as text: stable key order, files in the order of the arguments, two-space indent.
 * Positions follow the analyzer: `offset` 0-based, `line`/`column` 1-based. Fields are only ever
 * added within a version (`review`, `fixed`, `summary.fixed` and `charter` joined version 1 this way).
 *
 * @example
 * JSON.parse(formatLintJson(results, skipped, summary)).summary.errors // → 0
 */
export function formatLintJson(
  results: readonly LintFileResult[],
  skipped: readonly SkippedFile[],
  summary: LintSummary,
): string {
  const report: LintJson = {
    version: LINT_JSON_VERSION,
    files: results.map((r) => ({
      path: r.path,
      lang: r.lang,
      langSource: r.langSource,
      format: r.format,
      sentenceCount: r.sentenceCount,
      counts: r.counts,
      balance: r.balance,
      ...(r.sentences ? { sentences: r.sentences } : {}),
      diagnostics: r.diagnostics,
      review: r.review,
      ...(r.fixed !== undefined ? { fixed: r.fixed } : {}),
      ...(r.minScore !== undefined ? { minScore: r.minScore } : {}),
      ...(r.charter ? { charter: r.charter } : {}),
    })),
    skipped: [...skipped],
    summary,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
