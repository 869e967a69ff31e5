/**
 * Length-preserving rewrites of the source. Parsers see these views, and since no character is
 * added or removed, every offset they report is an offset in the original source.
 */

const CR_OR_NUL = /[\r\0]/;

/**
 * What markdown-it expects: `\n` line ends and no NUL. `\r\n` becomes ` \n` (a trailing space is
 * harmless to block structure), a lone `\r` becomes `\n`, NUL becomes U+FFFD.
 *
 * @example
 * normalizeLineEnds('a\r\nb\0'); // 'a \nb\uFFFD'
 */
export function normalizeLineEnds(source: string): string {
  if (!CR_OR_NUL.test(source)) return source;
  let out = '';
  let last = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 0x0d) {
      out += source.slice(last, i) + (source.charCodeAt(i + 1) === 0x0a ? ' ' : '\n');
      last = i + 1;
    } else if (code === 0) {
      out += `${source.slice(last, i)}\uFFFD`;
      last = i + 1;
    }
  }
  return out + source.slice(last);
}

/** Replaces every character of `text` but line ends with a space. */
export function blank(text: string): string {
  return text.replace(/[^\n\r]/g, ' ');
}

/**
 * The part [start, end) of `source` where only the given ranges are kept; everything else but
 * line ends becomes spaces (e.g. the `>` markers of a quote around an HTML block). `keep` holds
 * [from, to) pairs in increasing order.
 *
 * @example
 * keepRanges('> <p>a</p>', 0, 10, [2, 10]); // '  <p>a</p>'
 */
export function keepRanges(source: string, start: number, end: number, keep: readonly number[]): string {
  let out = '';
  let at = start;
  for (let k = 0; k + 1 < keep.length; k += 2) {
    const from = Math.max(keep[k], at);
    const to = Math.min(keep[k + 1], end);
    if (to <= from) continue;
    if (from > at) out += blank(source.slice(at, from));
    out += source.slice(from, to);
    at = to;
  }
  if (at < end) out += blank(source.slice(at, end));
  return out;
}
