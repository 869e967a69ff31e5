import type { InputProblemCode } from '../errors.js';

/** The decoded text, or why the bytes are not text Charte reads. */
export type Decoded =
  | { ok: true; text: string }
  | { ok: false; code: Extract<InputProblemCode, 'binary' | 'utf16' | 'invalid-utf8'>; offset?: number };

/** How many leading bytes the control-character ratio looks at (as git does for its binary guess). */
const SNIFF_BYTES = 8192;
/** Above this share of control characters, the bytes are not text. */
const MAX_CONTROL_RATIO = 0.1;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a file's bytes as UTF-8 text: refuses binary data (a NUL byte, or many control
 * characters), UTF-16 and invalid UTF-8 (naming the first bad byte); strips a UTF-8 BOM.
 *
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])) // → { ok: true, text: 'hi' }
 * decodeText(new Uint8Array([0x68, 0x00])) // → { ok: false, code: 'binary' }
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return { ok: false, code: 'utf16' };
  }
  if (bytes.indexOf(0) !== -1 || controlRatio(bytes) > MAX_CONTROL_RATIO)
    return { ok: false, code: 'binary' };
  try {
    // ignoreBOM: false → the decoder drops a leading UTF-8 BOM.
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, code: 'invalid-utf8', offset: firstInvalidUtf8(bytes) };
  }
}

/** Share of C0 control characters (other than tab, newlines, form feed and escape) in the first bytes. */
function controlRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f)
      controls++;
  }
  return controls / n;
}

/**
 * Offset of the first byte that breaks UTF-8 (overlong forms, surrogates and code points above
 * U+10FFFF included), or -1 when the bytes are valid.
 *
 * @example
 * firstInvalidUtf8(new Uint8Array([0x61, 0xe9, 0x62])) // → 1 (a Latin-1 "é")
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      // E0 needs A0.. (no overlong form); ED stops at 9F (no surrogates).
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else {
      return i;
    }
    // A sequence cut short by the end of the file.
    if (i + need >= bytes.length) return i;
    if (bytes[i + 1] < min || bytes[i + 1] > max) return i;
    for (let k = 2; k <= need; k++) {
      if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}
