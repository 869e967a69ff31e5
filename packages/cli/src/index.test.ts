import { expect, it } from 'vitest';
import * as api from './index.js';

it('exports exactly the intended public API', () => {
  expect(Object.keys(api).sort()).toEqual(
    [
      'EXIT_FAILURE',
      'EXIT_FINDINGS',
      'EXIT_OK',
      'LINT_JSON_VERSION',
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
