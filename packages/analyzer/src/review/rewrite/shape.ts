/**
 * The shape of a sentence around the clause a rewording rewrites: a kept lead ("Afin de protéger …, "),
 * the core clause, a kept tail (", même sur un compte privé", ": student number, …") and the final
 * punctuation. Rewriters only see the core; this module puts the sentence back together and turns the
 * whole new sentence into the smallest word-aligned edit on the original text.
 */
import type { Lang } from '../../types.js';

/** What a language rewriter returns for one core clause. */
export interface CoreRewording {
  /** The grammatical pattern, e.g. `fr/sans-condition` (documented in README.md). */
  pattern: string;
  /** The new core, written as if it opened a sentence (capital first letter when generated). */
  text: string;
  /**
   * True when the first word was generated (its case follows the original core's first letter);
   * false when it was copied from the original and keeps its case.
   */
  generatedStart: boolean;
}

/** A rewriter of one core clause; null when no pattern applies safely. */
export type CoreRewriter = (core: string, label: 'prohibition' | 'obligation') => CoreRewording | null;

/** A candidate core: norm[start, end) with the rest of the sentence kept around it. */
export interface Candidate {
  start: number;
  end: number;
}

/** Typographic apostrophes and no-break spaces folded so that patterns see one spelling; same length. */
export function normalize(text: string): string {
  return text.replace(/[’ʼ‘`]/g, "'").replace(/[\u00a0\u202f\u2007]/g, ' ');
}

/**
 * Where the sentence's words end: before the final punctuation, closing quotes and spaces.
 *
 * @example
 * wordsEnd('Ne publiez pas.') // → 14
 */
export function wordsEnd(norm: string): number {
  let end = norm.length;
  while (end > 0 && /[\s.!?…;:»"”)\]*_]/.test(norm[end - 1])) end--;
  return end;
}

/** Words after which a kept tail would change the rule's logic or carry on the negation. */
const BLOCKED_TAIL: Record<Lang, RegExp> = {
  fr: /^(?:et|ou|ni|mais|sauf|excepté|hormis|à moins|si ce n'est|sinon|ne|n'|car|puisque|parce)\b/i,
  en: /^(?:and|or|nor|but|unless|except|save|otherwise|if not|not)\b/i,
};

/** How many leads (and tails) are tried at most. */
const MAX_SPLITS = 6;

/**
 * The candidate cores of a sentence, best first: from the start or after a lead ending in ", ";
 * to the end of the words or before a tail that opens with ", ", ": ", " (" or a dash.
 *
 * @example
 * candidates('Toutefois, ne publiez pas X, même ici', 37, 'fr')[0] // → { start: 0, end: 37 }
 */
export function candidates(norm: string, end: number, lang: Lang): Candidate[] {
  const starts = [0];
  const ends = [end];
  const sep = /, |\s?: | \(| [–—] /g;
  for (let m = sep.exec(norm); m !== null && m.index < end; m = sep.exec(norm)) {
    if (m[0] === ', ') starts.push(m.index + 2);
    const tail = norm.slice(m.index + m[0].length, end);
    if (m.index > 0 && !BLOCKED_TAIL[lang].test(tail)) ends.push(m.index);
  }
  ends.sort((a, b) => b - a);
  // A rule has few leads and tails; bounding them keeps a sentence with many commas cheap.
  const out: Candidate[] = [];
  for (const start of starts.slice(0, MAX_SPLITS)) {
    for (const e of ends.slice(0, MAX_SPLITS)) if (e - start >= 3) out.push({ start, end: e });
  }
  return out;
}

/** Sets the case of `text`'s first letter. */
export function withInitial(text: string, upper: boolean): string {
  if (text === '') return text;
  return (upper ? text[0].toUpperCase() : text[0].toLowerCase()) + text.slice(1);
}

/** True when the first letter of `text` is a capital. */
export function startsUpper(text: string): boolean {
  const c = text.match(/\p{L}/u)?.[0];
  return c !== undefined && c === c.toUpperCase() && c !== c.toLowerCase();
}

/** An edit on the original text and the sentence it produces. */
export interface TextChange {
  start: number;
  end: number;
  replacement: string;
  result: string;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}'-]/u.test(c);
}

/**
 * The smallest edit, widened to whole words, that turns `original` into `next`; `norm` is `original`
 * normalized (same length) and `next` is written in the normalized spelling. Apostrophes of the
 * replacement follow the sentence's own style.
 *
 * @example
 * diffEdit('Ne publiez pas X.', 'Ne publiez pas X.', 'Publiez X.').replacement // → 'Publiez'
 */
export function diffEdit(original: string, norm: string, next: string): TextChange {
  let p = 0;
  const max = Math.min(norm.length, next.length);
  while (p < max && norm[p] === next[p]) p++;
  let s = 0;
  while (s < max - p && norm[norm.length - 1 - s] === next[next.length - 1 - s]) s++;
  // Widen to word boundaries so the suggestion reads as whole words.
  while (p > 0 && isWordChar(norm[p - 1]) && (isWordChar(norm[p]) || isWordChar(next[p]))) p--;
  while (
    s > 0 &&
    isWordChar(norm[norm.length - s]) &&
    (isWordChar(norm[norm.length - s - 1]) || isWordChar(next[next.length - s - 1]))
  )
    s--;
  const start = p;
  const end = norm.length - s;
  const curly = original.includes('’') && !original.includes("'");
  let replacement = next.slice(p, next.length - s);
  if (curly) replacement = replacement.replace(/'/g, '’');
  return {
    start,
    end,
    replacement,
    result: original.slice(0, start) + replacement + original.slice(end),
  };
}

/**
 * Runs a core rewriter over the candidate cores of a sentence and rebuilds the first success.
 *
 * @example
 * rewriteSentence('Ne publiez pas X.', 'fr', 'prohibition', rewriter) // → { pattern, start, end, … }
 */
export function rewriteSentence(
  text: string,
  lang: Lang,
  label: 'prohibition' | 'obligation',
  rewrite: CoreRewriter,
): (TextChange & { pattern: string }) | null {
  const norm = normalize(text);
  const end = wordsEnd(norm);
  if (/\?\s*$/.test(norm)) return null; // a question is not a rule to reword
  for (const c of candidates(norm, end, lang)) {
    const core = norm.slice(c.start, c.end);
    const out = rewrite(core, label);
    if (out === null) continue;
    const newCore = out.generatedStart ? withInitial(out.text, startsUpper(core)) : out.text;
    const next = norm.slice(0, c.start) + newCore + norm.slice(c.end);
    if (next === norm) continue;
    return { pattern: out.pattern, ...diffEdit(text, norm, next) };
  }
  return null;
}
