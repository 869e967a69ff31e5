import type { Lang } from '../../types.js';
import { continuesWord, isWordCode, type TextMeasure } from './letters.js';
import { measureEn } from './syllables-en.js';
import { measureFr } from './syllables-fr.js';

export type { TextMeasure } from './letters.js';

/**
 * Counts words (runs of letters and digits, joined by apostrophes and hyphens) and their syllables, in
 * one pass over the text, by the language's rules.
 *
 * @example
 * measureText('Partagez vos bons coups !', 'fr') // → { words: 4, syllables: 6 }
 */
export function measureText(text: string, lang: Lang): TextMeasure {
  return lang === 'fr' ? measureFr(text) : measureEn(text);
}

/**
 * Counts words only (cheaper: no syllables), as `measureText` delimits them.
 *
 * @example
 * countWords('Il est interdit de publier.') // → 5
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWordCode(code)) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && continuesWord(text, i, code))) {
      inWord = false;
    }
  }
  return words;
}
