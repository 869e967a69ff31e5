import type { Lang } from '../types.js';
import {
  ENGLISH_CONTRACTIONS,
  ENGLISH_WORDS,
  FRENCH_ELISIONS,
  FRENCH_WORDS,
  MAX_STOP_WORD_LENGTH,
} from './profiles.js';

/** Evidence for each language in a text: weighted counts of stop words, elisions and accents. */
export interface LanguageScores {
  fr: number;
  en: number;
}

/** A language guess and how sure it is, in [0, 1]. */
export interface LanguageGuess {
  lang: Lang;
  confidence: number;
}

/** What a text with no evidence at all is taken to be. */
export const DEFAULT_LANG: Lang = 'fr';

/** Weight of one French accented letter against one stop word. */
const ACCENT_WEIGHT = 0.2;
/** Evidence at which confidence reaches about 63 % of its margin: short texts stay unsure. */
const EVIDENCE_SCALE = 4;

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/** Letters of the Latin scripts French and English use. */
function isWordCode(code: number): boolean {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7;
}

/** French accented letters (lowercase), in the order of their codes in `letterCode`. */
const ACCENTED = 'àâçèéêëîïôùûüœ';

/**
 * A small number for each letter a stop word may hold (case folded), 0 for any other letter:
 * words are then looked up by a numeric key, with no string built per word.
 */
function letterCode(code: number): number {
  const lower = code | 0x20;
  if (code < 0x80) return lower >= 0x61 && lower <= 0x7a ? lower - 0x60 : 0;
  if (code === 0x152 || code === 0x153) return 27 + ACCENTED.length - 1;
  if (code >= 0xc0 && code <= 0xdf) code += 0x20;
  const at = ACCENTED.indexOf(String.fromCharCode(code));
  return at < 0 ? 0 : 27 + at;
}

const LETTER_CODES = new Uint8Array(0x250);
for (let code = 0; code < LETTER_CODES.length; code++) LETTER_CODES[code] = letterCode(code);

/** Rolling hash step; kept within small integers so lookups allocate nothing. */
function hashStep(hash: number, letter: number): number {
  return (Math.imul(hash, 41) + letter) & 0x3fffffff;
}

const FILTER_BITS = 12;

/**
 * A set of short words looked up straight from the text (no substring built): a bit filter on
 * their hash rejects most words at once, then candidates are checked letter by letter. Each word
 * carries a value (which language it speaks for).
 */
class WordTable {
  private readonly filter = new Uint8Array(1 << FILTER_BITS);
  private readonly byHash = new Map<number, { codes: Uint8Array; value: number }[]>();

  add(words: ReadonlySet<string>, value: number): this {
    for (const word of words) {
      const codes = new Uint8Array(word.length);
      let hash = 0;
      for (let i = 0; i < word.length; i++) {
        codes[i] = LETTER_CODES[word.charCodeAt(i)] ?? 0;
        hash = hashStep(hash, codes[i]);
      }
      this.filter[hash & ((1 << FILTER_BITS) - 1)] = 1;
      const bucket = this.byHash.get(hash);
      if (bucket) bucket.push({ codes, value });
      else this.byHash.set(hash, [{ codes, value }]);
    }
    return this;
  }

  /** The value of text[start, end), whose hash is `hash`, or 0 when it is not listed (case folded). */
  get(text: string, start: number, end: number, hash: number): number {
    if (this.filter[hash & ((1 << FILTER_BITS) - 1)] === 0) return 0;
    const bucket = this.byHash.get(hash);
    if (!bucket) return 0;
    for (const { codes, value } of bucket) {
      if (codes.length !== end - start) continue;
      let i = 0;
      while (i < codes.length && LETTER_CODES[text.charCodeAt(start + i)] === codes[i]) i++;
      if (i === codes.length) return value;
    }
    return 0;
  }
}

/** Hash of text[start, end) for `WordTable`, or -1 when it cannot be a listed word. */
function wordHash(text: string, start: number, end: number): number {
  if (end - start > MAX_STOP_WORD_LENGTH) return -1;
  let hash = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const letter = code < 0x250 ? LETTER_CODES[code] : 0;
    if (letter === 0) return -1;
    hash = hashStep(hash, letter);
  }
  return hash;
}

const FRENCH = 1;
const ENGLISH = 2;
const STOP_WORDS = new WordTable().add(FRENCH_WORDS, FRENCH).add(ENGLISH_WORDS, ENGLISH);
const ELISIONS = new WordTable().add(FRENCH_ELISIONS, FRENCH);
const CONTRACTIONS = new WordTable().add(ENGLISH_CONTRACTIONS, ENGLISH);

/** Letter class of a word character without a code in `LETTER_CODES` (ñ, ß…). */
const OTHER_LETTER = 63;
/** First letter code of the French accented letters. */
const FIRST_ACCENT = 27;

/** Per code unit: 0 outside words, else its letter code or `OTHER_LETTER`. */
const WORD_CLASS = new Uint8Array(0x250);
for (let code = 0; code < WORD_CLASS.length; code++) {
  WORD_CLASS[code] = LETTER_CODES[code] || (isWordCode(code) ? OTHER_LETTER : 0);
}

function wordClass(code: number): number {
  return code < 0x250 ? WORD_CLASS[code] : 0;
}

/**
 * Counts the evidence for French and English in `text`, in one pass. Scores of parts add up to
 * the score of the whole, so a document's score is the sum of its blocks'.
 *
 * @example
 * scoreLanguage('Elle doit favoriser l’usage de ces médias.'); // { fr: …, en: 0 }
 */
export function scoreLanguage(text: string): LanguageScores {
  let fr = 0;
  let en = 0;
  let accents = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cls = wordClass(text.charCodeAt(i));
    if (cls === 0) {
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    let listed = true;
    do {
      if (cls === OTHER_LETTER) listed = false;
      else {
        if (cls >= FIRST_ACCENT) accents++;
        hash = hashStep(hash, cls);
      }
      cls = wordClass(text.charCodeAt(++i));
    } while (cls !== 0);
    if (i - start > MAX_STOP_WORD_LENGTH) listed = false;
    if (isApostrophe(text.charCodeAt(i)) && wordClass(text.charCodeAt(i + 1)) !== 0) {
      if (listed && ELISIONS.get(text, start, i, hash) === FRENCH) {
        fr += 1;
        continue;
      }
      let end = i + 1;
      while (end - i <= 3 && wordClass(text.charCodeAt(end)) !== 0) end++;
      const after = wordHash(text, i + 1, end);
      if (after >= 0 && CONTRACTIONS.get(text, i + 1, end, after) === ENGLISH) en += 1;
    }
    if (!listed) continue;
    const language = STOP_WORDS.get(text, start, i, hash);
    if (language === FRENCH) fr += 1;
    else if (language === ENGLISH) en += 1;
  }
  return { fr: fr + accents * ACCENT_WEIGHT, en };
}

/**
 * Turns scores into a guess. Confidence is the margin between the languages, scaled down when
 * there is little evidence (a three-word heading is never sure).
 *
 * @example
 * guessFromScores({ fr: 12, en: 1 }); // { lang: 'fr', confidence: ≈0.81 }
 */
export function guessFromScores(scores: LanguageScores): LanguageGuess {
  const total = scores.fr + scores.en;
  if (!(total > 0)) return { lang: DEFAULT_LANG, confidence: 0 };
  const lang: Lang = scores.en > scores.fr ? 'en' : 'fr';
  const margin = Math.abs(scores.fr - scores.en) / total;
  const confidence = margin * (1 - Math.exp(-total / EVIDENCE_SCALE));
  return { lang, confidence: Math.round(confidence * 1000) / 1000 };
}

/**
 * Tells French from English with stop-word profiles, French elisions (l’, d’, qu’) and accented
 * letters. Fast and pure; a text with no evidence gives `DEFAULT_LANG` with confidence 0.
 *
 * @example
 * detectLanguage('Nous encourageons le personnel à partager ses projets.'); // { lang: 'fr', confidence: > 0.5 }
 * detectLanguage('We encourage staff to share their projects.'); // { lang: 'en', confidence: > 0.5 }
 */
export function detectLanguage(text: string): LanguageGuess {
  return guessFromScores(scoreLanguage(typeof text === 'string' ? text : ''));
}

/**
 * Reads a language tag such as `fr`, `fr-CA`, `en_US` or `English`; null when it names neither
 * French nor English.
 *
 * @example
 * langFromTag('fr-CA'); // 'fr'
 */
export function langFromTag(tag: unknown): Lang | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (
    primary === 'fr' ||
    primary === 'fra' ||
    primary === 'fre' ||
    primary === 'french' ||
    primary === 'français'
  )
    return 'fr';
  if (primary === 'en' || primary === 'eng' || primary === 'english' || primary === 'anglais') return 'en';
  return null;
}
