import {
  type Balance,
  type BlockKind,
  balanceOf,
  type Diagnostic,
  type LabelCounts,
  type Lang,
  type Point,
  type Report,
  type SourceFormat,
  TONE_LABELS,
  type ToneLabel,
} from '@charte/analyzer';
import type { InputProblem } from '../errors.js';
import type { Review } from '../review/api.js';

/** One sentence as `lint --sentences` lists it. */
export interface LintSentence {
  index: number;
  text: string;
  lang: Lang;
  start: Point;
  end: Point;
  label: ToneLabel;
  confidence: number;
  /** The cue, relative to `text` (offsets 0-based, end exclusive), and mapped to the source. */
  cue: { start: number; end: number; text: string; sourceStart: Point; sourceEnd: Point } | null;
  explanation: string;
}

/** A block of running text, as the HTML report lays the charter out again. */
export interface BlockView {
  kind: BlockKind;
  /** Heading level, or list depth. */
  depth: number;
  /** Indexes of the block's sentences: [first, last + 1). */
  sentences: [number, number];
}

/** What the HTML report needs to show the charter's text: its blocks and every sentence. */
export interface DocumentView {
  blocks: BlockView[];
  sentences: LintSentence[];
}

/** What `lint` found in one document: plain data that every reporter only formats. */
export interface LintFileResult {
  /** As the person named it (or as the glob found it); `-` for standard input. */
  path: string;
  lang: Lang;
  langSource: 'option' | 'front-matter' | 'detected';
  format: SourceFormat;
  sentenceCount: number;
  counts: LabelCounts;
  balance: Balance;
  /** Present only when asked for (`--sentences`). */
  sentences?: LintSentence[];
  /** Sorted by position, then rule. */
  diagnostics: Diagnostic[];
  /** Scores, coverage, readability, per-section and per-pillar balance; null if the analyzer made none. */
  review: Review | null;
  /** Safe suggestions applied by `--fix` (or that `--fix-dry-run` would apply); absent without them. */
  fixed?: number;
  /** The overall score under which the run fails (`thresholds.minScore` of its configuration), if set. */
  minScore?: number;
  /** Parse problems of error severity (e.g. malformed front matter), also announced on stderr. */
  inputErrors: Diagnostic[];
  /** The text laid out by blocks, kept only for the HTML report. */
  view?: DocumentView;
  /**
   * Set when the document belongs to a charter folder: a `part` file carries its own findings, and
   * one `edition` result per language carries the whole charter's balance, coverage and scores.
   */
  charter?: { role: 'part' | 'edition'; root: string };
}

/** What to keep from a report besides counts, balance, diagnostics and review. */
export interface ResultOptions {
  /** Every sentence with its label (`--sentences`). */
  sentences?: boolean;
  /** The blocks and sentences the HTML report lays out. */
  view?: boolean;
}

/** The whole run. */
export interface LintSummary {
  files: number;
  skipped: number;
  sentences: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Safe suggestions applied (or, with `--fix-dry-run`, that would be). */
  fixed: number;
  counts: LabelCounts;
  balance: Balance;
}

/**
 * Boils an analyzer report down to what the reporters show. `options` may be a boolean: whether to
 * keep every sentence.
 *
 * @example
 * toFileResult('charte.md', analyze(source, { path: 'charte.md' }), { sentences: false }).balance.score // → 62
 */
export function toFileResult(
  path: string,
  report: Report,
  options: boolean | ResultOptions = {},
): LintFileResult {
  const { sentences: withSentences = false, view = false } =
    typeof options === 'boolean' ? { sentences: options } : options;
  const { document } = report;
  const result: LintFileResult = {
    path,
    lang: document.lang,
    langSource: document.langSource,
    format: document.format,
    sentenceCount: report.sentences.length,
    counts: report.counts,
    balance: report.balance,
    diagnostics: sortDiagnostics(report.diagnostics),
    review: report.review,
    inputErrors: document.diagnostics.filter((d) => d.severity === 'error'),
  };
  const sentences = withSentences || view ? listSentences(report) : [];
  if (withSentences) result.sentences = sentences;
  if (view) {
    result.view = {
      blocks: document.blocks.map((b) => ({ kind: b.kind, depth: b.depth, sentences: b.sentences })),
      sentences,
    };
  }
  return result;
}

function listSentences(report: Report): LintSentence[] {
  return report.sentences.map((s) => ({
    index: s.index,
    text: s.text,
    lang: s.lang,
    start: s.start,
    end: s.end,
    label: s.tone.label,
    confidence: s.tone.confidence,
    cue:
      s.tone.cue && s.cueStart && s.cueEnd
        ? { ...s.tone.cue, sourceStart: s.cueStart, sourceEnd: s.cueEnd }
        : null,
    explanation: s.tone.explanation,
  }));
}

/**
 * Adds the files up: diagnostics by severity, label counts, and the balance of all sentences together.
 *
 * @example
 * summarize([a, b], []).counts.prohibition // → a.counts.prohibition + b.counts.prohibition
 */
export function summarize(
  results: readonly LintFileResult[],
  problems: readonly InputProblem[],
): LintSummary {
  const counts = Object.fromEntries(TONE_LABELS.map((label) => [label, 0])) as LabelCounts;
  let sentences = 0;
  let fixed = 0;
  const bySeverity = { error: 0, warning: 0, info: 0 };
  // A charter's edition result repeats its files' sentences: counted once, through the files.
  const documents = results.filter((r) => r.charter?.role !== 'edition');
  for (const result of documents) {
    sentences += result.sentenceCount;
    fixed += result.fixed ?? 0;
    for (const label of TONE_LABELS) counts[label] += result.counts[label];
    for (const diagnostic of result.diagnostics) bySeverity[diagnostic.severity]++;
  }
  return {
    files: documents.length,
    skipped: problems.length,
    sentences,
    errors: bySeverity.error,
    warnings: bySeverity.warning,
    infos: bySeverity.info,
    fixed,
    counts,
    balance: balanceOf(counts),
  };
}

function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.start.offset - b.start.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
