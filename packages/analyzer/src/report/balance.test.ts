import { describe, expect, it } from 'vitest';
import { balanceOf, countLabels, emptyCounts } from './balance.js';

describe('balance', () => {
  it('is the enabling share of the voiced sentences, recommendation and informative left out', () => {
    const counts = countLabels([
      'prohibition',
      'obligation',
      'permission',
      'encouragement',
      'commitment',
      'sanction',
      'recommendation',
      'informative',
    ]);
    expect(balanceOf(counts)).toEqual({ enabling: 3, restrictive: 3, guidance: 1, neutral: 1, score: 50 });
  });
  it('is null when no sentence is voiced', () => {
    expect(balanceOf({ ...emptyCounts(), informative: 4, recommendation: 1 }).score).toBeNull();
  });
  it('rounds to a whole number', () => {
    expect(balanceOf({ ...emptyCounts(), prohibition: 2, permission: 1 }).score).toBe(33);
  });
});
