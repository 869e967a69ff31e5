/**
 * The two reading-ease formulas. Both give roughly 0 (very hard) to 100 (very easy); results are clamped
 * to that range and rounded.
 *
 * - Kandel & Moles (1958), Flesch adapted to French:
 *   207 − 1.015 × (words / sentences) − 73.6 × (syllables / words)
 * - Flesch reading ease (Flesch 1948), English:
 *   206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words)
 */
import type { Lang } from '../../types.js';
import type { Readability } from '../types.js';

export interface ReadingCounts {
  words: number;
  sentences: number;
  syllables: number;
}

/** Below this many words, a reading-ease score says nothing: `score` is null. */
export const MIN_WORDS = 30;

/**
 * Kandel–Moles reading ease (French), unclamped.
 *
 * @example
 * kandelMoles({ words: 100, sentences: 5, syllables: 150 }) // → 207 − 20.3 − 110.4 = 76.3
 */
export function kandelMoles(c: ReadingCounts): number {
  return 207 - 1.015 * (c.words / c.sentences) - 73.6 * (c.syllables / c.words);
}

/**
 * Flesch reading ease (English), unclamped.
 *
 * @example
 * fleschReadingEase({ words: 100, sentences: 5, syllables: 150 }) // → 206.835 − 20.3 − 126.9 = 59.635
 */
export function fleschReadingEase(c: ReadingCounts): number {
  return 206.835 - 1.015 * (c.words / c.sentences) - 84.6 * (c.syllables / c.words);
}

/**
 * The readability of a text in a language: Kandel–Moles for French, Flesch for English.
 *
 * @example
 * readabilityOf('en', { words: 100, sentences: 5, syllables: 150 }, 2).score // → 60
 */
export function readabilityOf(lang: Lang, counts: ReadingCounts, longSentences: number): Readability {
  const formula = lang === 'fr' ? 'kandel-moles' : 'flesch';
  const enough = counts.words >= MIN_WORDS && counts.sentences > 0;
  const raw = enough ? (lang === 'fr' ? kandelMoles(counts) : fleschReadingEase(counts)) : null;
  return {
    formula,
    score: raw === null ? null : Math.round(Math.max(0, Math.min(100, raw))),
    words: counts.words,
    sentences: counts.sentences,
    syllables: counts.syllables,
    wordsPerSentence: counts.sentences > 0 ? Math.round((10 * counts.words) / counts.sentences) / 10 : 0,
    longSentences,
  };
}
