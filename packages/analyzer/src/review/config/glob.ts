/**
 * A small glob matcher for `overrides[].files`, with no dependency: `*` (any characters but `/`),
 * `**` (any number of folders, as a whole path segment), `?` (one character but `/`), `{a,b}`
 * (alternatives, nested allowed) and `\` to escape. A pattern without `/` matches the file's name in
 * any folder (like `.gitignore`); a pattern with `/` matches the whole relative path; a leading `/`
 * or `./` anchors a pattern without other `/` at the root; a trailing `/` matches everything inside.
 */

/** Brace expansion stops here: a pattern is a short human string, not a combinatorial bomb. */
const MAX_EXPANSIONS = 256;

/**
 * A path as patterns see it: `/` separators, no leading `./`, no repeated `/`.
 *
 * @example
 * normalizePath('.\\docs\\\\charte.md') // → 'docs/charte.md'
 */
export function normalizePath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/\/{2,}/g, '/')
    .replace(/^(?:\.\/)+/, '');
}

/**
 * Expands `{a,b}` alternatives, nested ones included; a brace without a top-level comma is literal.
 *
 * @example
 * expandBraces('docs/{fr,en}/*.{md,html}') // → ['docs/fr/*.md', 'docs/fr/*.html', 'docs/en/*.md', 'docs/en/*.html']
 */
export function expandBraces(pattern: string): string[] {
  const out: string[] = [];
  const pending = [pattern];
  while (pending.length > 0 && out.length + pending.length <= MAX_EXPANSIONS) {
    const current = pending.shift() as string;
    const group = firstGroup(current);
    if (group === null) {
      out.push(current);
      continue;
    }
    const { open, close, commas } = group;
    const before = current.slice(0, open);
    const after = current.slice(close + 1);
    const bounds = [open, ...commas, close];
    for (let i = 0; i + 1 < bounds.length; i++) {
      pending.push(before + current.slice(bounds[i] + 1, bounds[i + 1]) + after);
    }
  }
  // Past the cap, what is left is kept unexpanded: it can only match fewer paths, never more.
  return [...out, ...pending];
}

/** The first `{…}` with a comma at its own depth; null when there is none. */
function firstGroup(pattern: string): { open: number; close: number; commas: number[] } | null {
  for (let start = 0; start < pattern.length; start++) {
    if (pattern[start] === '\\') {
      start++;
      continue;
    }
    if (pattern[start] !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    for (let i = start; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === ',' && depth === 1) commas.push(i);
      else if (c === '}' && --depth === 0) {
        if (commas.length > 0) return { open: start, close: i, commas };
        break;
      }
    }
  }
  return null;
}

/** One path segment (no `/`) as a regular expression. */
function segmentSource(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) out += escapeChar(segment[++i]);
    else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += escapeChar(c);
  }
  return out;
}

function escapeChar(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/** A brace-free pattern as a regular expression source, anchored at both ends. */
function patternSource(pattern: string, anchored: boolean): string {
  let p = pattern;
  if (p.endsWith('/')) p += '**';
  if (!anchored && !p.includes('/') && p !== '**') p = `**/${p}`;
  const segments = p.split('/');
  let out = '';
  segments.forEach((segment, i) => {
    if (segment === '**') {
      // Zero or more whole folders: "**/x" matches "x" and "a/b/x"; "a/**/b" matches "a/b".
      if (segments.length === 1) out += '.*';
      else out += i === 0 ? '(?:.*/)?' : '(?:/.*)?';
      return;
    }
    const afterLeadingGlobstar = i === 1 && segments[0] === '**';
    out += (i > 0 && !afterLeadingGlobstar ? '/' : '') + segmentSource(segment);
  });
  return `^${out}$`;
}

/**
 * Compiles a glob into one regular expression over normalized relative paths.
 *
 * @example
 * globToRegExp('docs/**\/*.md').test('docs/fr/charte.md') // → true
 */
export function globToRegExp(pattern: string): RegExp {
  // In a pattern a backslash escapes (as in .gitignore); only paths turn backslashes into "/".
  let p = pattern.trim().replace(/\/{2,}/g, '/');
  const anchored = /^\.?\//.test(p);
  p = p.replace(/^(?:\.?\/)+/, '');
  const sources = expandBraces(p).map((expanded) => patternSource(expanded, anchored));
  return new RegExp(sources.length === 1 ? sources[0] : sources.map((s) => `(?:${s})`).join('|'));
}

/**
 * Whether a path matches any of the patterns. An empty pattern matches nothing.
 *
 * @example
 * matchesGlob('docs/fr/charte.md', ['*.md']) // → true (a pattern without "/" matches the name anywhere)
 * matchesGlob('docs/fr/charte.md', ['fr/*.md']) // → false (a pattern with "/" matches the whole path)
 */
export function matchesGlob(path: string, patterns: readonly string[]): boolean {
  const normalized = normalizePath(path);
  return patterns.some((pattern) => pattern.trim() !== '' && globToRegExp(pattern).test(normalized));
}
