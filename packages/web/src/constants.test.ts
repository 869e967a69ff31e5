import { CLAUSES as ANALYZER_CLAUSES, TONE_LABELS as ANALYZER_LABELS, WEIGHTS } from '@charte/analyzer';
import { describe, expect, it } from 'vitest';
import { CLAUSES, LEGEND_ORDER, SCORE_PARTS, TONE_LABELS } from './constants.js';

describe('vocabularies copied from the analyzer', () => {
  it('lists the same tone labels, and the legend shows each once', () => {
    expect(TONE_LABELS).toEqual(ANALYZER_LABELS);
    expect([...LEGEND_ORDER].sort()).toEqual([...ANALYZER_LABELS].sort());
  });

  it('lists the same clauses in the same order', () => {
    expect(CLAUSES).toEqual(ANALYZER_CLAUSES);
  });

  it('lists the same score parts', () => {
    expect([...SCORE_PARTS].sort()).toEqual(Object.keys(WEIGHTS).sort());
  });
});
