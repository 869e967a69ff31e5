import {
  type Balance,
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
  /** Parse problems of error severity (e.g. malformed front matter), also announced on stderr. */
  inputErrors: Diagnostic[];
}

/** The whole run. */
export interface LintSummary {
  files: number;
  skipped: number;
  sentences: number;
  errors: number;
  warnings: number;
  infos: number;
  counts: LabelCounts;
  balance: Balance;
}

/**
 * Boils an analyzer report down to what the reporters show.
 *
 * @example
 * toFileResult('charte.md', analyze(source, { path: 'charte.md' }), false).balance.score // → 62
 */
export function toFileResult(path: string, report: Report, withSentences: boolean): LintFileResult {
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
    inputErrors: document.diagnostics.filter((d) => d.severity === 'error'),
  };
  if (withSentences) {
    result.sentences = report.sentences.map((s) => ({
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
  return result;
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
  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    sentences += result.sentenceCount;
    for (const label of TONE_LABELS) counts[label] += result.counts[label];
    for (const diagnostic of result.diagnostics) bySeverity[diagnostic.severity]++;
  }
  return {
    files: results.length,
    skipped: problems.length,
    sentences,
    errors: bySeverity.error,
    warnings: bySeverity.warning,
    infos: bySeverity.info,
    counts,
    balance: balanceOf(counts),
  };
}

function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.start.offset - b.start.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
