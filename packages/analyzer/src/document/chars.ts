/**
 * Character classes shared by the scanners. They work on UTF-16 code units so that every scanner
 * stays a single linear pass with `charCodeAt`.
 */

/**
 * Whitespace that collapses to one space in a sentence's text: ASCII spaces and line breaks, other
 * C0 controls and DEL (binary noise reads as a gap), and the Unicode spaces (U+00A0, U+202F…).
 *
 * @example
 * isSpaceCode(0xa0); // true (no-break space)
 */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return true;
  if (code < 0x7f) return false;
  if (code === 0x7f || code === 0x85 || code === 0xa0) return true;
  if (code < 0x1680) return false;
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * ASCII letters and digits.
 *
 * @example
 * isAsciiAlnum('7'.charCodeAt(0)); // true
 */
export function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/**
 * ASCII letters.
 *
 * @example
 * isAsciiAlpha('é'.charCodeAt(0)); // false
 */
export function isAsciiAlpha(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
}

/**
 * ASCII digits.
 *
 * @example
 * isDigitCode('5'.charCodeAt(0)); // true
 */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * ASCII punctuation as CommonMark defines it (what a backslash may escape).
 *
 * @example
 * isAsciiPunctuation('*'.charCodeAt(0)); // true
 */
export function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  );
}

const UNICODE_PUNCTUATION = /[\p{P}\p{S}]/u;

/**
 * Unicode punctuation or symbol (CommonMark's definition for delimiter runs).
 *
 * @example
 * isPunctuationChar('«'); // true
 */
export function isPunctuationChar(ch: string): boolean {
  if (ch.length === 0) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return isAsciiPunctuation(code);
  return UNICODE_PUNCTUATION.test(ch);
}

const UPPER = /^[\p{Lu}\p{Lt}]/u;
const LOWER = /^\p{Ll}/u;

/**
 * Whether the character at `index` is an uppercase (or titlecase) letter.
 *
 * @example
 * isUpperAt('la École', 3); // true
 */
export function isUpperAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER.test(text.slice(index, index + 2));
}

/**
 * Whether the character at `index` is a lowercase letter.
 *
 * @example
 * isLowerAt('Élève', 1); // true
 */
export function isLowerAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWER.test(text.slice(index, index + 2));
}
