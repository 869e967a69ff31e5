import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('public API', () => {
  it('exports exactly the intended names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'CLAUSES',
        'LineIndex',
        'PILLARS',
        'PRESETS',
        'RULES',
        'TONE_LABELS',
        'UNKNOWN_ORGANIZATION',
        'WEIGHTS',
        'CHANGED_SIMILARITY',
        'analyze',
        'diffReports',
        'labelDocument',
        'configJsonSchema',
        'matchesGlob',
        'registryFromRules',
        'resolveConfig',
        'balanceOf',
        'classifySentence',
        'countLabels',
        'defineRule',
        'detectCoverage',
        'detectFormat',
        'detectLanguage',
        'detectSectionPillars',
        'emptyCounts',
        'enablingTemplate',
        'fleschReadingEase',
        'kandelMoles',
        'langFromTag',
        'measureText',
        'parseDocument',
        'pillarName',
        'presetConfig',
        'presetSeverities',
        'reviewDocument',
        'rewordSentence',
        'ruleById',
        'ruleUrl',
        'sourceOffset',
        'splitSentences',
        'syllablesEn',
        'syllablesFr',
        'voiceOf',
      ].sort(),
    );
  });
});
