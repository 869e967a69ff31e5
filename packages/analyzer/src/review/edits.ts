/**
 * Turns a rule's relative edits into `TextEdit`s on the source: sentence offsets become source offsets,
 * new paragraphs get the blank lines (Markdown, text) or tags (HTML) of the document's format and its
 * line ends, and inserted text is escaped for HTML.
 */
import { sourceOffset } from '../document/index.js';
import type { CharterDocument, Suggestion, TextEdit } from '../types.js';
import type { RelativeEdit, RelativeSuggestion } from './rule.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const TERMINAL = /[.!?…:;»"”)\]]\s*$/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
const HTML_BLOCK_END = /<\/(?:p|h[1-6]|blockquote|div|ul|ol|dl|table|section|article|pre)\s*>/gi;

/** Resolves suggestions for one document. Create once per document: it caches the line end. */
export class EditResolver {
  private readonly eol: string;
  private readonly headingLevel: number;

  constructor(private readonly document: CharterDocument) {
    this.eol = document.source.includes('\r\n') ? '\r\n' : '\n';
    this.headingLevel = usualSectionLevel(document);
  }

  /** A rule's suggestion as plain data; `safe` is withdrawn when an edit would not be verbatim. */
  suggestion(relative: RelativeSuggestion): Suggestion | null {
    const edits: TextEdit[] = [];
    let safe = relative.safe === true;
    for (const edit of relative.edits) {
      const resolved = this.edit(edit);
      if (!resolved) return null;
      if (safe && edit.kind === 'replace' && !this.isVerbatim(edit)) safe = false;
      edits.push(resolved);
    }
    if (edits.length === 0) return null;
    edits.sort((a, b) => a.start - b.start || a.end - b.end);
    return safe ? { title: relative.title, edits, safe: true } : { title: relative.title, edits };
  }

  private edit(edit: RelativeEdit): TextEdit | null {
    const { document } = this;
    switch (edit.kind) {
      case 'replace': {
        const sentence = document.sentences[edit.sentence];
        if (!sentence) return null;
        const from = Math.max(0, Math.min(edit.start, sentence.text.length));
        const to = Math.max(from, Math.min(edit.end, sentence.text.length));
        const start = sourceOffset(sentence, from, 'start');
        const end = Math.max(start, sourceOffset(sentence, to, 'end'));
        return { start, end, text: this.escape(edit.text) };
      }
      case 'insert-after-sentence': {
        const sentence = document.sentences[edit.sentence];
        if (!sentence) return null;
        // A list item without a final stop gets one, so the added sentence does not run into it.
        const stop = TERMINAL.test(sentence.text) ? '' : '.';
        return {
          start: sentence.end.offset,
          end: sentence.end.offset,
          text: `${stop} ${this.escape(edit.text)}`,
        };
      }
      case 'insert-after-block':
        return this.paragraphAfterBlock(edit.block, edit.text);
      case 'append-to-section': {
        const block = lastOwnBlock(document, edit.section);
        return block === null ? this.paragraphAtEnd(edit.text) : this.paragraphAfterBlock(block, edit.text);
      }
      case 'append-to-document':
        return this.paragraphAtEnd(edit.text, edit.heading);
    }
  }

  private isVerbatim(edit: Extract<RelativeEdit, { kind: 'replace' }>): boolean {
    const sentence = this.document.sentences[edit.sentence];
    const start = sourceOffset(sentence, edit.start, 'start');
    const end = sourceOffset(sentence, edit.end, 'end');
    return this.document.source.slice(start, end) === sentence.text.slice(edit.start, edit.end);
  }

  private paragraphAfterBlock(index: number, text: string): TextEdit | null {
    const block = this.document.blocks[index];
    if (!block) return null;
    const { source, format } = this.document;
    const end = block.end.offset;
    // Raw HTML inside Markdown (a Jekyll post's body) takes HTML paragraphs, like an HTML file.
    const inHtml =
      format === 'html' ||
      (format === 'markdown' && /^[^\S\r\n]*<\/?[a-zA-Z]/.test(source.slice(end, lineEnd(source, end))));
    if (inHtml) {
      HTML_BLOCK_END.lastIndex = end;
      const close = HTML_BLOCK_END.exec(source);
      const at = close ? close.index + close[0].length : end;
      return { start: at, end: at, text: `${this.eol}<p>${escapeHtml(text)}</p>` };
    }
    const at = block.kind === 'heading' ? lineEnd(source, end) : paragraphEnd(source, end);
    return { start: at, end: at, text: `${this.eol}${this.eol}${text}` };
  }

  private paragraphAtEnd(text: string, heading?: string): TextEdit {
    const { source, format } = this.document;
    const { eol } = this;
    const at = source.length;
    if (format === 'html') {
      const title = heading
        ? `<h${this.headingLevel}>${escapeHtml(heading)}</h${this.headingLevel}>${eol}`
        : '';
      return { start: at, end: at, text: `${eol}${title}<p>${escapeHtml(text)}</p>${eol}` };
    }
    const title = heading
      ? `${format === 'markdown' ? `${'#'.repeat(this.headingLevel)} ` : ''}${heading}${eol}${eol}`
      : '';
    const lead = source.length === 0 ? '' : /\r?\n$/.test(source) ? eol : `${eol}${eol}`;
    return { start: at, end: at, text: `${lead}${title}${text}${eol}` };
  }

  private escape(text: string): string {
    return this.document.format === 'html' ? escapeHtml(text) : text;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML_ESCAPES[c]);
}

/** The last block whose innermost section is `section` (its own text, subsections excluded). */
function lastOwnBlock(document: CharterDocument, index: number): number | null {
  const section = document.sections[index];
  if (!section) return null;
  for (let b = section.blocks[1] - 1; b >= section.blocks[0]; b--) {
    if (document.blocks[b]?.section === index) return b;
  }
  return null;
}

/** Offset of the end of the line holding `offset` (before its line end). */
function lineEnd(source: string, offset: number): number {
  let i = Math.max(0, Math.min(offset, source.length));
  while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
  return i;
}

/**
 * End of the Markdown or text paragraph holding `offset`: the end of its last line before a blank line,
 * a heading or the end of the source. A list or a table is one paragraph here, so that nothing is inserted
 * between its items or rows.
 */
function paragraphEnd(source: string, offset: number): number {
  let end = lineEnd(source, Math.max(0, offset - 1));
  while (end < source.length) {
    const next = end + (source.startsWith('\r\n', end) ? 2 : 1);
    const after = lineEnd(source, next);
    const line = source.slice(next, after);
    if (line.trim() === '' || ATX_HEADING.test(line)) break;
    end = after;
  }
  return end;
}

/** The heading level most sections use (ties go to the deeper level), 2 when there is none. */
function usualSectionLevel(document: CharterDocument): number {
  const counts = new Map<number, number>();
  for (const section of document.sections) {
    if (section.level > 0) counts.set(section.level, (counts.get(section.level) ?? 0) + 1);
  }
  let best = 2;
  let bestCount = 0;
  for (const [level, count] of counts) {
    if (count > bestCount || (count === bestCount && level > best)) {
      best = level;
      bestCount = count;
    }
  }
  return best;
}
