import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from './decode.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes UTF-8 and strips a BOM', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('Élève')))).toEqual({ ok: true, text: 'Élève' });
    expect(decodeText(utf8('déjà « vu »'))).toEqual({ ok: true, text: 'déjà « vu »' });
  });

  it('refuses binary data: a NUL byte, or many control characters', () => {
    expect(decodeText(bytes(0x68, 0x00, 0x69))).toEqual({ ok: false, code: 'binary' });
    const noisy = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x61));
    expect(decodeText(noisy)).toEqual({ ok: false, code: 'binary' });
    // A stray control character in real text does not make it binary.
    const text = `${'a'.repeat(100)}${String.fromCharCode(7, 9, 12, 13, 10, 27)}[0m`;
    expect(decodeText(utf8(text))).toMatchObject({ ok: true });
  });

  it('names UTF-16 rather than calling it binary', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x68, 0x00))).toEqual({ ok: false, code: 'utf16' });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x68))).toEqual({ ok: false, code: 'utf16' });
  });

  it('refuses invalid UTF-8 and says where', () => {
    // "café" in Latin-1: the é is a lone 0xE9.
    expect(decodeText(bytes(0x63, 0x61, 0x66, 0xe9))).toEqual({ ok: false, code: 'invalid-utf8', offset: 3 });
  });
});

describe('firstInvalidUtf8', () => {
  it('finds overlong forms, surrogates, truncated and out-of-range sequences', () => {
    expect(firstInvalidUtf8(utf8('ok 👍 é'))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0x61, 0xc0, 0xaf))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xe2, 0x82))).toBe(2);
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0x80))).toBe(0);
  });

  it('agrees with the platform decoder on arbitrary bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (data) => {
        let valid = true;
        try {
          strict.decode(data);
        } catch {
          valid = false;
        }
        return (firstInvalidUtf8(data) === -1) === valid;
      }),
      { numRuns: 2000 },
    );
  });

  it('points at a byte from which decoding the prefix still works', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.uint8Array({ minLength: 1, maxLength: 4 }),
        (text, junk) => {
          const data = new Uint8Array([...utf8(text), 0xff, ...junk]);
          const at = firstInvalidUtf8(data);
          strict.decode(data.subarray(0, at));
          return at >= 0 && at <= utf8(text).length;
        },
      ),
    );
  });
});
