/**
 * French words and syllables, in one pass over the text. Syllables are counted as readability
 * formulas do: groups of written vowels, less a final mute « e » / « es » after a consonant
 * (« charte », « règles ») and the mute verb ending « -ent » (« doivent »), but not « -ment »
 * (« moment »); the u of « qu », and of « gu » before e/i/y, is no vowel (« publique », « guerre »).
 * Elisions and hyphens join: « l’élève » is one word of two syllables. An approximation of speech,
 * good enough for a text-level average.
 */
import { continuesWord, isJoinerCode, isWordCode, lowerCode, type TextMeasure } from './letters.js';

const VOWEL = new Uint8Array(0x154);
for (const ch of 'aeiouyàâäéèêëîïôöûùüÿæœ') VOWEL[ch.charCodeAt(0)] = 1;

const E = 101;
const G = 103;
const M = 109;
const N = 110;
const Q = 113;
const S = 115;
const T = 116;
const U = 117;

/** Before these, « gu » is a hard g: e, é, è, ê, ë, i, î, ï, y. */
function hardensGu(code: number): boolean {
  return (
    code === E ||
    code === 0xe9 ||
    code === 0xe8 ||
    code === 0xea ||
    code === 0xeb ||
    code === 105 ||
    code === 0xee ||
    code === 0xef ||
    code === 121
  );
}

/** Whether a letter is read as a vowel, given the letters around it (0 when there is none). */
function isVowelIn(code: number, before: number, after: number): boolean {
  if (code >= 0x154 || VOWEL[code] !== 1) return false;
  return !(code === U && (before === Q || (before === G && hardensGu(after))));
}

// The last five letters of the word being finished, l[0] the last (reused, no allocation).
const last = new Int32Array(5);

/** Syllables of the word text[start, end) whose vowel groups were counted. */
function finish(text: string, start: number, end: number, groups: number, letters: number): number {
  if (groups === 0) return letters > 0 ? 1 : 0;
  if (groups === 1) return 1;
  let k = 0;
  for (let i = end - 1; i >= start && k < 5; i--) {
    const code = text.charCodeAt(i);
    if (!isJoinerCode(code)) last[k++] = lowerCode(code);
  }
  for (let j = k; j < 5; j++) last[j] = 0;
  if (last[0] === E && k >= 2 && !lastIsVowel(1)) return groups - 1;
  if (last[0] === S && last[1] === E && k >= 3 && !lastIsVowel(2)) return groups - 1;
  if (last[0] === T && last[1] === N && last[2] === E && k >= 4 && !lastIsVowel(3) && last[3] !== M)
    return groups - 1;
  return groups;
}

/** Whether `last[j]` reads as a vowel (j ≤ 3: its neighbours are in `last`). */
function lastIsVowel(j: number): boolean {
  return isVowelIn(last[j], last[j + 1], j > 0 ? last[j - 1] : 0);
}

/**
 * Words and syllables of a French text.
 *
 * @example
 * measureFr('Partagez vos bons coups !') // → { words: 4, syllables: 6 }
 */
export function measureFr(text: string): TextMeasure {
  let words = 0;
  let syllables = 0;
  let start = -1;
  let groups = 0;
  let letters = 0;
  let inVowel = false;
  let previous = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const raw = text.charCodeAt(i);
    if (isWordCode(raw)) {
      if (start < 0) {
        start = i;
        groups = 0;
        letters = 0;
        inVowel = false;
        previous = 0;
      }
      const code = lowerCode(raw);
      const vowel = isVowelIn(
        code,
        previous,
        code === U && i + 1 < n ? lowerCode(text.charCodeAt(i + 1)) : 0,
      );
      if (vowel && !inVowel) groups++;
      inVowel = vowel;
      previous = code;
      letters++;
    } else if (start >= 0 && !continuesWord(text, i, raw)) {
      words++;
      syllables += finish(text, start, i, groups, letters);
      start = -1;
    }
  }
  if (start >= 0) {
    words++;
    syllables += finish(text, start, n, groups, letters);
  }
  return { words, syllables };
}

/**
 * Syllables of one French word.
 *
 * @example
 * syllablesFr('publication') // → 4
 * syllablesFr('charte')      // → 1
 */
export function syllablesFr(word: string): number {
  return measureFr(word).syllables;
}
