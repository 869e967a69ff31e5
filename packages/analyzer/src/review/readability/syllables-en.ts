/**
 * English words and syllables, in one pass over the text. Syllables are counted as readability
 * formulas do: groups of vowels (a leading « y » is a consonant), less a silent final « e » (but
 * « -le » after a consonant is a syllable: « table »), a silent « -ed » (not after t/d: « posted ») and a
 * silent « -es » (not after s, x, z, c, g, ch, sh: « pages », « churches »), plus one where « ia » /
 * « io » are two syllables (« media », « radio »). Only a–z count, as usual implementations do. A
 * heuristic, not a dictionary: right for most words and close on average.
 */
import { continuesWord, isWordCode, lowerCode, type TextMeasure } from './letters.js';

const A = 97;
const C = 99;
const D = 100;
const E = 101;
const G = 103;
const H = 104;
const I = 105;
const L = 108;
const O = 111;
const S = 115;
const T = 116;
const X = 120;
const Y = 121;
const Z = 122;

function isVowel(code: number): boolean {
  return code === A || code === E || code === I || code === O || code === 117 || code === Y;
}

/** Letters after which « ia » / « io » stay one syllable (« social », « region », « nation »). */
function keepsIaTogether(code: number): boolean {
  return code === C || code === G || code === S || code === T || code === X;
}

/** Letters after which « -es » is a syllable (« uses », « boxes », « places », « pages »). */
function soundsEs(code: number): boolean {
  return code === S || code === X || code === Z || code === C || code === G;
}

// The last four a–z letters of the word being finished, l[0] the last (reused, no allocation).
const last = new Int32Array(4);

/** Syllables of the word text[start, end), given its a–z letter count, vowel groups and ia/io splits. */
function finish(text: string, start: number, end: number, n: number, groups: number, split: number): number {
  if (n === 0) return 1;
  if (n <= 3) return 1;
  let k = 0;
  for (let i = end - 1; i >= start && k < 4; i--) {
    const code = lowerCode(text.charCodeAt(i));
    if (code >= A && code <= Z) last[k++] = code;
  }
  const [c1, c2, c3, c4] = last;
  // A silent ending is one vowel group less when its e stands alone after a consonant.
  if (c1 === E) {
    const sounded = (c2 === L && !isVowel(c3)) || c2 === E;
    if (!sounded && !isVowel(c2)) groups--;
  } else if (c1 === D && c2 === E && !isVowel(c3) && c3 !== T && c3 !== D) groups--;
  else if (c1 === S && c2 === E && !isVowel(c3) && !soundsEs(c3) && !(c3 === H && (c4 === C || c4 === S)))
    groups--;
  return Math.max(1, groups + split);
}

/**
 * Words and syllables of an English text.
 *
 * @example
 * measureEn('We value your community.') // → { words: 4, syllables: 8 }
 */
export function measureEn(text: string): TextMeasure {
  let words = 0;
  let syllables = 0;
  let start = -1;
  let n = 0;
  let groups = 0;
  let split = 0;
  let inVowel = false;
  let p1 = 0;
  let p2 = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const raw = text.charCodeAt(i);
    if (isWordCode(raw)) {
      if (start < 0) {
        start = i;
        n = groups = split = p1 = p2 = 0;
        inVowel = false;
      }
      const code = lowerCode(raw);
      if (code < A || code > Z) continue;
      // A leading y is a consonant (« you », « year »).
      const vowel = isVowel(code) && !(code === Y && n === 0);
      if (vowel && !inVowel) groups++;
      inVowel = vowel;
      // « ia » / « io » after a letter that does not keep them together: one more syllable.
      if ((code === A || code === O) && p1 === I && n >= 2 && !(n === 2 && p2 === Y) && !keepsIaTogether(p2))
        split++;
      p2 = p1;
      p1 = code;
      n++;
    } else if (start >= 0 && !continuesWord(text, i, raw)) {
      words++;
      syllables += finish(text, start, i, n, groups, split);
      start = -1;
    }
  }
  if (start >= 0) {
    words++;
    syllables += finish(text, start, length, n, groups, split);
  }
  return { words, syllables };
}

/**
 * Syllables of one English word.
 *
 * @example
 * syllablesEn('community') // → 4
 * syllablesEn('shared')    // → 1
 */
export function syllablesEn(word: string): number {
  return measureEn(word).syllables;
}
