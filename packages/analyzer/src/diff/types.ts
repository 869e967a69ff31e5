/**
 * What changed between two versions of a charter: plain, serializable data. Line and column are
 * 1-based (as in `Point`); `index` is the sentence's index in its report.
 */
import type { ClauseId } from '../review/types.js';
import type { ToneLabel } from '../types.js';

/** One sentence as it stands on one side of the diff. */
export interface DiffSentence {
  index: number;
  text: string;
  label: ToneLabel;
  line: number;
  column: number;
  /** Title of the innermost section holding it; null before the first heading. */
  section: string | null;
  /** In a charter of several files: the file it is in (`line` and `column` are then that file's). */
  path?: string;
}

/**
 * One change. `changed`: the text was reworded in place (same section, most words kept); `moved`:
 * the same text now stands elsewhere; `relabeled`: same text, same place, another label.
 */
export type SentenceChange =
  | { kind: 'added'; new: DiffSentence }
  | { kind: 'removed'; old: DiffSentence }
  | { kind: 'changed'; old: DiffSentence; new: DiffSentence; similarity: number }
  | { kind: 'moved'; old: DiffSentence; new: DiffSentence }
  | { kind: 'relabeled'; old: DiffSentence; new: DiffSentence };

/** A sentence whose label differs between the two sides (its text may differ too). */
export interface LabelChange {
  from: ToneLabel;
  to: ToneLabel;
  old: DiffSentence;
  new: DiffSentence;
  textChanged: boolean;
}

/** A number on both sides; `delta` = new − old, null when either side has none. */
export interface Delta {
  old: number | null;
  new: number | null;
  delta: number | null;
}

/** Balance score of one section, matched by title; `old` or `new` null when the section is on one side only. */
export interface SectionDelta extends Delta {
  title: string | null;
  /** Whether the section exists on each side. */
  inOld: boolean;
  inNew: boolean;
}

export interface CoverageDelta {
  gained: ClauseId[];
  lost: ClauseId[];
}

export interface DiffSummary {
  added: number;
  removed: number;
  changed: number;
  moved: number;
  labelChanges: number;
  unchanged: number;
}

/** What `diffReports` returns. */
export interface CharterDiff {
  summary: DiffSummary;
  /** In reading order of the new version (a removed sentence stands where it was cut). */
  changes: SentenceChange[];
  labelChanges: LabelChange[];
  /** Balance score of the whole document. */
  balance: Delta;
  /** Balance score by section title, new version's order first, then sections that were removed. */
  sections: SectionDelta[];
  coverage: CoverageDelta;
  /** Overall review score. */
  score: Delta;
}
