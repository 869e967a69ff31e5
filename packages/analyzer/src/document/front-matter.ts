import { parseDocument as parseYaml } from 'yaml';

/** Where a front matter block sits in the source. Offsets 0-based, ends exclusive. */
export interface FrontMatterSpan {
  /** Start of the opening `---` line. */
  start: number;
  /** End of the closing `---` or `...` line (before its line end). */
  end: number;
  /** The text between the delimiter lines. */
  contentStart: number;
  contentEnd: number;
  /** What follows the opening `---` (`js` in `---js`); '' for plain YAML. */
  language: string;
}

/** Why front matter could not be read. Offsets 0-based in the source. */
export interface FrontMatterProblem {
  kind: 'yaml' | 'language' | 'not-mapping' | 'too-large';
  start: number;
  end: number;
  /** The YAML parser's own words, or the unsupported language. */
  detail: string;
  code?: string;
}

export interface ParsedFrontMatter {
  data: Record<string, unknown>;
  problems: FrontMatterProblem[];
}

/** Front matter longer than this is not parsed: real headers are tiny, and YAML parsing is slow. */
export const MAX_FRONT_MATTER_LENGTH = 100_000;

const OPENING = /^---([A-Za-z][\w-]*)?[ \t]*$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

/** End of the line that starts at `start` (before `\r` or `\n`). */
function lineEnd(source: string, start: number): number {
  let i = start;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) break;
    i++;
  }
  return i;
}

/** Start of the line after the one that ends at `end`. */
function nextLine(source: string, end: number): number {
  if (source.charCodeAt(end) === 0x0d && source.charCodeAt(end + 1) === 0x0a) return end + 2;
  return end + 1;
}

/**
 * Finds front matter: a `---` line at the very start of the source (after an optional BOM), up to
 * the next `---` or `...` line. Without a closing line there is no front matter.
 *
 * @example
 * findFrontMatter('---\ntitle: Charte\n---\n# Titre'); // { start: 0, end: 21, contentStart: 4, contentEnd: 18, language: '' }
 */
export function findFrontMatter(source: string): FrontMatterSpan | null {
  const start = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!source.startsWith('---', start)) return null;
  const openEnd = lineEnd(source, start);
  const opening = OPENING.exec(source.slice(start, openEnd));
  if (!opening || openEnd >= source.length) return null;
  const contentStart = nextLine(source, openEnd);
  let line = contentStart;
  while (line < source.length) {
    const end = lineEnd(source, line);
    // Delimiter lines are short: only those are tested.
    if (end - line <= 16 && CLOSING.test(source.slice(line, end))) {
      return { start, end, contentStart, contentEnd: line, language: opening[1] ?? '' };
    }
    line = nextLine(source, end);
  }
  return null;
}

/**
 * Parses front matter as YAML (never evaluates anything: `---js` is refused, not run). Problems
 * are returned, never thrown; the data is an empty object when the YAML is not a clean mapping.
 *
 * @example
 * const span = findFrontMatter(src)!;
 * parseFrontMatter(src, span).data.title;
 */
export function parseFrontMatter(source: string, span: FrontMatterSpan): ParsedFrontMatter {
  const language = span.language.toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return {
      data: {},
      problems: [
        { kind: 'language', start: span.start, end: lineEnd(source, span.start), detail: span.language },
      ],
    };
  }
  if (span.contentEnd - span.contentStart > MAX_FRONT_MATTER_LENGTH) {
    return {
      data: {},
      problems: [
        {
          kind: 'too-large',
          start: span.start,
          end: lineEnd(source, span.start),
          detail: String(span.contentEnd - span.contentStart),
        },
      ],
    };
  }
  const text = source.slice(span.contentStart, span.contentEnd);
  const problems: FrontMatterProblem[] = [];
  let value: unknown = null;
  try {
    const doc = parseYaml(text, { prettyErrors: false, logLevel: 'silent' });
    // The first error is the cause; the ones after it mostly follow from it.
    const error = doc.errors[0];
    if (error) {
      const [from, to] = error.pos;
      problems.push({
        kind: 'yaml',
        start: span.contentStart + Math.min(from, text.length),
        end: span.contentStart + Math.min(Math.max(to, from), text.length),
        detail: firstLine(error.message),
        code: error.code,
      });
    }
    if (problems.length === 0) value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Alias bombs and other limits throw from toJS; report them like any other YAML error.
    problems.push({
      kind: 'yaml',
      start: span.contentStart,
      end: span.contentEnd,
      detail: error instanceof Error ? firstLine(error.message) : String(error),
    });
  }
  if (problems.length > 0) return { data: {}, problems };
  if (value === null || value === undefined) return { data: {}, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      data: {},
      problems: [
        { kind: 'not-mapping', start: span.contentStart, end: span.contentEnd, detail: typeof value },
      ],
    };
  }
  return { data: value as Record<string, unknown>, problems };
}

function firstLine(message: string): string {
  const newline = message.indexOf('\n');
  return (newline < 0 ? message : message.slice(0, newline)).replace(/:$/, '').trim();
}
