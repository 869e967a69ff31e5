export { analyzeCharter, type CharterAnalysis, type EditionAnalysis } from './analyze.js';
export { diffEditions } from './diff.js';
export { type LoadOptions, loadCharter, partKeyOf } from './load.js';
export { calendarDate } from './meta.js';
export { slugify } from './slug.js';
export * from './types.js';
