/** Readability: word and syllable counts, Kandel–Moles (French) and Flesch reading ease (English). */
export { fleschReadingEase, kandelMoles, MIN_WORDS, type ReadingCounts, readabilityOf } from './formulas.js';
export { syllablesEn } from './syllables-en.js';
export { syllablesFr } from './syllables-fr.js';
export { countWords, measureText, type TextMeasure } from './words.js';
