import type { CharterDiff, Delta, DiffSentence, SentenceChange, ToneLabel } from '@charte/analyzer';
import type { DiffPair } from '../commands/diff.js';
import type { Translator } from '../i18n/index.js';
import type { Colors } from './colors.js';
import { labelName, paintByVoice } from './labels.js';
import { clauseName, sectionTitle } from './review-names.js';

export interface DiffStylishContext {
  t: Translator;
  colors: Colors;
}

/**
 * The diff for a reviewer: a `---`/`+++` header with the two names, then per document a summary
 * (sentences added, removed, changed, moved, label changes; balance, score and clauses before → after)
 * and each change at its line (the new version's line, the old one's for a removed sentence), with
 * `-`/`+` lines colored on a terminal and label changes as `prohibition → permission`.
 *
 * @example
 * formatDiffStylish('HEAD:charte.md', 'charte.md', pairs, { t, colors })
 * // → '--- HEAD:charte.md\n+++ charte.md\n  +1 added · -0 removed · ~1 changed …'
 */
export function formatDiffStylish(
  old: string,
  next: string,
  pairs: readonly DiffPair[],
  ctx: DiffStylishContext,
): string {
  const { t, colors } = ctx;
  const lines = [colors.red(`--- ${old}`), colors.green(`+++ ${next}`)];
  const many = pairs.length !== 1 || pairs[0].old !== old;
  for (const pair of pairs) {
    if (many) {
      lines.push('', colors.underline(pairTitle(t, pair)));
    }
    lines.push(...formatOne(pair.diff, ctx));
  }
  if (pairs.length === 0) lines.push(`  ${t.t('diff.noDocuments')}`);
  return `${lines.join('\n')}\n`;
}

function pairTitle(t: Translator, pair: DiffPair): string {
  if (pair.old === null) return t.t('diff.onlyNew', { path: pair.new ?? '' });
  if (pair.new === null) return t.t('diff.onlyOld', { path: pair.old });
  return `${pair.old} → ${pair.new}`;
}

function formatOne(diff: CharterDiff, { t, colors }: DiffStylishContext): string[] {
  const { summary } = diff;
  const counts = [
    colors.green(t.plural('diff.added', summary.added)),
    colors.red(t.plural('diff.removed', summary.removed)),
    colors.yellow(t.plural('diff.changed', summary.changed)),
    t.plural('diff.moved', summary.moved),
    t.plural('diff.labelChanges', summary.labelChanges),
  ];
  const gained = diff.coverage.gained.map((c) => colors.green(`+${clauseName(t, c)}`));
  const lost = diff.coverage.lost.map((c) => colors.red(`−${clauseName(t, c)}`));
  const lines = [
    `  ${counts.join(' · ')}`,
    `  ${t.t('diff.balance', deltaParams(diff.balance, '/100'))} · ${t.t('diff.score', deltaParams(diff.score, '/100'))}`,
    `  ${t.t('diff.clauses')} ${gained.length + lost.length === 0 ? t.t('diff.noClauseChange') : [...gained, ...lost].join(' · ')}`,
  ];

  if (diff.changes.length === 0) {
    lines.push('', `  ${colors.dim(t.t('diff.identical'))}`);
  } else {
    const where = diff.changes.map((c) => location(t, c));
    const width = Math.max(...where.map((w) => w.length));
    const indent = ' '.repeat(width + 4);
    lines.push('');
    diff.changes.forEach((change, i) => {
      const at = `  ${where[i].padEnd(width)}  `;
      lines.push(...formatChange(change, at, indent, { t, colors }));
    });
  }

  const sections = diff.sections.filter((s) => !s.inOld || !s.inNew || s.old !== s.new);
  if (sections.length > 0) {
    lines.push('', `  ${t.t('diff.bySection')}`);
    const titles = sections.map((s) => sectionTitle(t, s.title));
    const width = Math.max(...titles.map((title) => title.length));
    sections.forEach((s, i) => {
      const note = !s.inOld
        ? ` ${colors.green(t.t('diff.sectionAdded'))}`
        : !s.inNew
          ? ` ${colors.red(t.t('diff.sectionRemoved'))}`
          : '';
      lines.push(`    ${titles[i].padEnd(width)}  ${t.t('diff.delta', deltaParams(s, '/100'))}${note}`);
    });
  }
  return lines;
}

function location(t: Translator, change: SentenceChange): string {
  const at = change.kind === 'removed' ? change.old : change.new;
  const line = t.t(change.kind === 'removed' ? 'diff.lineOld' : 'diff.lineNew', { line: at.line });
  // In a charter folder, the file comes before the line.
  return at.path ? `${at.path} ${line}` : line;
}

function formatChange(
  change: SentenceChange,
  at: string,
  indent: string,
  { t, colors }: DiffStylishContext,
): string[] {
  const minus = (s: DiffSentence) => colors.red(`- ${s.text}`);
  const plus = (s: DiffSentence) => colors.green(`+ ${s.text}`);
  const label = (s: DiffSentence) => colors.dim(`(${labelName(t, s.label)})`);
  switch (change.kind) {
    case 'added':
      return [`${at}${plus(change.new)}  ${label(change.new)}`];
    case 'removed':
      return [`${at}${minus(change.old)}  ${label(change.old)}`];
    case 'changed':
      return [
        `${at}${colors.yellow(`~ ${t.t('diff.reworded')}`)}${labelShift(t, colors, change.old.label, change.new.label)}`,
        `${indent}${minus(change.old)}`,
        `${indent}${plus(change.new)}`,
      ];
    case 'moved':
      return [
        `${at}${t.t('diff.movedFrom', { line: change.old.path ? `${change.old.line} (${change.old.path})` : change.old.line })}${labelShift(t, colors, change.old.label, change.new.label)}`,
        `${indent}  ${change.new.text}`,
      ];
    case 'relabeled':
      return [
        `${at}${t.t('diff.relabeled')}${labelShift(t, colors, change.old.label, change.new.label)}`,
        `${indent}  ${change.new.text}`,
      ];
  }
}

/** `: prohibition → permission` when the label changed, else the label alone in parentheses. */
function labelShift(t: Translator, colors: Colors, from: ToneLabel, to: ToneLabel): string {
  if (from === to) return `  ${colors.dim(`(${labelName(t, to)})`)}`;
  return `  ${paintByVoice(colors, from, labelName(t, from))} → ${paintByVoice(colors, to, labelName(t, to))}`;
}

/** `{old}`, `{new}` and `{delta}` for a message: `—` for a missing value, a sign on the delta. */
function deltaParams(d: Delta, unit: string): { old: string; new: string; delta: string } {
  const value = (n: number | null) => (n === null ? '—' : `${n}${unit}`);
  const delta = d.delta === null ? '—' : d.delta > 0 ? `+${d.delta}` : d.delta < 0 ? `−${-d.delta}` : '±0';
  return { old: value(d.old), new: value(d.new), delta };
}
