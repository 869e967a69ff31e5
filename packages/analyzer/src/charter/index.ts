export { analyzeCharter, type CharterAnalysis, type EditionAnalysis } from './analyze.js';
export { type CalendarDate, formatDate, isoDate, MONTH_NAMES, parseCalendarDate } from './dates.js';
export { diffEditions } from './diff.js';
export { type LoadOptions, loadCharter, partKeyOf } from './load.js';
export { calendarDate } from './meta.js';
export { slugify } from './slug.js';
export * from './types.js';
