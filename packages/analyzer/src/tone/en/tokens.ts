/**
 * Word and punctuation tokens of one English sentence. Every token keeps its offsets in the original
 * text, so a cue found on tokens maps back to an exact slice of the sentence.
 *
 * The list is reused from call to call (the classifier runs one sentence at a time and never keeps
 * tokens), so tokenizing allocates only the small strings of the word forms.
 */
import { findKnown, HASH_SEED, hashStep, knownTag, knownWord, openClassTag, tagOf } from './tags.js';

export interface TokenList {
  /** Number of tokens in use; the arrays are longer (see `SENTINELS`). */
  n: number;
  /**
   * Normalized form: lower case, typographic apostrophe turned into `'`, contractions expanded
   * (`don't` → `do` + `not`, `we'll` → `we` + `will`, `can't` → `can` + `not`, `cannot` → `can` + `not`).
   * A possessive `'s` stays a token of its own: `'s`.
   */
  w: string[];
  /** Start offset (UTF-16 code units, 0-based) in the original text. */
  s: Int32Array;
  /** End offset, exclusive. */
  e: Int32Array;
  /** 1 for a word (letters or digits), 0 for punctuation. */
  word: Uint8Array;
  /** Word-class flags of `tags.ts` (0 for punctuation and unknown words). */
  tag: Int32Array;
}

/** How many empty tokens follow the last one, so rules may look ahead without bounds checks. */
export const SENTINELS = 8;

/**
 * An empty token list with room for `capacity` tokens.
 *
 * @example
 * emptyTokens(16).n // → 0
 */
export function emptyTokens(capacity: number): TokenList {
  return {
    n: 0,
    w: [],
    s: new Int32Array(capacity),
    e: new Int32Array(capacity),
    word: new Uint8Array(capacity),
    tag: new Int32Array(capacity),
  };
}

const shared = emptyTokens(128);

// `'s` after these words is the verb "is" ("it's", "that's"); after any other word it is a possessive.
const S_IS = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'how', 'this']);
const NT_BASE: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };
const SUFFIX: Record<string, string> = { ll: 'will', re: 'are', ve: 'have', m: 'am', d: 'would' };

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // Latin letters with diacritics, then any other letter (rare in English text).
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || /\p{L}/u.test(String.fromCharCode(c));
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

function push(t: TokenList, w: string, s: number, e: number, word: number): void {
  if (t.n + SENTINELS >= t.s.length) grow(t);
  const i = t.n++;
  t.w[i] = w;
  t.s[i] = s;
  t.e[i] = e;
  t.word[i] = word;
  t.tag[i] = word === 1 ? tagOf(w) : 0;
}

/** Pushes a word the lexicon knows, with its flags already looked up. */
function pushKnown(t: TokenList, w: string, tag: number, s: number, e: number): void {
  if (t.n + SENTINELS >= t.s.length) grow(t);
  const i = t.n++;
  t.w[i] = w;
  t.s[i] = s;
  t.e[i] = e;
  t.word[i] = 1;
  t.tag[i] = tag;
}

/** Doubles the capacity, keeping the tokens already pushed. */
function grow(t: TokenList): void {
  const bigger = emptyTokens(t.s.length * 2);
  bigger.s.set(t.s);
  bigger.e.set(t.e);
  bigger.word.set(t.word);
  bigger.tag.set(t.tag);
  t.s = bigger.s;
  t.e = bigger.e;
  t.word = bigger.word;
  t.tag = bigger.tag;
}

/** Pushes the word lower[s, e), splitting contractions; `curly` tells it holds a ’. */
function pushWord(t: TokenList, lower: string, s: number, e: number, curly: boolean): void {
  const raw = curly ? lower.slice(s, e).replace(/\u2019/g, "'") : lower.slice(s, e);
  const apo = raw.lastIndexOf("'");
  if (apo < 0) {
    if (raw === 'cannot') {
      push(t, 'can', s, s + 3, 1);
      push(t, 'not', s + 3, e, 1);
    } else {
      push(t, raw, s, e, 1);
    }
    return;
  }
  if (raw.endsWith("n't") && raw.length > 3) {
    const base = raw.slice(0, -3);
    push(t, NT_BASE[base] ?? base, s, e - 3, 1);
    push(t, 'not', e - 3, e, 1);
    return;
  }
  const base = raw.slice(0, apo);
  const suffix = raw.slice(apo + 1);
  const expanded = SUFFIX[suffix];
  if (expanded !== undefined || suffix === 's') {
    push(t, base, s, s + apo, 1);
    let form = expanded;
    if (form === undefined) form = base === 'let' ? 'us' : S_IS.has(base) ? 'is' : "'s";
    push(t, form, s + apo, e, form === "'s" ? 0 : 1);
    return;
  }
  push(t, raw, s, e, 1);
}

/** Lowercases character by character, keeping the characters whose lowercase is longer. */
function lowerKeepingLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const lc = text[i].toLowerCase();
    out += lc.length === 1 ? lc : text[i];
  }
  return out;
}

/**
 * Splits a sentence into tokens (words keep inner hyphens and apostrophes; each other non-space
 * character is one punctuation token).
 *
 * @example
 * const t = tokenize("Don't post.");
 * t.w.slice(0, t.n) // → ['do', 'not', 'post', '.']
 */
export function tokenize(text: string): TokenList {
  const t = shared;
  t.n = 0;
  const len = text.length;
  // Lowercase once; the offsets stay valid unless a letter changes length ("İ"), which is rare.
  const whole = text.toLowerCase();
  const lower = whole.length === len ? whole : lowerKeepingLength(text);
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isWordCode(c)) {
      let j = i + 1;
      let apostrophe = false;
      let curly = false;
      let h = hashStep(HASH_SEED, lower.charCodeAt(i));
      while (j < len) {
        const d = text.charCodeAt(j);
        if (isWordCode(d)) {
          h = hashStep(h, lower.charCodeAt(j));
          j++;
        } else if ((isApostrophe(d) || d === 45) && j + 1 < len && isWordCode(text.charCodeAt(j + 1))) {
          if (d !== 45) apostrophe = true;
          if (d === 0x2019) curly = true;
          h = hashStep(hashStep(h, lower.charCodeAt(j)), lower.charCodeAt(j + 1));
          j += 2;
        } else break;
      }
      if (apostrophe) pushWord(t, lower, i, j, curly);
      else {
        const known = findKnown(lower, i, j, h);
        if (known >= 0) pushKnown(t, knownWord(known), knownTag(known), i, j);
        else {
          // Not in the lexicon: only the open class of -ly adverbs can still have a flag.
          const w = lower.slice(i, j);
          if (w === 'cannot') pushWord(t, lower, i, j, false);
          else pushKnown(t, w, openClassTag(w), i, j);
        }
      }
      i = j;
      continue;
    }
    // Dashes of any kind become "—" so clause boundaries need one test; quotes become '"'.
    let p = text[i];
    if (c === 0x2013 || c === 0x2014) p = '—';
    else if (c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb) p = '"';
    else if (c === 0x2019 || c === 0x2018) p = "'";
    push(t, p, i, i + 1, 0);
    i++;
  }
  // Empty sentinels after the last token: rules look a few tokens ahead without reading stale ones.
  for (let k = t.n; k < t.n + SENTINELS; k++) {
    t.w[k] = '';
    t.s[k] = len;
    t.e[k] = len;
    t.word[k] = 0;
    t.tag[k] = 0;
  }
  return t;
}
