import { TONE_LABELS as ANALYZER_LABELS, WEIGHTS } from '@charte/analyzer';
import { describe, expect, it } from 'vitest';
import { LEGEND_ORDER, SCORE_PARTS, TONE_LABELS } from './constants.js';

describe('the app’s vocabularies', () => {
  it('shows each tone label once in the legend', () => {
    expect([...LEGEND_ORDER].sort()).toEqual([...ANALYZER_LABELS].sort());
    expect(new Set(LEGEND_ORDER).size).toBe(TONE_LABELS.length);
  });

  it('lists the same score parts', () => {
    expect([...SCORE_PARTS].sort()).toEqual(Object.keys(WEIGHTS).sort());
  });
});
