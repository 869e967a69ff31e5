/**
 * Word-class flags, looked up once per token: the clause and subject scans test bits instead of
 * probing a dozen sets per token (the classifier runs on every sentence of a 1 MB document).
 */
import { BASE_VERB_LISTS, verbForms } from './verbs.js';
import {
  ADVERBS,
  COMPLEMENT_TAKERS,
  DETERMINERS,
  DO,
  FINITE_AUX,
  FINITE_BE,
  FUNCTION_WORDS,
  HAVE,
  isAdverb,
  MODALS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
} from './words.js';

export const MODAL = 1 << 0;
export const FINITE_BE_FORM = 1 << 1;
export const DO_FORM = 1 << 2;
export const HAVE_FORM = 1 << 3;
export const ADVERB = 1 << 4;
export const DETERMINER = 1 << 5;
export const PREPOSITION = 1 << 6;
export const SUBJECT_PRONOUN = 1 << 7;
export const FUNCTION = 1 << 8;
export const SUBORDINATOR = 1 << 9;
export const COMPLEMENT_TAKER = 1 << 10;
export const FINITE = 1 << 11;
export const BASE_VERB = 1 << 12;
/** Auxiliaries that end a relative clause ("Users who break the rules | may be blocked"). */
export const STOP = 1 << 13;
/** Any form of a verb the lexicon knows (see `lemma`). */
export const VERB_FORM = 1 << 14;

const TAGS = new Map<string, number>();
function tag(list: Iterable<string>, bit: number): void {
  for (const w of list) TAGS.set(w, (TAGS.get(w) ?? 0) | bit);
}
tag(MODALS, MODAL | STOP);
tag(FINITE_BE, FINITE_BE_FORM | STOP);
tag(DO, DO_FORM | STOP);
tag(HAVE, HAVE_FORM);
tag(DETERMINERS, DETERMINER);
tag(PREPOSITIONS, PREPOSITION);
tag(SUBJECT_PRONOUNS, SUBJECT_PRONOUN);
tag(FUNCTION_WORDS, FUNCTION);
tag(SUBORDINATORS, SUBORDINATOR);
tag(COMPLEMENT_TAKERS, COMPLEMENT_TAKER);
tag(FINITE_AUX, FINITE);

tag(ADVERBS, ADVERB);
for (const list of BASE_VERB_LISTS) tag(list, BASE_VERB);
tag(verbForms(), VERB_FORM);

/** The flags of a word the lexicon does not list: an adverb in -ly, or nothing. */
export function openClassTag(w: string): number {
  return w.length > 4 && w.endsWith('ly') && isAdverb(w) ? ADVERB : 0;
}

/**
 * The flags of a normalized word form.
 *
 * @example
 * (tagOf('must') & MODAL) !== 0 // → true
 */
export function tagOf(w: string): number {
  const f = TAGS.get(w) ?? 0;
  // Adverbs in -ly are an open class: test the suffix only for words the lexicon does not know.
  return f === 0 && w.length > 4 && w.endsWith('ly') && isAdverb(w) ? ADVERB : f;
}

// Known words are found without slicing the text: an open-addressing table keyed by a hash of the
// lowercased characters, which the tokenizer computes while it scans (most tokens are known words).
const WORDS: string[] = [...TAGS.keys()];
const WORD_TAGS = WORDS.map((w) => TAGS.get(w) ?? 0);
const SIZE = 1 << Math.ceil(Math.log2(WORDS.length * 4));
const SLOTS = new Int32Array(SIZE).fill(-1);

/**
 * The hash the tokenizer computes over a word's lowercased character codes.
 *
 * @example
 * hashStep(hashStep(HASH_SEED, 0x77), 0x65) // the hash of "we"
 */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 16777619);
}
export const HASH_SEED = 0x811c9dc5 | 0;

for (let i = 0; i < WORDS.length; i++) {
  const w = WORDS[i];
  let h = HASH_SEED;
  for (let k = 0; k < w.length; k++) h = hashStep(h, w.charCodeAt(k));
  let slot = h & (SIZE - 1);
  while (SLOTS[slot] >= 0) slot = (slot + 1) & (SIZE - 1);
  SLOTS[slot] = i;
}

/**
 * Index of the known word lower[s, e) whose hash is `h`, or -1. Read the word and its flags with
 * `knownWord` and `knownTag`.
 *
 * @example
 * // h: the hashStep chain over the codes of "must", from HASH_SEED
 * knownWord(findKnown('we must', 3, 7, h)) // → 'must'
 */
export function findKnown(lower: string, s: number, e: number, h: number): number {
  const len = e - s;
  let slot = h & (SIZE - 1);
  for (let i = SLOTS[slot]; i >= 0; slot = (slot + 1) & (SIZE - 1), i = SLOTS[slot]) {
    const w = WORDS[i];
    if (w.length !== len) continue;
    let k = 0;
    while (k < len && w.charCodeAt(k) === lower.charCodeAt(s + k)) k++;
    if (k === len) return i;
  }
  return -1;
}

/** The word of a `findKnown` index. */
export function knownWord(i: number): string {
  return WORDS[i];
}

/** The flags of a `findKnown` index. */
export function knownTag(i: number): number {
  return WORD_TAGS[i];
}
