import { type Diagnostic, voiceOf } from '@charte/analyzer';
import type { BlockView, DocumentView, LintSentence } from '../../commands/lint-model.js';
import type { Translator } from '../../i18n/index.js';
import { labelName } from '../labels.js';
import { escapeHtml } from './escape.js';

/**
 * For each diagnostic (by its position in `diagnostics`), the sentence it starts in, or null.
 *
 * @example
 * sentenceOfDiagnostics(view.sentences, result.diagnostics) // → [4, null, 12, …]
 */
export function sentenceOfDiagnostics(
  sentences: readonly LintSentence[],
  diagnostics: readonly Diagnostic[],
): (number | null)[] {
  return diagnostics.map((d) => {
    const at = d.start.offset;
    // Sentences come in source order: the last one starting at or before `at`.
    let low = 0;
    let high = sentences.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (sentences[mid].start.offset <= at) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found >= 0 && at < Math.max(sentences[found].end.offset, sentences[found].start.offset + 1)
      ? sentences[found].index
      : null;
  });
}

/**
 * The charter's text laid out again from its blocks (headings, paragraphs, list items, quotes), each
 * sentence in a span colored by its label, with links to the diagnostics that point into it.
 * `id` prefixes every anchor so several documents fit in one page.
 *
 * @example
 * charterText(t, 'f1', view, refs) // → '<div class="charter" lang="fr"><h4>…</h4><p><span class="s l-prohibition v-restrictive" …>'
 */
export function charterText(
  t: Translator,
  id: string,
  lang: string,
  view: DocumentView,
  refs: ReadonlyMap<number, readonly number[]>,
): string {
  const out: string[] = [];
  let inList = false;
  for (const block of view.blocks) {
    const content = blockContent(t, id, block, view.sentences, refs);
    if (content === '') continue;
    if (block.kind === 'listItem' && !inList) out.push('<ul>');
    if (block.kind !== 'listItem' && inList) out.push('</ul>');
    inList = block.kind === 'listItem';
    out.push(wrap(block, content));
  }
  if (inList) out.push('</ul>');
  if (out.length === 0) return `<p class="muted">${escapeHtml(t.t('html.noText'))}</p>`;
  return `<div class="charter" lang="${escapeHtml(lang)}">\n${out.join('\n')}\n</div>`;
}

function blockContent(
  t: Translator,
  id: string,
  block: BlockView,
  sentences: readonly LintSentence[],
  refs: ReadonlyMap<number, readonly number[]>,
): string {
  const spans: string[] = [];
  for (let i = block.sentences[0]; i < block.sentences[1]; i++) {
    const s = sentences[i];
    if (s === undefined) continue;
    const title = t.t('html.sentenceTitle', {
      label: labelName(t, s.label),
      confidence: Math.round(s.confidence * 100),
    });
    const marks = (refs.get(s.index) ?? [])
      .map(
        (n) =>
          `<a class="ref" href="#${id}-d${n}" title="${escapeHtml(t.t('html.toDiagnostic', { number: n }))}">${n}</a>`,
      )
      .join('');
    spans.push(
      `<span class="s l-${s.label} v-${voiceOf(s.label)}" id="${id}-s${s.index}" title="${escapeHtml(title)}">${escapeHtml(s.text)}</span>${marks}`,
    );
  }
  return spans.join(' ');
}

function wrap(block: BlockView, content: string): string {
  switch (block.kind) {
    case 'heading': {
      // The report's own headings go to h3; the charter's start at h4.
      const level = Math.min(6, 3 + Math.max(1, block.depth));
      return `<h${level}>${content}</h${level}>`;
    }
    case 'listItem':
      return `<li>${content}</li>`;
    case 'quote':
      return `<blockquote><p>${content}</p></blockquote>`;
    default:
      return `<p>${content}</p>`;
  }
}
