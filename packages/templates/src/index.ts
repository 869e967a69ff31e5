/**
 * @charte/templates — a questionnaire's answers become a bilingual, five-part charter. Pure.
 */
export * from './answers.js';
export { generateCharter, PART_FILES } from './generate.js';
