import { type Diagnostic, TONE_LABELS, voiceOf } from '@charte/analyzer';
import type { LintFileResult, LintSummary } from '../../commands/lint-model.js';
import { displayPath } from '../../display-path.js';
import type { Translator } from '../../i18n/index.js';
import type { Review } from '../../review/api.js';
import { labelName } from '../labels.js';
import { clauseName, partName, pillarName, readabilityLine, sectionTitle } from '../review-names.js';
import { balanceChart } from './chart.js';
import { escapeHtml, safeHref } from './escape.js';
import { LABEL_COLORS, STYLES } from './styles.js';
import { charterText, sentenceOfDiagnostics } from './text.js';

export interface HtmlContext {
  t: Translator;
  /** The command's version, named in the footer. */
  version: string;
}

/** Nothing may load from outside the file: no script at all, styles inline, images only inline. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The run as ONE self-contained HTML page, in the UI language (the charter's text keeps its own
 * `lang`): per document, the score and its breakdown, balance by section as an inline SVG chart and
 * by pillar, the checklist of key clauses, the charter with each sentence colored by its label (and
 * a legend), then the diagnostics with their suggestions, linked both ways with the sentences.
 * No script, no external resource (a Content-Security-Policy forbids them); every piece of document
 * text is escaped. Prints one document per page. Needs results made with `view: true`.
 *
 * @example
 * await writeFile('report.html', formatHtml(results, summary, { t, version: '0.1.0' }));
 */
export function formatHtml(
  results: readonly LintFileResult[],
  summary: LintSummary,
  ctx: HtmlContext,
): string {
  const { t } = ctx;
  const files = results.map((result, i) => fileArticle(ctx, result, `f${i + 1}`));
  const nav =
    results.length > 1
      ? `<nav><h2>${escapeHtml(t.t('html.documents'))}</h2><ol>${results
          .map((r, i) => `<li><a href="#f${i + 1}">${escapeHtml(displayPath(t, r.path))}</a></li>`)
          .join('')}</ol></nav>`
      : '';
  const labelStyles = TONE_LABELS.map((label) => `.l-${label} { background: ${LABEL_COLORS[label]}; }`).join(
    '\n',
  );
  return `<!doctype html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="generator" content="charte ${escapeHtml(ctx.version)}">
<title>${escapeHtml(`${t.t('html.title')} · ${results.map((r) => displayPath(t, r.path)).join(', ')}`)}</title>
<style>${STYLES}${labelStyles}
</style>
</head>
<body>
<header>
<h1>${escapeHtml(t.t('html.title'))}</h1>
<p class="meta">${escapeHtml(summaryLine(t, summary))}</p>
</header>
${nav}
<main>
${files.join('\n')}
</main>
<footer>${escapeHtml(t.t('html.generator', { version: ctx.version }))}</footer>
</body>
</html>
`;
}

function summaryLine(t: Translator, summary: LintSummary): string {
  const files = t.plural('stylish.files', summary.files);
  const counts =
    summary.errors + summary.warnings > 0
      ? t.t('stylish.summary.problems', {
          errors: t.plural('stylish.errors', summary.errors),
          warnings: t.plural('stylish.warnings', summary.warnings),
          files,
        })
      : t.t('stylish.summary.clean', { files });
  const balance =
    summary.balance.score === null
      ? t.t('stylish.noScore')
      : t.t('stylish.score', { score: summary.balance.score });
  return `${counts} · ${t.t('stylish.summary.balance', { balance })}`;
}

function fileArticle(ctx: HtmlContext, result: LintFileResult, id: string): string {
  const { t } = ctx;
  const sentences = result.view?.sentences ?? [];
  const anchors = sentenceOfDiagnostics(sentences, result.diagnostics);
  const refs = new Map<number, number[]>();
  anchors.forEach((sentence, i) => {
    if (sentence !== null) refs.set(sentence, [...(refs.get(sentence) ?? []), i + 1]);
  });
  const meta = `${t.t(`lang.${result.lang}`)} · ${t.t(`format.${result.format}`)} · ${t.plural('stylish.sentences', result.sentenceCount)}`;
  const parts = [
    `<article id="${id}">`,
    `<h2>${escapeHtml(displayPath(t, result.path))}</h2>`,
    `<p class="meta">${escapeHtml(meta)}</p>`,
    result.review
      ? reviewSections(t, id, result, result.review)
      : `<p class="muted">${escapeHtml(t.t('html.noReview'))}</p>`,
    `<section><h3>${escapeHtml(t.t('html.text'))}</h3>`,
    legend(t),
    result.view ? charterText(t, id, result.lang, result.view, refs) : '',
    '</section>',
    diagnosticsSection(t, id, result.diagnostics, anchors),
    '</article>',
  ];
  return parts.join('\n');
}

function reviewSections(t: Translator, id: string, result: LintFileResult, review: Review): string {
  const percent = new Intl.NumberFormat(t.lang, { style: 'percent', maximumFractionDigits: 0 });
  const rows = review.scores.parts
    .map(
      (part) =>
        `<tr><td>${escapeHtml(partName(t, part.id))}</td><td class="num">${escapeHtml(percent.format(part.weight))}</td><td class="num ${grade(part.score)}">${meter(part.score)}${Math.round(part.score)}</td><td lang="${result.lang}">${escapeHtml(part.detail)}</td></tr>`,
    )
    .join('\n');
  const balance =
    result.balance.score === null
      ? t.t('stylish.noScore')
      : t.t('stylish.score', { score: result.balance.score });
  const chartRows = review.sections
    .filter((s) => s.balance.enabling + s.balance.restrictive > 0)
    .map((s) => ({ label: sectionTitle(t, s.title), balance: s.balance }));
  const chart =
    chartRows.length > 0
      ? `<figure>${balanceChart(chartRows, t.t('html.chart'))}<figcaption class="muted">${escapeHtml(t.t('html.chartCaption'))}</figcaption></figure>`
      : `<p class="muted">${escapeHtml(t.t('html.noChart'))}</p>`;
  const pillars = review.pillars
    .map((p) => {
      const score = p.balance.score === null ? '—' : `${p.balance.score}/100`;
      const sections = p.sections.length === 0 ? 'poor' : '';
      return `<tr><td>${escapeHtml(pillarName(t, p.pillar))}</td><td class="num">${escapeHtml(score)}</td><td class="${sections}">${escapeHtml(t.plural('score.sections', p.sections.length))}</td></tr>`;
    })
    .join('\n');
  const present = review.coverage.filter((c) => c.present).length;
  const clauses = review.coverage
    .map((c) => {
      const state = c.present ? 'present' : 'missing';
      const link =
        c.present && c.sentences.length > 0
          ? ` <a href="#${id}-s${c.sentences[0]}" title="${escapeHtml(t.t('html.toSentence'))}">→</a>`
          : '';
      return `<li class="${state}"><span class="mark" aria-label="${escapeHtml(t.t(`html.${state}`))}">${c.present ? '✓' : '✗'}</span>${escapeHtml(clauseName(t, c.clause))}${link}</li>`;
    })
    .join('\n');
  return [
    `<section><h3>${escapeHtml(t.t('html.scores'))}</h3>`,
    `<p class="overall ${grade(review.scores.overall)}">${review.scores.overall}<small>/100</small></p>`,
    `<p><strong>${escapeHtml(t.t('score.balance'))}</strong> ${escapeHtml(balance)}<br><strong>${escapeHtml(t.t('score.readability'))}</strong> ${escapeHtml(readabilityLine(t, review.readability))}</p>`,
    `<table><thead><tr><th>${escapeHtml(t.t('score.part'))}</th><th class="num">${escapeHtml(t.t('score.weight'))}</th><th class="num">${escapeHtml(t.t('score.score'))}</th><th>${escapeHtml(t.t('score.detail'))}</th></tr></thead><tbody>\n${rows}\n</tbody></table>`,
    '</section>',
    `<section><h3>${escapeHtml(t.t('html.chart'))}</h3>`,
    chart,
    `<h3>${escapeHtml(t.t('html.pillars'))}</h3>`,
    `<table><tbody>\n${pillars}\n</tbody></table>`,
    '</section>',
    `<section><h3>${escapeHtml(t.t('html.coverage'))} · ${escapeHtml(t.t('score.coverageCount', { present, total: review.coverage.length }))}</h3>`,
    `<ul class="checklist">\n${clauses}\n</ul>`,
    '</section>',
  ].join('\n');
}

function legend(t: Translator): string {
  const items = TONE_LABELS.map(
    (label) => `<li class="l-${label} v-${voiceOf(label)}">${escapeHtml(labelName(t, label))}</li>`,
  ).join('');
  return `<ul class="legend" aria-label="${escapeHtml(t.t('html.legend'))}">${items}</ul>`;
}

function diagnosticsSection(
  t: Translator,
  id: string,
  diagnostics: readonly Diagnostic[],
  anchors: readonly (number | null)[],
): string {
  const title = `<h3>${escapeHtml(t.t('html.diagnostics'))} (${diagnostics.length})</h3>`;
  if (diagnostics.length === 0)
    return `<section>${title}<p class="muted">${escapeHtml(t.t('html.noDiagnostics'))}</p></section>`;
  const items = diagnostics.map((d, i) => {
    const sentence = anchors[i];
    const href = safeHref(d.url);
    const rule = href
      ? `<a href="${escapeHtml(href)}"><code>${escapeHtml(d.ruleId)}</code></a>`
      : `<code>${escapeHtml(d.ruleId)}</code>`;
    const back =
      sentence === null
        ? ''
        : ` <a href="#${id}-s${sentence}" title="${escapeHtml(t.t('html.toSentence'))}">↑</a>`;
    const suggestions = (d.suggestions ?? [])
      .map((s) => {
        const inserted =
          s.edits.length === 1 && s.edits[0].text.trim() !== ''
            ? ` <ins>${escapeHtml(s.edits[0].text)}</ins>`
            : '';
        const safe = s.safe ? ` <span class="muted">(${escapeHtml(t.t('html.safe'))})</span>` : '';
        return `<li>${escapeHtml(s.title)}${inserted}${safe}</li>`;
      })
      .join('');
    return [
      `<li class="sev-${d.severity}" id="${id}-d${i + 1}">`,
      `<span class="place">${d.start.line}:${d.start.column}</span> <span class="sev">${escapeHtml(t.t(`severity.${d.severity}`))}</span> `,
      `${escapeHtml(d.message)} ${rule}${back}`,
      suggestions ? `<ul class="suggestions">${suggestions}</ul>` : '',
      '</li>',
    ].join('');
  });
  return `<section>${title}<ol class="diagnostics">\n${items.join('\n')}\n</ol></section>`;
}

function meter(score: number): string {
  const width = Math.max(0, Math.min(100, Math.round(score)));
  return `<span class="meter" aria-hidden="true"><span style="width:${width}%"></span></span>`;
}

function grade(score: number): string {
  if (score >= 70) return 'good';
  return score >= 40 ? 'fair' : 'poor';
}
