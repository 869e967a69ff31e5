import type { BlockKind } from '../types.js';
import type { PlainText } from './text-builder.js';

/** A block as a format reader finds it, before languages and sentences are known. */
export interface BlockDraft {
  kind: BlockKind;
  /** Heading level for headings, list depth for list items, 0 otherwise. */
  depth: number;
  plain: PlainText;
}

/** Kind and depth a reader gives to text that no more specific element claims. */
export interface BlockContext {
  kind: BlockKind;
  depth: number;
}

/** Reading order across the whole document: nothing may be taken from before `lastEnd`. */
export interface SourceCursor {
  lastEnd: number;
}

/** Where readers put the drafts they find, in source order (an array will do). */
export interface DraftSink {
  push(draft: BlockDraft): unknown;
}
