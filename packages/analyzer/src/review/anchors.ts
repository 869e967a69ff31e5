/**
 * Where a finding lands in the source: a rule's relative target (a sentence and offsets in its text, a
 * section, the document) becomes absolute points. Only the engine calls this; rules never count offsets.
 */
import { sourceOffset } from '../document/index.js';
import { pointFrom } from '../report/positions.js';
import type { CharterDocument, Point, Sentence } from '../types.js';
import type { Target } from './rule.js';

export interface Span {
  start: Point;
  end: Point;
}

const ORIGIN: Point = { offset: 0, line: 1, column: 1 };

/** A span of a sentence's text mapped onto the source; the whole sentence without offsets. */
export function sentenceSpan(source: string, sentence: Sentence, start?: number, end?: number): Span {
  if (start === undefined && end === undefined) return { start: sentence.start, end: sentence.end };
  const length = sentence.text.length;
  const from = clamp(start ?? 0, 0, length);
  const to = clamp(end ?? length, from, length);
  const startOffset = sourceOffset(sentence, from, 'start');
  const endOffset = Math.max(startOffset, sourceOffset(sentence, to, 'end'));
  const startPoint = pointFrom(source, sentence.start, startOffset);
  return { start: startPoint, end: pointFrom(source, startPoint, endOffset) };
}

/** The span of a whole document finding: its first sentence (usually the title), else the origin. */
export function documentSpan(document: CharterDocument): Span {
  const first = document.sentences[0];
  return first ? { start: first.start, end: first.end } : { start: ORIGIN, end: ORIGIN };
}

/** The span of a section finding: its heading; the root section stands for the document. */
export function sectionSpan(document: CharterDocument, index: number): Span {
  const section = document.sections[index];
  if (!section || section.level === 0) return documentSpan(document);
  const heading = document.blocks[section.blocks[0]];
  if (heading?.kind !== 'heading') return { start: section.start, end: section.start };
  const [first, last] = heading.sentences;
  if (last > first) return { start: document.sentences[first].start, end: document.sentences[last - 1].end };
  return { start: heading.start, end: heading.end };
}

/** Absolute span of any target. */
export function targetSpan(document: CharterDocument, target: Target): Span {
  switch (target.kind) {
    case 'sentence': {
      const sentence = document.sentences[target.sentence];
      return sentence
        ? sentenceSpan(document.source, sentence, target.start, target.end)
        : documentSpan(document);
    }
    case 'section':
      return sectionSpan(document, target.section);
    case 'document':
      return documentSpan(document);
  }
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.max(min, Math.min(max, Math.trunc(value))) : min;
}
