import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('public API', () => {
  it('exports exactly the intended names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'LineIndex',
        'TONE_LABELS',
        'analyze',
        'balanceOf',
        'classifySentence',
        'countLabels',
        'detectFormat',
        'detectLanguage',
        'emptyCounts',
        'langFromTag',
        'parseDocument',
        'sourceOffset',
        'splitSentences',
        'voiceOf',
      ].sort(),
    );
  });
});
