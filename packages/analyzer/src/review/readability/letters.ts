/** Character classes shared by the word scanners of both languages. */

/** Lowercase of a Latin letter's code (ASCII, Latin-1, Œ); other codes unchanged. */
export function lowerCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return code + 32;
  if (code === 0x152) return 0x153;
  return code;
}

/** Apostrophes and hyphens join words (« l’élève », « e-mail ») and split no vowel group. */
export function isJoinerCode(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 0x2011;
}

/** ASCII letters and digits, then Latin-1 and later letters (accents, œ…), not punctuation, symbols or emoji. */
export function isWordCode(code: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return (
    code >= 0xc0 &&
    code !== 0xd7 &&
    code !== 0xf7 &&
    !(code >= 0x2000 && code <= 0x2bff) &&
    !(code >= 0xd800 && code <= 0xdfff)
  );
}

/** Whether the word goes on after position `i` (a joiner followed by a word character). */
export function continuesWord(text: string, i: number, code: number): boolean {
  return isJoinerCode(code) && i + 1 < text.length && isWordCode(text.charCodeAt(i + 1));
}

/** Words and syllables of a piece of text. */
export interface TextMeasure {
  words: number;
  syllables: number;
}
