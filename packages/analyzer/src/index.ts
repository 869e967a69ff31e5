/**
 * @charte/analyzer — the public API. Pure TypeScript: no Node-only APIs, so the same code runs in
 * the CLI, the server and a browser worker.
 */
export { analyze, labelDocument } from './analyze.js';
export * from './charter/index.js';
export * from './diff/index.js';
export { detectFormat, LineIndex, parseDocument, sourceOffset, splitSentences } from './document/index.js';
export { detectLanguage, type LanguageGuess, langFromTag } from './language/index.js';
export { balanceOf, countLabels, emptyCounts } from './report/balance.js';
export * from './review/index.js';
export { classifySentence, voiceOf } from './tone/index.js';
export * from './types.js';
