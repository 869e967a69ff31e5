import { isAsciiAlnum, isAsciiAlpha } from './chars.js';

/** Tags longer than this are read as text: it keeps every scan linear. */
const MAX_TAG_LENGTH = 4096;

/**
 * `indexOf` that remembers its last answer per needle, so repeated forward searches over one
 * string (an unclosed `<!--` met many times) stay linear.
 *
 * @example
 * const finder = new ForwardFinder('a --> b');
 * finder.find('-->', 0); // 2
 */
export class ForwardFinder {
  private readonly memo = new Map<string, { from: number; at: number }>();

  constructor(private readonly text: string) {}

  find(needle: string, from: number): number {
    const known = this.memo.get(needle);
    if (known && known.from <= from && (known.at < 0 || known.at >= from)) return known.at;
    const at = this.text.indexOf(needle, from);
    this.memo.set(needle, { from, at });
    return at;
  }
}

function isTagSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}

function skipTagSpaces(s: string, i: number, limit: number): number {
  while (i < limit && isTagSpace(s.charCodeAt(i))) i++;
  return i;
}

function isAttributeNameStart(code: number): boolean {
  return isAsciiAlpha(code) || code === 0x5f || code === 0x3a;
}

function isAttributeNameChar(code: number): boolean {
  return isAsciiAlnum(code) || code === 0x5f || code === 0x3a || code === 0x2e || code === 0x2d;
}

function isUnquotedValueChar(code: number): boolean {
  // Not whitespace, ", ', =, <, >, or `.
  return !(
    isTagSpace(code) ||
    code === 0x22 ||
    code === 0x27 ||
    code === 0x3d ||
    code === 0x3c ||
    code === 0x3e ||
    code === 0x60 ||
    Number.isNaN(code)
  );
}

function openTagEnd(s: string, i: number, finder: ForwardFinder): number {
  const limit = Math.min(s.length, i + MAX_TAG_LENGTH);
  let j = i + 2;
  while (j < limit && (isAsciiAlnum(s.charCodeAt(j)) || s.charCodeAt(j) === 0x2d)) j++;
  for (;;) {
    const afterSpace = skipTagSpaces(s, j, limit);
    const code = s.charCodeAt(afterSpace);
    if (afterSpace >= limit) return -1;
    if (code === 0x3e) return afterSpace + 1;
    if (code === 0x2f) return s.charCodeAt(afterSpace + 1) === 0x3e ? afterSpace + 2 : -1;
    if (afterSpace === j || !isAttributeNameStart(code)) return -1;
    j = afterSpace + 1;
    while (j < limit && isAttributeNameChar(s.charCodeAt(j))) j++;
    const beforeEquals = skipTagSpaces(s, j, limit);
    if (s.charCodeAt(beforeEquals) !== 0x3d) continue;
    let v = skipTagSpaces(s, beforeEquals + 1, limit);
    const quote = s.charCodeAt(v);
    if (quote === 0x22 || quote === 0x27) {
      const close = finder.find(quote === 0x22 ? '"' : "'", v + 1);
      if (close < 0 || close >= limit) return -1;
      j = close + 1;
    } else {
      const start = v;
      while (v < limit && isUnquotedValueChar(s.charCodeAt(v))) v++;
      if (v === start) return -1;
      j = v;
    }
  }
}

/**
 * End (exclusive) of the raw HTML construct that starts with the `<` at `i` — open or closing
 * tag, comment, processing instruction, declaration or CDATA, as CommonMark defines them — or -1.
 *
 * @example
 * htmlTagEnd('a <b class="x">c', 2, new ForwardFinder('a <b class="x">c')); // 15
 */
export function htmlTagEnd(s: string, i: number, finder: ForwardFinder): number {
  const next = s.charCodeAt(i + 1);
  if (isAsciiAlpha(next)) return openTagEnd(s, i, finder);
  if (next === 0x2f) {
    if (!isAsciiAlpha(s.charCodeAt(i + 2))) return -1;
    const limit = Math.min(s.length, i + MAX_TAG_LENGTH);
    let j = i + 3;
    while (j < limit && (isAsciiAlnum(s.charCodeAt(j)) || s.charCodeAt(j) === 0x2d)) j++;
    j = skipTagSpaces(s, j, limit);
    return s.charCodeAt(j) === 0x3e ? j + 1 : -1;
  }
  if (next === 0x21) {
    if (s.startsWith('<!--', i)) {
      if (s.startsWith('<!-->', i)) return i + 5;
      if (s.startsWith('<!--->', i)) return i + 6;
      const end = finder.find('-->', i + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith('<![CDATA[', i)) {
      const end = finder.find(']]>', i + 9);
      return end < 0 ? -1 : end + 3;
    }
    if (isAsciiAlpha(s.charCodeAt(i + 2))) {
      const end = finder.find('>', i + 2);
      return end < 0 ? -1 : end + 1;
    }
    return -1;
  }
  if (next === 0x3f) {
    const end = finder.find('?>', i + 2);
    return end < 0 ? -1 : end + 2;
  }
  return -1;
}

/**
 * Whether the tag s[start, end) is a `<br>` (open, self-closing or the `</br>` browsers accept).
 *
 * @example
 * isBreakTag('a<br />b', 1, 7); // true
 */
export function isBreakTag(s: string, start: number, end: number): boolean {
  let i = start + 1;
  if (s.charCodeAt(i) === 0x2f) i++;
  if ((s.charCodeAt(i) | 0x20) !== 0x62 || (s.charCodeAt(i + 1) | 0x20) !== 0x72) return false;
  const after = s.charCodeAt(i + 2);
  return i + 2 < end && !isAsciiAlnum(after) && after !== 0x2d;
}
