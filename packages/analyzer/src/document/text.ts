import type { DraftSink } from './block-draft.js';
import { isSpaceCode } from './chars.js';
import { TextBuilder } from './text-builder.js';

/** A line that starts a list item: a bullet, "1." / "1)" or "a)", then a space. */
const ITEM_MARKER = /(?:[-*•–—·▪◦‣►]|\d{1,3}[.)]|[a-z]\))[ \t]+/y;

/**
 * Reads plain text: blank lines separate paragraphs, a line starting with a bullet or a number
 * starts a list item, and the lines of a block are joined by line breaks.
 *
 * @example
 * const out: DraftSink = [];
 * readText('Règles :\n- Respecter autrui\n- Citer ses sources', out);
 * out.map((b) => b.kind); // ['paragraph', 'listItem', 'listItem']
 */
export function readText(source: string, out: DraftSink): void {
  let builder: TextBuilder | null = null;
  let kind: 'paragraph' | 'listItem' = 'paragraph';
  let lastLineEnd = 0;
  const flush = (): void => {
    if (builder && !builder.isEmpty)
      out.push({ kind, depth: kind === 'listItem' ? 1 : 0, plain: builder.finish() });
    builder = null;
  };
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = lineStart;
    while (lineEnd < source.length) {
      const c = source.charCodeAt(lineEnd);
      if (c === 0x0a || c === 0x0d) break;
      lineEnd++;
    }
    let content = lineStart;
    while (content < lineEnd && isSpaceCode(source.charCodeAt(content))) content++;
    if (content === lineEnd) flush();
    else {
      ITEM_MARKER.lastIndex = content;
      const marker = ITEM_MARKER.exec(source);
      if (marker) {
        flush();
        kind = 'listItem';
        content += marker[0].length;
      } else if (!builder) kind = 'paragraph';
      if (builder) builder.space(lastLineEnd, content, true);
      else builder = new TextBuilder(source);
      builder.text(content, lineEnd);
      lastLineEnd = lineEnd;
    }
    if (lineEnd >= source.length) break;
    lineStart =
      lineEnd + (source.charCodeAt(lineEnd) === 0x0d && source.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1);
  }
  flush();
}
