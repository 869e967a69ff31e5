import type { Env, MarkdownIt as MarkdownItInstance, StateBlock, Token } from 'markdown-it';
import MarkdownIt from 'markdown-it';
import type { BlockContext, DraftSink, SourceCursor } from './block-draft.js';
import { isSpaceCode } from './chars.js';
import { readHtmlFragment } from './html.js';
import { type ReferenceLookup, scanMarkdownInline } from './inline-markdown.js';
import { keepRanges } from './source-view.js';
import { TextBuilder } from './text-builder.js';

/*
 * Markdown is read in two steps. markdown-it finds the blocks (block level only: its inline
 * tokenizer is not run); its block rules are wrapped to record, while its state still knows
 * them, where each line's content starts and ends in the source. The inline scan of each block
 * then works on those exact source ranges.
 */

type RecordFn = (state: StateBlock, token: Token) => void;

interface SegmentsMeta {
  /** [start, end) source ranges of the block's content, one pair per line. */
  segments: number[];
}

interface LinesMeta {
  /** [start, end) source ranges of whole lines (after container markers), one pair per line. */
  lines: number[];
  /** For indented code: whether it is really raw HTML. */
  html?: boolean;
}

function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function contentLines(state: StateBlock, from: number, to: number): number[] {
  const segments: number[] = [];
  for (let line = from; line < to; line++) {
    segments.push(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
  }
  return segments;
}

function wholeLines(state: StateBlock, from: number, to: number): number[] {
  const lines: number[] = [];
  for (let line = from; line < to; line++) lines.push(state.bMarks[line], state.eMarks[line]);
  return lines;
}

const recordParagraph: RecordFn = (state, token) => {
  if (token.type !== 'inline' || !token.map) return;
  token.meta = { segments: contentLines(state, token.map[0], token.map[1]) } satisfies SegmentsMeta;
};

const recordHeading: RecordFn = (state, token) => {
  if (token.type !== 'inline' || !token.map) return;
  // Same bounds as markdown-it's heading rule: after the opening #s, before a closing sequence.
  const line = token.map[0];
  const src = state.src;
  let pos = state.bMarks[line] + state.tShift[line];
  let max = state.eMarks[line];
  while (pos < max && src.charCodeAt(pos) === 0x23) pos++;
  while (max > pos && isSpaceOrTab(src.charCodeAt(max - 1))) max--;
  let hashes = max;
  while (hashes > pos && src.charCodeAt(hashes - 1) === 0x23) hashes--;
  if (hashes > pos && isSpaceOrTab(src.charCodeAt(hashes - 1))) max = hashes;
  else if (hashes === pos) max = pos;
  token.meta = { segments: [pos, max] } satisfies SegmentsMeta;
};

const recordTable: RecordFn = (state, token) => {
  if (token.type !== 'table_open' || !token.map) return;
  token.meta = { lines: contentLines(state, token.map[0], token.map[1]) } satisfies LinesMeta;
};

const recordCode: RecordFn = (state, token) => {
  if (token.type !== 'code_block' || !token.map) return;
  const [from, to] = token.map;
  let html = false;
  for (let line = from; line < to; line++) {
    const pos = state.bMarks[line] + state.tShift[line];
    if (pos >= state.eMarks[line]) continue;
    html = startsWithTag(state.src, pos);
    break;
  }
  token.meta = { lines: wholeLines(state, from, to), html } satisfies LinesMeta;
};

const recordHtml: RecordFn = (state, token) => {
  if (token.type !== 'html_block' || !token.map) return;
  token.meta = { lines: wholeLines(state, token.map[0], token.map[1]) } satisfies LinesMeta;
};

/** `<p`, `</div`, `<!--`: the start of an HTML tag or comment. */
function startsWithTag(src: string, pos: number): boolean {
  if (src.charCodeAt(pos) !== 0x3c) return false;
  const next = src.charCodeAt(pos + 1) | 0x20;
  if (next >= 0x61 && next <= 0x7a) return true;
  const after = src.charCodeAt(pos + 2) | 0x20;
  return (src.charCodeAt(pos + 1) === 0x2f && after >= 0x61 && after <= 0x7a) || src.startsWith('<!--', pos);
}

/** What the rule wrappers find in markdown-it's `env` during a parse. */
interface ParseContext {
  reader: MarkdownReader;
  /** Nesting of block rules being run: 0 between top-level blocks. */
  depth: number;
  /** Hand over tokens after each top-level block (false when link references may come later). */
  incremental: boolean;
}

const CONTEXT = Symbol('charte.markdown');

const RECORDERS: Record<string, RecordFn> = {
  paragraph: recordParagraph,
  lheading: recordParagraph,
  heading: recordHeading,
  table: recordTable,
  code: recordCode,
  html_block: recordHtml,
};

/**
 * Wraps every block rule: the recorders note source ranges while markdown-it's state knows them,
 * and after each top-level block its tokens go to the reader and are dropped, so they never
 * pile up (markdown-it does not look back at finished top-level tokens).
 */
function wrapRules(md: MarkdownItInstance): void {
  for (const rule of md.block.ruler.__rules__.slice()) {
    const original = rule.fn;
    const record = RECORDERS[rule.name];
    md.block.ruler.at(
      rule.name,
      (state, startLine, endLine, silent) => {
        if (silent) return original(state, startLine, endLine, silent);
        const context = state.env[CONTEXT] as ParseContext | undefined;
        const before = state.tokens.length;
        if (context) context.depth++;
        const ok = original(state, startLine, endLine, silent);
        if (context) context.depth--;
        if (!ok) return ok;
        if (record) for (let t = before; t < state.tokens.length; t++) record(state, state.tokens[t]);
        if (context?.incremental && context.depth === 0) {
          context.reader.read(state.tokens);
          state.tokens.length = 0;
        }
        return ok;
      },
      { alt: rule.alt.slice() },
    );
  }
}

/**
 * markdown-it's Token constructor defines each field with Object.defineProperty, which is most
 * of its block-parsing time. Block rules only read and write token fields, so tokens are made
 * with the same prototype and plain assignments instead.
 */
function useFastTokens(md: MarkdownItInstance): void {
  const Base = md.block.State;
  md.block.State = class FastStateBlock extends Base {
    override push(type: string, tag: string, nesting: -1 | 0 | 1): Token {
      const token = Object.create(this.Token.prototype) as Token;
      token.type = type;
      token.tag = tag;
      token.attrs = null;
      token.map = null;
      token.nesting = nesting;
      if (nesting < 0) this.level--;
      token.level = this.level;
      if (nesting > 0) this.level++;
      token.children = null;
      token.content = '';
      token.markup = '';
      token.info = '';
      token.meta = null;
      token.block = true;
      token.hidden = false;
      this.tokens.push(token);
      return token;
    }
  };
}

let shared: MarkdownItInstance | null = null;

function parser(): MarkdownItInstance {
  if (shared) return shared;
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  useFastTokens(md);
  wrapRules(md);
  shared = md;
  return md;
}

/** Cells of a table row's source range, as trimmed [start, end) pairs. Escaped pipes stay. */
function rowCells(src: string, start: number, end: number): number[] {
  let a = start;
  let b = end;
  while (a < b && isSpaceCode(src.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(src.charCodeAt(b - 1))) b--;
  if (src.charCodeAt(a) === 0x7c) a++;
  if (b > a && src.charCodeAt(b - 1) === 0x7c && src.charCodeAt(b - 2) !== 0x5c) b--;
  const cells: number[] = [];
  let cellStart = a;
  for (let i = a; i < b; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x7c) {
      cells.push(cellStart, i);
      cellStart = i + 1;
    }
  }
  cells.push(cellStart, b);
  for (let k = 0; k < cells.length; k += 2) {
    while (cells[k] < cells[k + 1] && isSpaceCode(src.charCodeAt(cells[k]))) cells[k]++;
    while (cells[k + 1] > cells[k] && isSpaceCode(src.charCodeAt(cells[k + 1] - 1))) cells[k + 1]--;
  }
  return cells;
}

const TASK_MARKER = /^\[[ xX]\][ \t]+/;

class MarkdownReader {
  private listDepth = 0;
  private readonly containers: ('item' | 'quote')[] = [];
  private heading = 0;
  private itemStart = false;

  constructor(
    private readonly source: string,
    private readonly isReference: ReferenceLookup | null,
    private readonly cursor: SourceCursor,
    private readonly out: DraftSink,
  ) {}

  /** Reads a batch of tokens; batches come in order and the reader keeps its place between them. */
  read(tokens: Token[]): void {
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t];
      switch (token.type) {
        case 'bullet_list_open':
        case 'ordered_list_open':
          this.listDepth++;
          break;
        case 'bullet_list_close':
        case 'ordered_list_close':
          this.listDepth--;
          break;
        case 'list_item_open':
          this.containers.push('item');
          this.itemStart = true;
          break;
        case 'blockquote_open':
          this.containers.push('quote');
          break;
        case 'list_item_close':
        case 'blockquote_close':
          this.containers.pop();
          break;
        case 'heading_open':
          this.heading = Number(token.tag.slice(1)) || 1;
          break;
        case 'heading_close':
          this.heading = 0;
          break;
        case 'inline':
          this.inline(token);
          break;
        case 'table_open':
          this.itemStart = false;
          this.table(token);
          while (t + 1 < tokens.length && tokens[t].type !== 'table_close') t++;
          break;
        case 'code_block':
        case 'fence': {
          // Fenced and ordinary indented code hold no prose; indented raw HTML does.
          this.itemStart = false;
          const meta = token.meta as LinesMeta | null;
          if (meta?.html) this.html(meta.lines);
          break;
        }
        case 'html_block': {
          const meta = token.meta as LinesMeta | null;
          if (meta) this.html(meta.lines);
          break;
        }
      }
    }
  }

  private context(): BlockContext {
    const inner = this.containers[this.containers.length - 1];
    if (inner === 'item') return { kind: 'listItem', depth: Math.max(1, this.listDepth) };
    if (inner === 'quote') return { kind: 'quote', depth: 0 };
    return { kind: 'paragraph', depth: 0 };
  }

  private inline(token: Token): void {
    const meta = token.meta as SegmentsMeta | null;
    const itemStart = this.itemStart;
    this.itemStart = false;
    if (!meta) return;
    const context: BlockContext =
      this.heading > 0 ? { kind: 'heading', depth: this.heading } : this.context();
    const segments = meta.segments;
    if (itemStart && context.kind === 'listItem' && segments.length >= 2) {
      const marker = TASK_MARKER.exec(this.source.slice(segments[0], Math.min(segments[1], segments[0] + 8)));
      if (marker) segments[0] += marker[0].length;
    }
    this.emit(context, segments);
  }

  private table(token: Token): void {
    const meta = token.meta as LinesMeta | null;
    if (!meta) return;
    const lines = meta.lines;
    const columns = lines.length >= 2 ? rowCells(this.source, lines[0], lines[1]).length / 2 : 0;
    // Row 1 is the delimiter row (|---|:---:|).
    for (let row = 0; row + 1 < lines.length; row += 2) {
      if (row === 2) continue;
      const cells = rowCells(this.source, lines[row], lines[row + 1]);
      for (let k = 0; k < cells.length && k / 2 < columns; k += 2) {
        if (cells[k + 1] > cells[k]) this.emit({ kind: 'tableCell', depth: 0 }, [cells[k], cells[k + 1]]);
      }
    }
  }

  private html(lines: number[]): void {
    this.itemStart = false;
    if (lines.length < 2) return;
    const start = lines[0];
    const end = lines[lines.length - 1];
    const context = this.containers.length > 0 ? this.context() : { kind: 'html' as const, depth: 0 };
    readHtmlFragment(
      this.source,
      keepRanges(this.source, start, end, lines),
      start,
      context,
      this.cursor,
      this.out,
    );
  }

  private emit(context: BlockContext, segments: number[]): void {
    const builder = new TextBuilder(this.source);
    scanMarkdownInline(this.source, segments, builder, this.isReference);
    this.cursor.lastEnd = Math.max(this.cursor.lastEnd, builder.sourceEnd);
    if (!builder.isEmpty)
      this.out.push({ kind: context.kind, depth: context.depth, plain: builder.finish() });
  }
}

/**
 * Reads Markdown (CommonMark + GFM tables and strikethrough, raw HTML allowed) into block drafts.
 * `view` is what markdown-it parses: the source with line ends normalized and front matter
 * blanked, same length as the source.
 *
 * An indented code block whose first line starts with an HTML tag is read as raw HTML: content
 * exported from a CMS is often indented, and nobody quotes HTML source in a charter. Fenced code
 * blocks give no text.
 *
 * @example
 * const out: DraftSink = [];
 * readMarkdown('# Titre\n\nUn *mot*.', '# Titre\n\nUn *mot*.', { lastEnd: 0 }, out);
 * out.map((b) => b.plain.text); // ['Titre', 'Un mot.']
 */
export function readMarkdown(source: string, view: string, cursor: SourceCursor, out: DraftSink): void {
  const md = parser();
  const env: Env = {};
  const isReference: ReferenceLookup = (label) => {
    const references = env.references;
    return references !== undefined && Object.hasOwn(references, md.utils.normalizeReference(label));
  };
  // A definition ("[label]: url") may follow its uses: then blocks are read once all are known.
  const mayHaveReferences = view.includes(']:');
  const reader = new MarkdownReader(source, mayHaveReferences ? isReference : null, cursor, out);
  const context: ParseContext = { reader, depth: 0, incremental: !mayHaveReferences };
  env[CONTEXT] = context;
  const tokens: Token[] = [];
  md.block.parse(view, md, env, tokens);
  reader.read(tokens);
}
