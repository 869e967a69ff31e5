import { describe, expect, it } from 'vitest';
import { localRunner } from '../commands/review-file.js';
import { resolveConfig } from '../review/api.js';
import { poolSize, startPool } from './pool.js';

describe('the review pool', () => {
  it('is off unless CHARTE_WORKERS asks for it', () => {
    expect(poolSize({})).toBe(0);
    expect(poolSize({ CHARTE_WORKERS: '3' })).toBe(3);
    expect(poolSize({ CHARTE_WORKERS: '0' })).toBe(0);
    expect(poolSize({ CHARTE_WORKERS: 'many' })).toBe(0);
    expect(poolSize({ CHARTE_WORKERS: '99' })).toBe(8);
  });

  it('does not start from TypeScript sources, where workers cannot load the code', () => {
    expect(startPool(2, localRunner(resolveConfig))).toBeNull();
  });
});
