import {
  type DefaultTreeAdapterMap,
  type DefaultTreeAdapterTypes,
  defaultTreeAdapter,
  parse,
  parseFragment,
  type TreeAdapter,
} from 'parse5';
import type { BlockKind } from '../types.js';
import type { BlockContext, DraftSink, SourceCursor } from './block-draft.js';
import { decodeEntityAt } from './entities.js';
import { ForwardFinder, htmlTagEnd, isBreakTag } from './html-tags.js';
import { TextBuilder } from './text-builder.js';

type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;

/**
 * parse5's default adapter copies a node's whole location object each time a text node grows by
 * one character token. Only start and end offsets are read here, so the end offset is updated in
 * place instead (end lines and columns of grown nodes are left as first set).
 */
const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  updateNodeSourceCodeLocation(node, endLocation) {
    const location = node.sourceCodeLocation;
    if (!location) defaultTreeAdapter.updateNodeSourceCodeLocation(node, endLocation);
    else if (endLocation.endOffset !== undefined) location.endOffset = endLocation.endOffset;
  },
};

/** Elements whose content is not prose: code, scripts, form controls, embedded media. */
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'title',
  'textarea',
  'pre',
  'svg',
  'math',
  'iframe',
  'object',
  'select',
  'datalist',
  'canvas',
  'audio',
  'video',
]);

/** Elements that end the block before them and start a new one. */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const PARAGRAPH_ELEMENTS = new Set(['p', 'dd', 'dt', 'figcaption', 'caption', 'summary', 'legend']);
const LIST_ELEMENTS = new Set(['ul', 'ol', 'menu', 'dir']);

/** The kind of a block from the block elements that hold it, innermost last. */
function kindOf(open: readonly string[], context: BlockContext): { kind: BlockKind; depth: number } {
  let paragraph = false;
  for (let k = open.length - 1; k >= 0; k--) {
    const tag = open[k];
    if (tag.length === 2 && tag.charCodeAt(0) === 0x68 && tag >= 'h1' && tag <= 'h6') {
      return { kind: 'heading', depth: tag.charCodeAt(1) - 0x30 };
    }
    if (tag === 'li') {
      let depth = 0;
      for (let m = 0; m < k; m++) if (LIST_ELEMENTS.has(open[m])) depth++;
      return {
        kind: 'listItem',
        depth: Math.max(1, depth + (context.kind === 'listItem' ? context.depth : 0)),
      };
    }
    if (tag === 'td' || tag === 'th') return { kind: 'tableCell', depth: 0 };
    if (tag === 'blockquote') return { kind: 'quote', depth: 0 };
    if (PARAGRAPH_ELEMENTS.has(tag)) paragraph = true;
  }
  if (paragraph && context.kind === 'html') return { kind: 'paragraph', depth: 0 };
  return { kind: context.kind, depth: context.depth };
}

/**
 * Appends the text of a parse5 text node, read from its raw source so offsets stay exact:
 * entities are decoded (HTML rules, so `&copy` works too), whitespace collapses, and a tag that
 * the parser ignored but merged into the node is dropped.
 */
function appendRawText(view: string, from: number, to: number, base: number, builder: TextBuilder): void {
  let finder: ForwardFinder | null = null;
  let textStart = from;
  let i = from;
  while (i < to) {
    const c = view.charCodeAt(i);
    let end = -1;
    if (c === 0x26) {
      const entity = decodeEntityAt(view, i, false, to);
      if (entity) {
        builder.text(base + textStart, base + i);
        builder.decoded(entity.text, base + i, base + i + entity.length);
        end = i + entity.length;
      }
    } else if (c === 0x3c) {
      finder ??= new ForwardFinder(view);
      const tagEnd = htmlTagEnd(view, i, finder);
      if (tagEnd >= 0 && tagEnd <= to) {
        builder.text(base + textStart, base + i);
        if (isBreakTag(view, i, tagEnd)) builder.space(base + i, base + tagEnd, true);
        end = tagEnd;
      }
    }
    if (end < 0) i++;
    else textStart = i = end;
  }
  builder.text(base + textStart, base + to);
}

/**
 * Walks a parsed HTML tree without recursion (nesting depth is unbounded in bad input) and
 * turns its text into block drafts.
 */
function walk(
  root: ParentNode,
  view: string,
  base: number,
  source: string,
  context: BlockContext,
  cursor: SourceCursor,
  out: DraftSink,
): void {
  const open: string[] = [];
  const stack: { node: ParentNode; index: number; block: boolean }[] = [
    { node: root, index: 0, block: false },
  ];
  let builder: TextBuilder | null = null;
  let kind: { kind: BlockKind; depth: number } = context;

  const flush = (): void => {
    if (builder && !builder.isEmpty)
      out.push({ kind: kind.kind, depth: kind.depth, plain: builder.finish() });
    builder = null;
  };

  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const children = top.node.childNodes;
    if (top.index >= children.length) {
      stack.pop();
      if (top.block) {
        flush();
        open.pop();
      }
      continue;
    }
    const child: ChildNode = children[top.index++];
    if (child.nodeName === '#text') {
      const location = child.sourceCodeLocation;
      if (!location) continue;
      const start = base + location.startOffset;
      // Foster-parented text can come after text that follows it in the source: keep order.
      if (start < cursor.lastEnd) continue;
      if (!builder) {
        builder = new TextBuilder(source, view, base);
        kind = kindOf(open, context);
      }
      appendRawText(view, location.startOffset, location.endOffset, base, builder);
      cursor.lastEnd = Math.max(cursor.lastEnd, base + location.endOffset);
      continue;
    }
    if (!('tagName' in child)) continue;
    const tag = child.tagName;
    if (SKIPPED.has(tag)) continue;
    if (tag === 'br') {
      const location = child.sourceCodeLocation;
      if (builder && location) {
        const start = base + location.startOffset;
        if (start >= cursor.lastEnd) {
          builder.space(start, base + location.endOffset, true);
          cursor.lastEnd = base + location.endOffset;
        }
      }
      continue;
    }
    const block = BLOCK_ELEMENTS.has(tag);
    if (block) {
      flush();
      open.push(tag);
    }
    stack.push({ node: child, index: 0, block });
  }
  flush();
}

/**
 * Reads an HTML document (a whole `.html` file) into block drafts. `view` is the source with
 * front matter blanked; it has the source's length, so offsets are the source's.
 *
 * @example
 * const out: DraftSink = [];
 * readHtmlDocument('<p>Bonjour.</p>', '<p>Bonjour.</p>', { lastEnd: 0 }, out);
 * out[0].plain.text; // 'Bonjour.'
 */
export function readHtmlDocument(source: string, view: string, cursor: SourceCursor, out: DraftSink): void {
  const document = parse(view, { sourceCodeLocationInfo: true, treeAdapter });
  walk(document, view, 0, source, { kind: 'html', depth: 0 }, cursor, out);
}

/**
 * Reads a piece of raw HTML found in Markdown. `view` is the piece (container markers blanked),
 * `base` its offset in the source; `context` gives the kind of text no element claims.
 *
 * @example
 * const src = 'Texte\n\n<div>Un <b>mot</b>.</div>';
 * readHtmlFragment(src, src.slice(7), 7, { kind: 'html', depth: 0 }, { lastEnd: 0 }, out);
 */
export function readHtmlFragment(
  source: string,
  view: string,
  base: number,
  context: BlockContext,
  cursor: SourceCursor,
  out: DraftSink,
): void {
  const fragment = parseFragment(view, { sourceCodeLocationInfo: true, treeAdapter });
  walk(fragment, view, base, source, context, cursor, out);
}
