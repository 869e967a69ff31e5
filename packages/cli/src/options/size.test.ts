import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_SIZE, formatSize, parseSize } from './size.js';

describe('parseSize', () => {
  it('reads bytes and binary units, case-insensitive', () => {
    expect(parseSize('2000000')).toBe(2_000_000);
    expect(parseSize('512k')).toBe(512 * 1024);
    expect(parseSize('10MB')).toBe(DEFAULT_MAX_SIZE);
    expect(parseSize('10 mb')).toBe(DEFAULT_MAX_SIZE);
    expect(parseSize('1.5M')).toBe(1.5 * 1024 * 1024);
    expect(parseSize('1,5M')).toBe(1.5 * 1024 * 1024);
    expect(parseSize('1GiB')).toBe(1024 ** 3);
  });

  it('refuses what is not a positive size', () => {
    for (const bad of ['', 'ten', '10 XB', '-5', '0', '0k', 'MB', '1e6', '0.1'])
      expect(parseSize(bad), bad).toBeNull();
  });

  it('round-trips any positive byte count', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 40 }), (n) => parseSize(String(n)) === n));
  });
});

describe('formatSize', () => {
  it('says sizes the way people read them', () => {
    expect(formatSize(900)).toBe('900 B');
    expect(formatSize(512 * 1024)).toBe('512 kB');
    expect(formatSize(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatSize(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});
