import { expect, it } from 'vitest';
import * as api from './index.js';

it('exports exactly the intended public API', () => {
  expect(Object.keys(api).sort()).toEqual(
    [
      'DIFF_JSON_VERSION',
      'EXIT_FAILURE',
      'formatDiffJson',
      'formatDiffStylish',
      'EXIT_FINDINGS',
      'EXIT_OK',
      'LINT_FORMATS',
      'LINT_JSON_VERSION',
      'SCORE_JSON_VERSION',
      'escapeData',
      'escapeProperty',
      'formatGithub',
      'formatHtml',
      'formatSarif',
      'formatScoreJson',
      'formatScoreText',
      'rulesOfRun',
      'toSarifLog',
      'bufferIo',
      'colorsFor',
      'createTranslator',
      'formatClassifyJsonl',
      'formatClassifyText',
      'formatLintJson',
      'formatSize',
      'formatStylishFile',
      'formatStylishSummary',
      'parseSize',
      'pickUiLang',
      'processIo',
      'run',
      'runCaptured',
      'summarize',
      'toFileResult',
      'wantsColor',
    ].sort(),
  );
});
