/**
 * Tiny Markdown builders for the charter text. Optional pieces are written `condition && 'text'`,
 * so a false condition simply leaves the piece out.
 */
import type { PartKey } from '@charte/analyzer';

export type Piece = string | false | null | undefined;

/** A part's title (front matter) and body (Markdown, no heading repeating the title). */
export interface PartText {
  title: string;
  body: string;
}

/** One language's charter: the index and the five parts. */
export interface EditionText {
  index: PartText;
  parts: Record<PartKey, PartText>;
}

/** Up to this many values read best in a sentence; more read best as a list. */
export const INLINE_VALUES = 5;

/** Ends a sentence with a period, unless it already ends with one ("4:30 p.m."). */
export function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

function kept(pieces: readonly Piece[]): string[] {
  return pieces.filter((p): p is string => typeof p === 'string' && p.length > 0);
}

/** One paragraph, one sentence a line (soft line breaks: a charter's diffs stay readable). */
export function paragraph(...sentences: Piece[]): string {
  return kept(sentences).join('\n');
}

/** A bulleted list. */
export function list(...items: Piece[]): string {
  return kept(items)
    .map((item) => `- ${item}`)
    .join('\n');
}

/** A `##` section: its heading, then its blocks. */
export function section(heading: string, ...content: Piece[]): string {
  return kept([`## ${heading}`, ...content]).join('\n\n');
}

/** Blocks separated by blank lines. */
export function blocks(...pieces: Piece[]): string {
  return kept(pieces).join('\n\n');
}
