/**
 * @charte/analyzer — the public API. Pure TypeScript: no Node-only APIs, so the same code runs in
 * the CLI, the server and a browser worker.
 */

export { classifySentence, voiceOf } from './tone/index.js';
export * from './types.js';
