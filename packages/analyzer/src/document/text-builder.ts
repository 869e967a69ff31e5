import { isSpaceCode } from './chars.js';

/**
 * The plain text of one block and how it maps onto the source.
 *
 * `pieces` holds groups of four numbers: textStart, sourceStart, sourceEnd, verbatim (1 or 0).
 * A verbatim piece copies source[sourceStart, sourceEnd) exactly; any other piece stands for
 * source it replaces (a decoded entity, or a stretch of whitespace collapsed to one space). Pieces
 * are contiguous in the text and ordered on both sides; markup removed between them has no piece.
 */
export interface PlainText {
  text: string;
  pieces: number[];
  /** Text offsets of the spaces that stand for a line break (`<br>`, a hard break, a line end in plain text). */
  breaks: number[];
}

/** Fields per piece in `PlainText.pieces`. */
export const PIECE = 4;

/**
 * Accumulates a block's plain text. Whitespace is held back until more text arrives, so the text
 * never starts or ends with a space and never has two in a row.
 *
 * @example
 * const b = new TextBuilder('a  b\n');
 * b.text(0, 5);
 * b.finish().text; // 'a b'
 */
export class TextBuilder {
  // Parts are joined once at the end: a one-part text stays a slice of the source, and nothing
  // is re-flattened later.
  private readonly parts: string[] = [];
  private length = 0;
  private pieces: number[] = [];
  private breaks: number[] = [];
  private spaceStart = -1;
  private spaceEnd = -1;
  private spaceBreak = false;
  /** End of the last source character used; nothing may be added before it. */
  private lastEnd = 0;

  /**
   * `view` is what the reader scanned: the source itself, or a part of it starting at source
   * offset `base` with some characters blanked (the `>` of a quote around raw HTML). Text is
   * copied from the view, so blanked characters never leak into it.
   */
  constructor(
    private readonly source: string,
    private readonly view: string = source,
    private readonly base = 0,
  ) {}

  /** Nothing but whitespace was added yet. */
  get isEmpty(): boolean {
    return this.length === 0;
  }

  /** Source offset past the last text added (for ordering checks). */
  get sourceEnd(): number {
    return this.lastEnd;
  }

  /**
   * Appends source[start, end) as text: copied verbatim, except that whitespace other than a
   * single space between two words collapses (soft line ends included; they are not breaks).
   */
  text(start: number, end: number): void {
    if (end <= start || start < this.lastEnd) return;
    const { view, base } = this;
    let runStart = start;
    let i = start;
    while (i < end) {
      const c = view.charCodeAt(i - base);
      if (c > 0x20 && (c < 0x7f || !isSpaceCode(c))) {
        i++;
        continue;
      }
      // One plain space inside the text stays part of the verbatim run.
      if (
        c === 0x20 &&
        i > runStart &&
        i + 1 < end &&
        this.source.charCodeAt(i) === 0x20 &&
        !isSpaceCode(view.charCodeAt(i + 1 - base))
      ) {
        i++;
        continue;
      }
      if (i > runStart) this.verbatim(runStart, i);
      let j = i + 1;
      while (j < end && isSpaceCode(view.charCodeAt(j - base))) j++;
      this.space(i, j, false);
      runStart = j;
      i = j;
    }
    if (end > runStart) this.verbatim(runStart, end);
  }

  /** Appends text that replaces source[start, end) (a decoded entity). */
  decoded(text: string, start: number, end: number): void {
    if (end <= start || start < this.lastEnd || text.length === 0) return;
    let allSpace = true;
    for (let i = 0; i < text.length; i++) {
      if (!isSpaceCode(text.charCodeAt(i))) {
        allSpace = false;
        break;
      }
    }
    if (allSpace) {
      this.space(start, end, false);
      return;
    }
    this.flushSpace();
    this.pieces.push(this.length, start, end, 0);
    this.append(text);
    this.lastEnd = end;
  }

  /** Records whitespace over source[start, end); `isBreak` when it is a line break. */
  space(start: number, end: number, isBreak: boolean): void {
    if (end <= start || start < this.lastEnd) return;
    if (this.spaceStart < 0) this.spaceStart = start;
    this.spaceEnd = end;
    this.spaceBreak ||= isBreak;
    this.lastEnd = end;
  }

  /** The text and its mapping; the builder must not be used afterwards. */
  finish(): PlainText {
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    return { text, pieces: this.pieces, breaks: this.breaks };
  }

  /** Appends source[start, end), which holds no whitespace but single inner spaces (copied from the view). */
  private verbatim(start: number, end: number): void {
    this.flushSpace();
    const pieces = this.pieces;
    const n = pieces.length;
    // Extend the previous piece when it is verbatim and ends right here.
    if (n > 0 && pieces[n - 1] === 1 && pieces[n - 2] === start) pieces[n - 2] = end;
    else pieces.push(this.length, start, end, 1);
    this.append(this.view.slice(start - this.base, end - this.base));
    this.lastEnd = end;
  }

  private append(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  private flushSpace(): void {
    if (this.spaceStart < 0) return;
    const start = this.spaceStart;
    const end = this.spaceEnd;
    const isBreak = this.spaceBreak;
    this.spaceStart = -1;
    this.spaceBreak = false;
    // Leading whitespace is dropped: a block's text starts at its first real character.
    if (this.length === 0) return;
    if (isBreak) this.breaks.push(this.length);
    const verbatim = end - start === 1 && this.source.charCodeAt(start) === 0x20;
    const pieces = this.pieces;
    const n = pieces.length;
    if (verbatim && pieces[n - 1] === 1 && pieces[n - 2] === start) pieces[n - 2] = end;
    else pieces.push(this.length, start, end, verbatim ? 1 : 0);
    this.append(' ');
  }
}
