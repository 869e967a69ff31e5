/** Front matter → PartMeta: the keys Charte reads, checked; every other key kept as it was. */

import type { LineIndex } from '../document/line-index.js';
import { langFromTag } from '../language/index.js';
import type { Diagnostic, FrontMatter, Lang } from '../types.js';
import { isoDate, parseCalendarDate } from './dates.js';
import { type CharterMessageKey, charterMessage } from './messages.js';
import type { PartMeta } from './types.js';

export const FRONT_MATTER_FIELD_RULE = 'charter/front-matter';

const KNOWN = new Set(['title', 'date', 'modif', 'categories', 'author', 'cover', 'lang', 'part', 'order']);

export function emptyMeta(): PartMeta {
  return {
    title: null,
    date: null,
    modified: null,
    categories: [],
    author: null,
    cover: null,
    lang: null,
    part: null,
    order: null,
    extra: {},
  };
}

/** A real calendar date `YYYY-MM-DD`, or the date part of `YYYY-MM-DD[T ]time`; null otherwise. */
export function calendarDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  // A time after the date (`2012-08-27 10:00`) is allowed and dropped.
  const date = parseCalendarDate(/^\d{4}-\d{2}-\d{2}(?=$|[T ][\d:.+\-Z ]*$)/.exec(value.trim())?.[0]);
  return date ? isoDate(date) : null;
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function shown(value: unknown): string {
  const s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/**
 * Reads the front matter of one file. Problems (a bad date, an unknown language, a title that is a
 * list) become warnings pointing at the key's line; the value is then left out, never guessed.
 */
export function readMeta(
  frontMatter: FrontMatter | null,
  source: string,
  lines: LineIndex,
  lang: Lang,
): { meta: PartMeta; diagnostics: Diagnostic[] } {
  const meta = emptyMeta();
  const diagnostics: Diagnostic[] = [];
  if (!frontMatter) return { meta, diagnostics };
  const data = frontMatter.data;

  const keyLine = (key: string): { line: number; start: number; end: number } => {
    const first = frontMatter.start.line + 1;
    const pattern = new RegExp(`^\\s*["']?${key}["']?\\s*:`);
    for (let line = first; line < frontMatter.end.line; line++) {
      const start = lines.lineStart(line);
      const text = source.slice(start, lines.lineStart(line + 1)).replace(/\r?\n$|\r$/, '');
      if (pattern.test(text)) return { line, start, end: start + text.length };
    }
    return { line: frontMatter.start.line, start: frontMatter.start.offset, end: frontMatter.end.offset };
  };
  const problem = (key: string, messageKey: CharterMessageKey, value?: unknown) => {
    const where = keyLine(key);
    diagnostics.push({
      ruleId: FRONT_MATTER_FIELD_RULE,
      source: 'charte',
      severity: 'warning',
      message: charterMessage(lang, messageKey, {
        key,
        line: where.line,
        value: value === undefined ? '' : shown(value),
      }),
      start: lines.point(where.start),
      end: lines.point(where.end),
    });
  };

  for (const [key, value] of Object.entries(data)) {
    if (!KNOWN.has(key)) {
      meta.extra[key] = value;
      continue;
    }
    if (value === null || value === undefined || value === '') continue;
    switch (key) {
      case 'title':
      case 'author':
      case 'cover':
      case 'part': {
        const read = text(value);
        if (read === null) problem(key, 'badText');
        else meta[key] = key === 'part' ? read.toLowerCase() : read;
        break;
      }
      case 'date':
      case 'modif': {
        const read = calendarDate(value);
        if (read === null) problem(key, 'badDate', value);
        else if (key === 'date') meta.date = read;
        else meta.modified = read;
        break;
      }
      case 'categories': {
        const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : null;
        const read = list?.map(text);
        if (!read || read.some((item) => item === null)) problem(key, 'badList');
        else meta.categories = (read as string[]).filter((item) => item.length > 0);
        break;
      }
      case 'lang': {
        const read = typeof value === 'string' ? langFromTag(value) : null;
        if (read === null) problem(key, 'badLang', value);
        else meta.lang = read;
        break;
      }
      case 'order': {
        const read =
          typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
        if (!Number.isInteger(read)) problem(key, 'badOrder', value);
        else meta.order = read;
        break;
      }
    }
  }
  return { meta, diagnostics };
}
