import type { Balance } from '@charte/analyzer';
import { escapeHtml } from './escape.js';

/** One bar of the chart. */
export interface ChartRow {
  label: string;
  balance: Balance;
  /** Where the row's label links to (an anchor in the report), if anywhere. */
  href?: string;
}

const WIDTH = 640;
const LABEL_WIDTH = 230;
const VALUE_WIDTH = 52;
const ROW = 26;
const BAR = 16;
const TOP = 8;
/** Longest label drawn; SVG text does not wrap. */
const MAX_LABEL = 34;

/**
 * A horizontal bar chart of balance, as inline SVG (no script, no external resource): one row per
 * entry, the enabling share in green and the restrictive share in red, the score at the end and a
 * dashed line at 50. Every label is escaped and given in full in a `<title>` tooltip.
 *
 * @example
 * balanceChart([{ label: 'Photos', balance: { enabling: 1, restrictive: 3, guidance: 0, neutral: 2, score: 25 } }], 'Balance by section')
 * // → '<svg class="chart" role="img" …><title>Balance by section</title>…</svg>'
 */
export function balanceChart(rows: readonly ChartRow[], title: string): string {
  const barWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = TOP * 2 + rows.length * ROW;
  const parts = rows.map((row, i) => {
    const y = TOP + i * ROW;
    const score = row.balance.score ?? 0;
    const green = Math.round((barWidth * score) / 100);
    const label = row.label.length > MAX_LABEL ? `${row.label.slice(0, MAX_LABEL - 1)}…` : row.label;
    const text = `<text class="label" x="${LABEL_WIDTH - 8}" y="${y + BAR - 3}" text-anchor="end"><title>${escapeHtml(row.label)}</title>${escapeHtml(label)}</text>`;
    const linked = row.href ? `<a href="${escapeHtml(row.href)}">${text}</a>` : text;
    return [
      linked,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${green}" height="${BAR}" fill="#2e8b57"/>`,
      `<rect x="${LABEL_WIDTH + green}" y="${y}" width="${barWidth - green}" height="${BAR}" fill="#c0392b"/>`,
      `<text class="value" x="${LABEL_WIDTH + barWidth + 6}" y="${y + BAR - 3}">${row.balance.score ?? '—'}</text>`,
    ].join('');
  });
  const middle = LABEL_WIDTH + barWidth / 2;
  return [
    `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>${escapeHtml(title)}</title>`,
    ...parts,
    `<line x1="${middle}" y1="${TOP - 4}" x2="${middle}" y2="${height - TOP + 4}" stroke="#1d1d1f" stroke-dasharray="3 3"/>`,
    '</svg>',
  ].join('\n');
}
