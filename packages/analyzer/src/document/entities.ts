import { DecodingMode, HtmlEntityDecoder } from 'entities/decode';

/** A decoded character reference: the text it stands for and how many source characters it took. */
export interface DecodedEntity {
  text: string;
  length: number;
}

let decoded = '';
const decoder = new HtmlEntityDecoder((codePoint) => {
  decoded += String.fromCodePoint(codePoint);
});

/**
 * Decodes the character reference that starts with the `&` at `index`, or returns null.
 * `strict` (Markdown) requires the closing `;`; otherwise HTML's legacy rules apply (`&copy` is ©).
 * Nothing at or after `limit` is read.
 *
 * @example
 * decodeEntityAt('d&rsquo;un', 1, true); // { text: '’', length: 7 }
 */
export function decodeEntityAt(
  view: string,
  index: number,
  strict: boolean,
  limit = view.length,
): DecodedEntity | null {
  if (view.charCodeAt(index) !== 0x26 || index + 2 > limit) return null;
  decoded = '';
  decoder.startEntity(strict ? DecodingMode.Strict : DecodingMode.Legacy);
  // Entity names are at most 32 characters: a bounded window keeps the scan linear.
  const window = view.slice(index, Math.min(limit, index + 40));
  let length = decoder.write(window, 1);
  if (length < 0) length = decoder.end();
  if (length <= 0 || decoded === '') return null;
  return { text: decoded, length };
}
