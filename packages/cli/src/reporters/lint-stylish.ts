import { type Balance, type Diagnostic, type Severity, TONE_LABELS } from '@charte/analyzer';
import type { LintFileResult, LintSummary } from '../commands/lint-model.js';
import { displayPath } from '../display-path.js';
import type { Translator } from '../i18n/index.js';
import type { Colors } from './colors.js';
import { labelName, paintByVoice } from './labels.js';

export interface StylishContext {
  t: Translator;
  colors: Colors;
}

/**
 * One document, for people: a header (path, language, format, sentence count), the label counts,
 * the balance, then one line per diagnostic: `line:column  severity  message  ruleId`.
 *
 * @example
 * formatStylishFile(result, ctx)
 * // → 'charter.md  (English, Markdown) · 12 sentences\n  labels   obligation 3 · permission 2 …\n  balance  40/100 enabling …\n\n'
 */
export function formatStylishFile(result: LintFileResult, ctx: StylishContext): string {
  const { t, colors } = ctx;
  const header =
    result.charter?.role === 'edition'
      ? t.t('stylish.charterHeader', { path: displayPath(t, result.path), lang: t.t(`lang.${result.lang}`) })
      : t.t('stylish.fileHeader', {
          path: displayPath(t, result.path),
          lang: t.t(`lang.${result.lang}`),
          format: t.t(`format.${result.format}`),
        });
  const heads = ['stylish.labels', 'stylish.balance', 'stylish.overall'] as const;
  const headWidth = Math.max(...heads.map((key) => t.t(key).length));
  const lines = [
    `${colors.underline(header)} ${colors.dim(`· ${t.plural('stylish.sentences', result.sentenceCount)}`)}`,
    `  ${t.t('stylish.labels').padEnd(headWidth)}  ${formatCounts(result, ctx)}`,
    `  ${t.t('stylish.balance').padEnd(headWidth)}  ${formatBalance(result.balance, ctx)}`,
  ];
  if (result.review) {
    const { overall } = result.review.scores;
    const coverage = result.review.coverage;
    const present = coverage.filter((c) => c.present).length;
    lines.push(
      `  ${t.t('stylish.overall').padEnd(headWidth)}  ${colors.bold(t.t('stylish.overallValue', { score: overall }))} ${colors.dim(`· ${t.t('stylish.coverage', { present, total: coverage.length })}`)}`,
    );
  }
  if (result.fixed) lines.push(`  ${colors.green(t.plural('stylish.fixed', result.fixed))}`);
  lines.push(...formatDiagnostics(result.diagnostics, ctx));
  return `${lines.join('\n')}\n\n`;
}

/**
 * The closing lines: errors and warnings over the files, skipped files, and the overall balance
 * when there was more than one document.
 *
 * @example
 * formatStylishSummary(summary, ctx)
 * // → '✔ no problems in 2 files · balance 55/100 enabling\n  overall balance: 55/100 enabling (enabling 7 · …)\n'
 */
export function formatStylishSummary(summary: LintSummary, ctx: StylishContext): string {
  const { t, colors } = ctx;
  const files = t.plural('stylish.files', summary.files);
  let line =
    summary.errors + summary.warnings > 0
      ? (summary.errors > 0 ? colors.red : colors.yellow)(
          `✖ ${t.t('stylish.summary.problems', {
            errors: t.plural('stylish.errors', summary.errors),
            warnings: t.plural('stylish.warnings', summary.warnings),
            files,
          })}`,
        )
      : colors.green(`✔ ${t.t('stylish.summary.clean', { files })}`);
  if (summary.files > 0) {
    const balance =
      summary.balance.score === null
        ? t.t('stylish.noScore')
        : t.t('stylish.score', { score: summary.balance.score });
    line += colors.dim(` · ${t.t('stylish.summary.balance', { balance })}`);
  }
  if (summary.fixed > 0) line += colors.dim(` · ${t.plural('stylish.fixed', summary.fixed)}`);
  if (summary.skipped > 0) line += colors.dim(` · ${t.plural('stylish.summary.skipped', summary.skipped)}`);
  const lines = [line];
  if (summary.files > 1) {
    lines.push(`  ${t.t('stylish.summary.total', { balance: formatBalance(summary.balance, ctx) })}`);
  }
  return `${lines.join('\n')}\n`;
}

function formatCounts(result: LintFileResult, { t, colors }: StylishContext): string {
  const parts = TONE_LABELS.filter((label) => result.counts[label] > 0).map((label) =>
    paintByVoice(colors, label, `${labelName(t, label)} ${result.counts[label]}`),
  );
  return parts.length > 0 ? parts.join(colors.dim(' · ')) : colors.dim('—');
}

function formatBalance(balance: Balance, { t, colors }: StylishContext): string {
  const score =
    balance.score === null
      ? colors.dim(t.t('stylish.noScore'))
      : colors.bold(t.t('stylish.score', { score: balance.score }));
  const voices = (['enabling', 'restrictive', 'guidance', 'neutral'] as const)
    .map((voice) => `${t.t(`voice.${voice}`)} ${balance[voice]}`)
    .join(' · ');
  return `${score} ${colors.dim(`(${voices})`)}`;
}

const SEVERITY_PAINT: Record<Severity, (c: Colors) => (text: string) => string> = {
  error: (c) => c.red,
  warning: (c) => c.yellow,
  info: (c) => c.blue,
};

/**
 * Diagnostic lines with their columns aligned (widths measured before coloring), each followed by
 * its suggestions' titles, indented under the message.
 */
function formatDiagnostics(diagnostics: readonly Diagnostic[], { t, colors }: StylishContext): string[] {
  const rows = diagnostics.map((d) => ({
    place: `${d.start.line}:${d.start.column}`,
    severity: t.t(`severity.${d.severity}`),
    paint: SEVERITY_PAINT[d.severity](colors),
    message: oneLine(d.message),
    ruleId: d.ruleId,
    suggestions: (d.suggestions ?? []).map((s) => ({ title: oneLine(s.title), safe: s.safe === true })),
  }));
  const placeWidth = Math.max(0, ...rows.map((r) => r.place.length));
  const severityWidth = Math.max(0, ...rows.map((r) => r.severity.length));
  const indent = ' '.repeat(2 + placeWidth + 2 + severityWidth + 2);
  return rows.flatMap((r) => [
    `  ${colors.dim(r.place.padEnd(placeWidth))}  ${r.paint(r.severity.padEnd(severityWidth))}  ${r.message}  ${colors.dim(r.ruleId)}`,
    ...r.suggestions.map(
      (s) =>
        `${indent}${colors.cyan(t.t('stylish.suggestion', { title: s.title }))}${s.safe ? ` ${colors.dim(t.t('stylish.safe'))}` : ''}`,
    ),
  ]);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
