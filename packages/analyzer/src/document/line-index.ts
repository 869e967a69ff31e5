import type { Point } from '../types.js';

/**
 * Turns 0-based offsets into `Point`s (1-based line and column, in UTF-16 code units). A line ends
 * at `\n`, `\r\n` or a lone `\r`, as editors count them.
 *
 * @example
 * const lines = new LineIndex('a\nbc');
 * lines.point(3); // { offset: 3, line: 2, column: 2 }
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[] = [0];
  private readonly length: number;
  /** Last line found: callers mostly ask in increasing order, so the search starts there. */
  private hint = 0;

  constructor(source: string) {
    this.length = source.length;
    for (let i = 0; i < source.length; i++) {
      const code = source.charCodeAt(i);
      if (code === 0x0a) this.starts.push(i + 1);
      else if (code === 0x0d) {
        if (source.charCodeAt(i + 1) === 0x0a) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** The point at `offset`, clamped to the source. */
  point(offset: number): Point {
    const at = Math.max(0, Math.min(this.length, Number.isFinite(offset) ? Math.trunc(offset) : 0));
    const line = this.lineOf(at);
    return { offset: at, line: line + 1, column: at - this.starts[line] + 1 };
  }

  /** Offset where 1-based `line` starts; the source's length past the last line. */
  lineStart(line: number): number {
    return line >= 1 && line <= this.starts.length ? this.starts[line - 1] : this.length;
  }

  /** 0-based index of the line that holds `offset`. */
  private lineOf(offset: number): number {
    const starts = this.starts;
    let line = this.hint;
    if (starts[line] <= offset) {
      // Forward walk for nearby offsets, binary search for far ones.
      for (let steps = 0; steps < 8; steps++) {
        if (line + 1 >= starts.length || starts[line + 1] > offset) {
          this.hint = line;
          return line;
        }
        line++;
      }
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.hint = lo;
    return lo;
  }
}
