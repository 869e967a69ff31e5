export { CHANGED_SIMILARITY, diffReports } from './diff.js';
export type {
  CharterDiff,
  CoverageDelta,
  Delta,
  DiffSentence,
  DiffSummary,
  LabelChange,
  SectionDelta,
  SentenceChange,
} from './types.js';
