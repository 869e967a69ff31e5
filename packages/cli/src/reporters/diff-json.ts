import type { CharterDiff } from '@charte/analyzer';
import type { DiffPair } from '../commands/diff.js';

/** Version of `charte diff --format json`; raised only when a field changes meaning or disappears. */
export const DIFF_JSON_VERSION = 1;

/** `charte diff --format json`. */
export interface DiffJson {
  version: typeof DIFF_JSON_VERSION;
  /** The two arguments as given. */
  old: string;
  new: string;
  /** One entry per compared document; a path is null when the document is on one side only. */
  files: { old: string | null; new: string | null; diff: CharterDiff }[];
}

/**
 * The diff as JSON: the analyzer's `CharterDiff` for each pair of documents, labels and clauses as
 * stable identifiers.
 *
 * @example
 * JSON.parse(formatDiffJson('a.md', 'b.md', pairs)).files[0].diff.summary.added // → 1
 */
export function formatDiffJson(old: string, next: string, pairs: readonly DiffPair[]): string {
  const out: DiffJson = {
    version: DIFF_JSON_VERSION,
    old,
    new: next,
    files: pairs.map((p) => ({ old: p.old, new: p.new, diff: p.diff })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
