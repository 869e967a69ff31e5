import { diffReports } from '../diff/diff.js';
import type { CharterDiff, DiffSentence } from '../diff/types.js';
import type { EditionAnalysis } from './analyze.js';

function placed(sentence: DiffSentence, edition: EditionAnalysis): DiffSentence {
  const path = edition.sentencePaths[sentence.index];
  const start = edition.sentenceStarts[sentence.index];
  if (path === null || path === undefined || !start) return sentence;
  return { ...sentence, path, line: start.line, column: start.column };
}

/**
 * What changed between two versions of one language edition of a charter folder: the same diff as
 * `diffReports` on the whole edition (coverage, balance and score of the charter), each sentence
 * placed in its own file (`path`, and that file's line and column).
 *
 * @example
 * const [before, after] = [analyzeCharter(oldFiles), analyzeCharter(newFiles)];
 * diffEditions(before.editions[0], after.editions[0]).changes[0].new.path; // 'fr/02-encadrer.md'
 */
export function diffEditions(before: EditionAnalysis, after: EditionAnalysis): CharterDiff {
  const diff = diffReports(before.report, after.report);
  const old = (s: DiffSentence) => placed(s, before);
  const now = (s: DiffSentence) => placed(s, after);
  return {
    ...diff,
    changes: diff.changes.map((change) => {
      switch (change.kind) {
        case 'added':
          return { ...change, new: now(change.new) };
        case 'removed':
          return { ...change, old: old(change.old) };
        default:
          return { ...change, old: old(change.old), new: now(change.new) };
      }
    }),
    labelChanges: diff.labelChanges.map((change) => ({
      ...change,
      old: old(change.old),
      new: now(change.new),
    })),
  };
}
