import { abbreviationKind } from './abbreviations.js';
import { isDigitCode, isLowerAt, isUpperAt } from './chars.js';

/*
 * Sentence boundaries in one block's plain text (single spaces, no leading or trailing space).
 * One forward pass; each candidate period looks back only over its own word, so the whole split
 * is linear in the text's length.
 */

const PERIOD = 0x2e;
const BANG = 0x21;
const QUESTION = 0x3f;
const ELLIPSIS = 0x2026;
const SPACE = 0x20;
const COLON = 0x3a;

/** Closing quotes and brackets that belong to the sentence whose terminator they follow. */
function isTightCloser(code: number): boolean {
  return (
    code === 0xbb || // »
    code === 0x201d || // ”
    code === 0x22 || // "
    code === 0x2019 || // ’
    code === 0x27 || // '
    code === 0x29 || // )
    code === 0x5d || // ]
    code === 0x7d // }
  );
}

/** Closers French typography separates by a space: « Bonjour. » */
function isSpacedCloser(code: number): boolean {
  return code === 0xbb || code === 0x201d;
}

/** Characters that open a quotation or a parenthesis at a sentence's start. */
function isOpener(code: number): boolean {
  return (
    code === 0xab || // «
    code === 0x201c || // “
    code === 0x2018 || // ‘
    code === 0x22 || // "
    code === 0x27 || // '
    code === 0x28 || // (
    code === 0x5b || // [
    code === 0xbf || // ¿
    code === 0xa1 // ¡
  );
}

/** Characters that mark an item of a list written as lines. */
function isBullet(code: number): boolean {
  return (
    code === 0x2d || // -
    code === 0x2a || // *
    code === 0x2022 || // •
    code === 0x2013 || // –
    code === 0x2014 || // —
    code === 0xb7 || // ·
    code === 0x25aa || // ▪
    code === 0x25e6 || // ◦
    code === 0x2023 || // ‣
    code === 0x25ba // ►
  );
}

/** "1", "3.2.1", "a", "iv": what numbers an item at the start of a sentence. */
const ENUMERATOR = /^(?:\d+(?:\.\d+)*|[a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+)$/;

class Splitter {
  private readonly n: number;
  private readonly breaks: ReadonlySet<number> | null;

  constructor(
    private readonly text: string,
    breaks: readonly number[],
  ) {
    this.n = text.length;
    this.breaks = breaks.length > 0 ? new Set(breaks) : null;
  }

  split(): number[] {
    const { text, n } = this;
    const out: number[] = [];
    let start = this.sentenceStart(0);
    let i = start;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === PERIOD || c === BANG || c === QUESTION || c === ELLIPSIS) {
        let j = i;
        let dots = 0;
        let marks = 0;
        let ellipsis = false;
        for (; j < n; j++) {
          const d = text.charCodeAt(j);
          if (d === PERIOD) dots++;
          else if (d === BANG || d === QUESTION) marks++;
          else if (d === ELLIPSIS) ellipsis = true;
          else break;
        }
        j = this.closersEnd(j);
        if (this.isBoundary(start, i, j, dots, marks, ellipsis || dots >= 2)) {
          out.push(start, j);
          start = this.sentenceStart(j);
          i = start;
        } else i = j;
        continue;
      }
      if (c === COLON && this.isBreak(i + 1)) {
        // A colon at a line break introduces what follows (a list written as lines).
        out.push(start, i + 1);
        start = this.sentenceStart(i + 1);
        i = start;
        continue;
      }
      if (c === SPACE && i > start && this.isBreak(i) && this.isBulletAt(i + 1)) {
        out.push(start, i);
        start = this.sentenceStart(i);
        i = start;
        continue;
      }
      i++;
    }
    if (start < n) out.push(start, n);
    if (out.length === 0 && n > 0) out.push(0, n);
    return out;
  }

  private isBreak(index: number): boolean {
    return this.breaks !== null && this.text.charCodeAt(index) === SPACE && this.breaks.has(index);
  }

  private isBulletAt(index: number): boolean {
    return isBullet(this.text.charCodeAt(index)) && this.text.charCodeAt(index + 1) === SPACE;
  }

  /** First character of the sentence that starts at or after `from`: spaces and a line's bullet skipped. */
  private sentenceStart(from: number): number {
    let k = from;
    while (k < this.n && this.text.charCodeAt(k) === SPACE) k++;
    const atLineStart = k === 0 || this.isBreak(k - 1);
    if (atLineStart && this.isBulletAt(k) && k + 2 < this.n) k += 2;
    return k;
  }

  /** End of the closing quotes and brackets after a terminator that ends at `j`. */
  private closersEnd(j: number): number {
    const { text, n } = this;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (isTightCloser(c)) j++;
      else if (c === SPACE && isSpacedCloser(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    return j;
  }

  /**
   * Whether the terminator at [at, …) whose closers end at `end` ends the sentence begun at
   * `start`. `marks` counts ? and !, `ellipsis` is … or two or more periods.
   */
  private isBoundary(
    start: number,
    at: number,
    end: number,
    dots: number,
    marks: number,
    ellipsis: boolean,
  ): boolean {
    const { text, n } = this;
    if (end >= n) return true;
    // A terminator inside a word (1.5, example.org, page.html?x=1) ends nothing.
    if (text.charCodeAt(end) !== SPACE) return false;
    const next = end + 1;
    if (marks > 0) return !isLowerAt(text, next);
    if (ellipsis) return isUpperAt(text, next) || isOpener(text.charCodeAt(next));
    if (dots !== 1 || isLowerAt(text, next)) return false;
    let wordStart = at;
    while (wordStart > start && text.charCodeAt(wordStart - 1) !== SPACE) wordStart--;
    const firstWord = wordStart === start;
    while (wordStart < at && isOpener(text.charCodeAt(wordStart))) wordStart++;
    const word = text.slice(wordStart, at);
    if (firstWord && ENUMERATOR.test(word)) return false;
    // An elided article is not part of the word: l’art. is art.
    const elision = Math.max(word.lastIndexOf('’'), word.lastIndexOf("'"));
    switch (abbreviationKind(elision < 0 ? word : word.slice(elision + 1))) {
      case 'never':
        return false;
      case 'before-capital':
        return isUpperAt(text, next) || isOpener(text.charCodeAt(next));
      case 'before-non-digit':
        return !isDigitCode(text.charCodeAt(next));
      default:
        return true;
    }
  }
}

/**
 * Splits a block's plain text into sentences and returns [start, end) text offsets, flattened.
 * `breaks` are the offsets of spaces that stand for line breaks (a colon or a bullet at a line
 * break ends a sentence). Every non-empty text gives at least one sentence.
 *
 * @example
 * const text = 'Voir l’art. 3.2.1 du règlement. M. Roy (p. ex. les élèves) signe, etc. Les enseignants aussi.';
 * const at = splitSentences(text);
 * text.slice(at[0], at[1]); // 'Voir l’art. 3.2.1 du règlement.'
 * text.slice(at[2], at[3]); // 'M. Roy (p. ex. les élèves) signe, etc.'
 */
export function splitSentences(text: string, breaks: readonly number[] = []): number[] {
  return new Splitter(text, breaks).split();
}
