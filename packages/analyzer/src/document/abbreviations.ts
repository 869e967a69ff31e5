/**
 * Words that a period does not end, for French and English policy text. Entries are written
 * without their final period and compared in lowercase unless listed as case-sensitive.
 */

/** What a period after a word means for the sentence. */
export type AbbreviationKind =
  /** Not an abbreviation: the period may end the sentence. */
  | 'none'
  /** Never ends a sentence (titles, "art.", "p. ex.", "e.g."): what follows belongs to it. */
  | 'never'
  /** Ends the sentence only when a capital follows ("etc. Les …", "Inc. The …"). */
  | 'before-capital'
  /** Ends the sentence unless a number follows ("No. 5" is a number sign). */
  | 'before-non-digit';

const NEVER = new Set([
  // Titles.
  'mm',
  'mme',
  'mmes',
  'mlle',
  'mlles',
  'dr',
  'drs',
  'pr',
  'prof',
  'mr',
  'mrs',
  'ms',
  'messrs',
  'st',
  'ste',
  'hon',
  'rev',
  'gén',
  'gen',
  'sgt',
  'capt',
  'lt',
  // References into a text.
  'art',
  'arts',
  'al',
  'chap',
  'ch',
  'sect',
  'par',
  'para',
  'fig',
  'figs',
  'vol',
  'éd',
  'ed',
  'eds',
  'coll',
  'trad',
  'pp',
  'cf',
  'vs',
  'sq',
  'suiv',
  'op',
  'cit',
  'ibid',
  'réf',
  'ref',
  // Latin and French connectives.
  'ex',
  'e.g',
  'i.e',
  'c.-à-d',
  'c-à-d',
  'c.à.d',
  'p.ex',
  'env',
  'approx',
  'resp',
  'tél',
  'téléc',
  // Addresses.
  'av',
  'ave',
  'boul',
  'bd',
  'apt',
  'app',
  // Months.
  'janv',
  'févr',
  'fév',
  'avr',
  'juil',
  'sept',
  'oct',
  'nov',
  'déc',
  'jan',
  'feb',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'dec',
]);

/** Case matters for these: "Me" is a title (Maître), "me." ends many English sentences. */
const NEVER_CASE_SENSITIVE = new Set(['Me', 'MM', 'Mgr']);

const BEFORE_CAPITAL = new Set([
  'etc',
  'inc',
  'ltd',
  'corp',
  'co',
  'cie',
  'ltée',
  'enr',
  'jr',
  'sr',
  'bros',
  'llc',
]);

const BEFORE_NON_DIGIT = new Set(['no', 'nos']);

const DOTTED = /^(?:\p{L}{1,2}\.-?)+\p{L}{1,2}$/u;

/**
 * How a period after `word` (the characters before it, up to the previous space, without
 * opening brackets or quotes) reads.
 *
 * @example
 * abbreviationKind('art'); // 'never'
 * abbreviationKind('etc'); // 'before-capital'
 * abbreviationKind('charte'); // 'none'
 */
export function abbreviationKind(word: string): AbbreviationKind {
  if (word.length === 0 || word.length > 12) return 'none';
  // A single letter is an initial ("J. Tremblay") or a marker ("p. 12").
  if (word.length === 1) return isLetter(word) ? 'never' : 'none';
  if (NEVER_CASE_SENSITIVE.has(word)) return 'never';
  const lower = word.toLowerCase();
  if (NEVER.has(lower)) return 'never';
  if (BEFORE_CAPITAL.has(lower)) return 'before-capital';
  if (BEFORE_NON_DIGIT.has(lower)) return 'before-non-digit';
  if (DOTTED.test(word)) {
    // "J.-P. Roy" is a pair of initials; "U.S." or "a.m." may end a sentence.
    return word.includes('-') ? 'never' : 'before-capital';
  }
  return 'none';
}

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}
