import type { SourceFormat } from '@charte/analyzer';
import MarkdownIt from 'markdown-it';
import { escapeHtml } from './html.js';
import { type SanitizeOptions, sanitizeHtml } from './sanitize.js';

const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false });

/**
 * Whether a Markdown body is in fact HTML: its first non-blank line is an indented tag, as in articles
 * exported from a blog (the seed). Markdown would show such a body as an indented code block.
 */
export function isIndentedHtml(body: string): boolean {
  const first = body.split(/\r?\n/).find((line) => line.trim() !== '');
  return first !== undefined && /^[ \t]+<[A-Za-z!/]/.test(first);
}

function renderText(body: string): string {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\r?\n/g, '<br>\n')}</p>`)
    .join('\n');
}

/**
 * A part's body → safe HTML. Markdown goes through markdown-it (raw HTML allowed, bare URLs linked),
 * HTML is taken as is, plain text becomes paragraphs; every result then goes through the sanitizer.
 */
export function renderBody(body: string, format: SourceFormat, options: SanitizeOptions = {}): string {
  let html: string;
  if (format === 'text') html = renderText(body);
  else if (format === 'html' || isIndentedHtml(body)) html = body;
  else html = markdown.render(body);
  return sanitizeHtml(html, options).trim();
}
