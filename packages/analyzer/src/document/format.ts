import type { ParseOptions, SourceFormat } from '../types.js';

const EXTENSIONS: Record<string, SourceFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  txt: 'text',
  text: 'text',
};

const FORMATS: readonly SourceFormat[] = ['markdown', 'html', 'text'];

/**
 * The source's format: `options.format`, else the path's extension (.md/.markdown, .html/.htm,
 * .txt), else the content (`<!doctype` or `<html` first → HTML), else Markdown.
 * `from` is where the content starts (after front matter).
 *
 * @example
 * detectFormat('<!DOCTYPE html><p>x</p>', {}); // 'html'
 * detectFormat('# Titre', { path: 'charte.txt' }); // 'text'
 */
export function detectFormat(source: string, options: ParseOptions, from = 0): SourceFormat {
  if (options.format && FORMATS.includes(options.format)) return options.format;
  if (typeof options.path === 'string') {
    const match = /\.([A-Za-z]+)$/.exec(options.path);
    const byExtension = match ? EXTENSIONS[match[1].toLowerCase()] : undefined;
    if (byExtension) return byExtension;
  }
  const head = source.slice(from, from + 512).replace(/^[\uFEFF\s]+/, '');
  return /^<(?:!doctype|html[\s>])/i.test(head) ? 'html' : 'markdown';
}
