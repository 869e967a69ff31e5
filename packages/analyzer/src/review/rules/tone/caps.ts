/**
 * Shouting in a sentence's text: runs of words in capitals, runs of exclamation marks, and the safe fix
 * (lowercase, keeping the sentence's initial capital and short acronyms).
 */
import type { Lang } from '../../../types.js';

export interface Span {
  start: number;
  end: number;
}

interface Token extends Span {
  word: string;
  letters: number;
  caps: boolean;
}

/** Longer acronyms that are written in capitals and are no emphasis. */
const KNOWN_ACRONYMS = new Set([
  'HTTPS',
  'UNESCO',
  'UNICEF',
  'CNESST',
  'CHSLD',
  'CÉGEP',
  'CEGEP',
  'COVID',
  'LGBTQ',
  'OECD',
  'NAACP',
]);

/** Short words that belong to a shouted phrase (« NE JAMAIS », "DO NOT"), lowercased with it. */
const FUNCTION_WORDS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(
    'À A AU AUX CE CES CET CETTE DE DES DU EN ET IL ILS ELLE ON NE N NI PAS PLUS RIEN NUL SE SA SON SES LE LA LES L UN UNE OU SUR PAR POUR SANS QUE QUI QU EST SONT DOIT PEUT VOUS NOUS TOUT JE TU Y D S C J M T'.split(
      ' ',
    ),
  ),
  en: new Set(
    'A AN AND ANY ALL ARE AS AT BE BY DO DOES DON DONT FOR IF IN IS IT ITS MAY MUST NO NOR NOT OF ON OR OUR THE TO US WE YOU ONLY THIS THAT WILL CAN T S'.split(
      ' ',
    ),
  ),
};

const LETTER = /\p{L}/u;
const JOINERS = new Set(["'", '’', '-']);

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text[i])) {
      i++;
      continue;
    }
    const start = i;
    while (
      i < text.length &&
      (isWordChar(text[i]) || (JOINERS.has(text[i]) && i + 1 < text.length && isWordChar(text[i + 1])))
    )
      i++;
    const word = text.slice(start, i);
    let letters = 0;
    for (const ch of word) if (LETTER.test(ch)) letters++;
    const caps =
      letters >= 1 && !/\d/.test(word) && word === word.toUpperCase() && word !== word.toLowerCase();
    out.push({ start, end: i, word, letters, caps });
  }
  return out;
}

function isWordChar(ch: string): boolean {
  return LETTER.test(ch) || (ch >= '0' && ch <= '9');
}

function bare(word: string): string {
  return word.replace(/['’-]/g, '');
}

export interface CapsRun extends Span {
  /** The run's words, each with whether the fix lowercases it (a short acronym inside stays). */
  words: Array<Span & { word: string; lower: boolean }>;
}

/**
 * Runs of consecutive words in capitals (separated by spaces only) holding at least one shouted word:
 * `minLetters` letters or more, not a known acronym, not ignored.
 *
 * @example
 * capsRuns('Il est INTERDIT de publier.', 'fr', 5, new Set()) // → [{ start: 7, end: 15, … }]
 */
export function capsRuns(
  text: string,
  lang: Lang,
  minLetters: number,
  ignore: ReadonlySet<string>,
): CapsRun[] {
  const runs: CapsRun[] = [];
  let current: Token[] = [];
  const flush = () => {
    if (current.some((t) => isShouted(t, minLetters, ignore))) {
      // Trim leading and trailing words that are not part of the shout (a short acronym next to it).
      let a = 0;
      let b = current.length;
      while (a < b && !belongs(current[a], lang, minLetters, ignore)) a++;
      while (b > a && !belongs(current[b - 1], lang, minLetters, ignore)) b--;
      const kept = current.slice(a, b);
      runs.push({
        start: kept[0].start,
        end: kept[kept.length - 1].end,
        words: kept.map((t) => ({
          start: t.start,
          end: t.end,
          word: t.word,
          lower: belongs(t, lang, minLetters, ignore),
        })),
      });
    }
    current = [];
  };
  for (const token of tokens(text)) {
    const previous = current[current.length - 1];
    const adjacent = previous && /^\s+$/.test(text.slice(previous.end, token.start));
    if (!token.caps) {
      flush();
      continue;
    }
    if (previous && !adjacent) flush();
    current.push(token);
  }
  flush();
  return runs;
}

function isShouted(token: Token, minLetters: number, ignore: ReadonlySet<string>): boolean {
  const key = bare(token.word);
  return (
    token.caps &&
    token.letters >= minLetters &&
    !KNOWN_ACRONYMS.has(key) &&
    !ignore.has(token.word) &&
    !ignore.has(key)
  );
}

function belongs(token: Token, lang: Lang, minLetters: number, ignore: ReadonlySet<string>): boolean {
  return isShouted(token, minLetters, ignore) || isFunctionWord(token, lang);
}

function isFunctionWord(token: Token, lang: Lang): boolean {
  return token.word.split(/['’-]/).every((part) => part === '' || FUNCTION_WORDS[lang].has(part));
}

/**
 * The fix for one run: each shouted word and function word lowercased (one edit per word, so markup
 * between words is kept); a word that starts the sentence keeps its initial capital.
 *
 * @example
 * lowercaseRun('NE JAMAIS publier.', run) // → [{ start: 0, end: 2, text: 'Ne' }, { start: 3, end: 9, text: 'jamais' }]
 */
export function lowercaseRun(text: string, run: CapsRun): Array<Span & { text: string }> {
  const edits: Array<Span & { text: string }> = [];
  const sentenceStart = firstLetter(text);
  for (const word of run.words) {
    if (!word.lower) continue;
    let lower = word.word.toLowerCase();
    if (word.start === sentenceStart) lower = lower.charAt(0).toUpperCase() + lower.slice(1);
    if (lower !== word.word) edits.push({ start: word.start, end: word.end, text: lower });
  }
  return edits;
}

function firstLetter(text: string): number {
  for (let i = 0; i < text.length; i++) if (isWordChar(text[i])) return i;
  return -1;
}

/**
 * Runs of two or more exclamation marks (spaces between them allowed), where one would do.
 *
 * @example
 * exclamationRuns('Respectez vos collègues !!!') // → [{ start: 24, end: 27 }]
 */
export function exclamationRuns(text: string): Span[] {
  const runs: Span[] = [];
  for (const match of text.matchAll(/!(?:\s*!)+/g)) {
    runs.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  }
  return runs;
}
