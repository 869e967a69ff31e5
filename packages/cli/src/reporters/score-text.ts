import type { Balance } from '@charte/analyzer';
import type { LintFileResult } from '../commands/lint-model.js';
import { displayPath } from '../display-path.js';
import type { Translator } from '../i18n/index.js';
import type { Colors } from './colors.js';
import { clauseName, partName, pillarName, readabilityLine, sectionTitle } from './review-names.js';

export interface ScoreTextContext {
  t: Translator;
  colors: Colors;
}

/** Cells of the balance bars. */
const BAR_WIDTH = 20;
/** Longest section title shown in full; longer ones are cut with an ellipsis. */
const TITLE_WIDTH = 40;

/**
 * The score breakdown of one document, for people: the overall score and balance, each part with
 * its weight, score and what it measured, balance by section (with a bar) and by pillar, the
 * checklist of key clauses and readability.
 *
 * @example
 * formatScoreText(result, { t, colors })
 * // → 'charte.md  (French, Markdown) · 48 sentences\n  overall score  54/100\n  …'
 */
export function formatScoreText(result: LintFileResult, ctx: ScoreTextContext): string {
  const { t, colors } = ctx;
  const header = t.t('stylish.fileHeader', {
    path: displayPath(t, result.path),
    lang: t.t(`lang.${result.lang}`),
    format: t.t(`format.${result.format}`),
  });
  const lines = [
    `${colors.underline(header)} ${colors.dim(`· ${t.plural('stylish.sentences', result.sentenceCount)}`)}`,
  ];
  const review = result.review;
  if (review === null) return `${[...lines, `  ${t.t('score.noReview')}`].join('\n')}\n`;

  const head = [t.t('score.overall'), t.t('score.balance')];
  const headWidth = Math.max(...head.map((h) => h.length));
  lines.push(
    `  ${head[0].padEnd(headWidth)}  ${colors.bold(paintScore(colors, review.scores.overall, `${review.scores.overall}/100`))}`,
    `  ${head[1].padEnd(headWidth)}  ${balanceText(t, result.balance)}`,
    '',
  );

  const percent = new Intl.NumberFormat(t.lang, { style: 'percent', maximumFractionDigits: 0 });
  const parts = review.scores.parts.map((part) => ({
    name: partName(t, part.id),
    weight: percent.format(part.weight),
    score: String(Math.round(part.score)),
    value: part.score,
    detail: part.detail,
  }));
  const nameWidth = Math.max(t.t('score.part').length, ...parts.map((p) => p.name.length));
  const weightWidth = Math.max(t.t('score.weight').length, ...parts.map((p) => p.weight.length));
  const scoreWidth = Math.max(t.t('score.score').length, 3);
  lines.push(
    colors.dim(
      `  ${t.t('score.part').padEnd(nameWidth)}  ${t.t('score.weight').padStart(weightWidth)}  ${t.t('score.score').padStart(scoreWidth)}  ${t.t('score.detail')}`,
    ),
    ...parts.map(
      (p) =>
        `  ${p.name.padEnd(nameWidth)}  ${p.weight.padStart(weightWidth)}  ${paintScore(colors, p.value, p.score.padStart(scoreWidth))}  ${p.detail}`,
    ),
    '',
  );

  const sections = review.sections.filter((s) => s.balance.enabling + s.balance.restrictive > 0);
  lines.push(`  ${t.t('score.bySection')}`);
  const titles = sections.map((s) => cut(sectionTitle(t, s.title)));
  const titleWidth = Math.max(0, ...titles.map((title) => title.length));
  sections.forEach((s, i) => {
    lines.push(
      `    ${titles[i].padEnd(titleWidth)}  ${balanceBar(colors, s.balance)}  ${voicesText(t, s.balance)}`,
    );
  });
  if (sections.length === 0) lines.push(`    ${colors.dim(t.t('html.noChart'))}`);

  lines.push(`  ${t.t('score.byPillar')}`);
  const pillarNames = review.pillars.map((p) => pillarName(t, p.pillar));
  const pillarWidth = Math.max(0, ...pillarNames.map((name) => name.length));
  review.pillars.forEach((p, i) => {
    const score = p.balance.score === null ? colors.dim('—'.padEnd(7)) : `${p.balance.score}/100`.padEnd(7);
    const count =
      p.sections.length === 0
        ? colors.red(t.plural('score.sections', 0))
        : t.plural('score.sections', p.sections.length);
    lines.push(`    ${pillarNames[i].padEnd(pillarWidth)}  ${score}  ${count}`);
  });

  const present = review.coverage.filter((c) => c.present).length;
  lines.push(
    `  ${t.t('score.coverage')}  ${t.t('score.coverageCount', { present, total: review.coverage.length })}`,
    ...review.coverage.map((c) =>
      c.present
        ? `    ${colors.green('✓')} ${clauseName(t, c.clause)}`
        : `    ${colors.red('✗')} ${clauseName(t, c.clause)}`,
    ),
    `  ${t.t('score.readability')}  ${readabilityLine(t, review.readability)}`,
  );
  return `${lines.join('\n')}\n`;
}

/** A balance as `57/100 enabling (enabling 4 · restrictive 3 · …)`. */
export function balanceText(t: Translator, balance: Balance): string {
  const score =
    balance.score === null ? t.t('stylish.noScore') : t.t('stylish.score', { score: balance.score });
  return `${score} (${voicesText(t, balance)})`;
}

function voicesText(t: Translator, balance: Balance): string {
  return (['enabling', 'restrictive', 'guidance', 'neutral'] as const)
    .map((voice) => `${t.t(`voice.${voice}`)} ${balance[voice]}`)
    .join(' · ');
}

/** `57/100 ███████████░░░░░░░░░`: the enabling share in green, the restrictive one in red. */
function balanceBar(colors: Colors, balance: Balance): string {
  if (balance.score === null) return colors.dim(`${'—'.padEnd(7)} ${'·'.repeat(BAR_WIDTH)}`);
  const filled = Math.round((balance.score / 100) * BAR_WIDTH);
  return `${`${balance.score}/100`.padEnd(7)} ${colors.green('█'.repeat(filled))}${colors.red('░'.repeat(BAR_WIDTH - filled))}`;
}

function paintScore(colors: Colors, score: number, text: string): string {
  if (score >= 70) return colors.green(text);
  return score >= 40 ? colors.yellow(text) : colors.red(text);
}

function cut(text: string): string {
  return text.length <= TITLE_WIDTH ? text : `${text.slice(0, TITLE_WIDTH - 1)}…`;
}
