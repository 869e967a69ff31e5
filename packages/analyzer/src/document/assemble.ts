import { guessFromScores, type LanguageScores, scoreLanguage } from '../language/index.js';
import type { Block, Lang, Section, Sentence, TextRun } from '../types.js';
import type { BlockDraft, DraftSink } from './block-draft.js';
import type { LineIndex } from './line-index.js';
import { splitSentences } from './sentences.js';
import { PIECE, type PlainText } from './text-builder.js';

/** Below this, a block's own language guess gives way to the document's language. */
export const BLOCK_LANG_CONFIDENCE = 0.5;

/** A language and how sure it is. */
export interface LangGuess {
  lang: Lang;
  confidence: number;
}

export interface Assembled {
  sections: Section[];
  blocks: Block[];
  sentences: Sentence[];
}

function endsWithColon(text: string): boolean {
  return text.charCodeAt(text.length - 1) === 0x3a;
}

/**
 * Turns drafts into blocks and sentences as the readers find them (so drafts die young), and
 * builds the heading tree on the way. Languages are settled in `finish`, once the whole
 * document's evidence is known.
 *
 * @example
 * const assembler = new Assembler(new LineIndex(source), source.length);
 * readText(source, assembler);
 * const { blocks, sentences } = assembler.finish({ lang: 'fr', confidence: 1 });
 */
export class Assembler implements DraftSink {
  /** Sum of the blocks' language evidence: the document's. */
  readonly scores: LanguageScores = { fr: 0, en: 0 };
  private readonly sections: Section[];
  private readonly blocks: Block[] = [];
  private readonly sentences: Sentence[] = [];
  /** Whether each block's own language guess was sure enough to keep. */
  private readonly ownLang: boolean[] = [];
  private readonly open: number[] = [0];
  private lastEnd = 0;
  // Scratch results of `mapRange`, to avoid an object per sentence.
  private mappedStart = 0;
  private mappedEnd = 0;
  private mappedRuns: TextRun[] = [];

  constructor(
    private readonly lines: LineIndex,
    sourceLength: number,
  ) {
    this.sections = [rootSection(lines, sourceLength)];
  }

  push(draft: BlockDraft): void {
    const plain = draft.plain;
    const p = plain.pieces;
    if (plain.text.length === 0 || p.length === 0) return;
    const blockStart = p[1];
    const blockEnd = p[p.length - 2];
    // Readers keep source order; a block that would overlap its predecessor is dropped, not mangled.
    if (blockStart < this.lastEnd) return;
    this.lastEnd = blockEnd;
    const { lines, sections, blocks, sentences, open } = this;
    const blockIndex = blocks.length;
    const start = lines.point(blockStart);
    const end = lines.point(blockEnd);

    if (draft.kind === 'heading') this.openSection(draft.depth, plain.text, start, end, blockIndex);
    const sectionIndex = open[open.length - 1];
    for (const s of open) {
      sections[s].blocks[1] = blockIndex + 1;
      if (s !== 0) sections[s].end = end;
    }

    const score = scoreLanguage(plain.text);
    this.scores.fr += score.fr;
    this.scores.en += score.en;
    const own = guessFromScores(score);
    this.ownLang.push(own.confidence >= BLOCK_LANG_CONFIDENCE);

    const firstSentence = sentences.length;
    const ranges = splitSentences(plain.text, plain.breaks);
    let cursor = 0;
    for (let r = 0; r < ranges.length; r += 2) {
      cursor = this.mapRange(plain, ranges[r], ranges[r + 1], cursor);
      sentences.push({
        index: sentences.length,
        text: plain.text.slice(ranges[r], ranges[r + 1]),
        // Most blocks are one sentence: their points are shared rather than built twice.
        start: this.mappedStart === blockStart ? start : lines.point(this.mappedStart),
        end: this.mappedEnd === blockEnd ? end : lines.point(this.mappedEnd),
        runs: this.mappedRuns,
        lang: own.lang,
        block: blockIndex,
        section: sectionIndex,
      });
    }
    blocks.push({
      index: blockIndex,
      kind: draft.kind,
      start,
      end,
      lang: own.lang,
      langConfidence: own.confidence,
      section: sectionIndex,
      depth: draft.kind === 'heading' || draft.kind === 'listItem' ? draft.depth : 0,
      introducesList: false,
      sentences: [firstSentence, sentences.length],
    });
  }

  /**
   * Settles languages (blocks unsure of their own take the document's) and list introducers.
   */
  finish(documentLang: LangGuess): Assembled {
    const { blocks, sentences } = this;
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b];
      if (!this.ownLang[b]) {
        block.lang = documentLang.lang;
        block.langConfidence = documentLang.confidence;
        for (let s = block.sentences[0]; s < block.sentences[1]; s++) sentences[s].lang = documentLang.lang;
      }
      const next = blocks[b + 1];
      if (next && endsWithColon(sentences[block.sentences[1] - 1].text)) {
        block.introducesList =
          (next.kind === 'listItem' && (block.kind !== 'listItem' || next.depth > block.depth)) ||
          (next.kind === 'tableCell' && block.kind !== 'tableCell');
      }
    }
    return { sections: this.sections, blocks, sentences };
  }

  private openSection(
    depth: number,
    title: string,
    start: Block['start'],
    end: Block['end'],
    block: number,
  ): void {
    const { sections, open } = this;
    const level = Math.min(6, Math.max(1, depth));
    while (open.length > 1 && sections[open[open.length - 1]].level >= level) open.pop();
    const parent = open[open.length - 1];
    const index = sections.length;
    sections.push({ index, title, level, parent, children: [], start, end, blocks: [block, block] });
    sections[parent].children.push(index);
    open.push(index);
  }

  /**
   * Maps text[from, to) of a block back to the source: sets the offsets of its first and last
   * characters and its verbatim runs. `cursor` is a piece index at or before `from`; returns the
   * one to resume from for the next range of the same text.
   */
  private mapRange(plain: PlainText, from: number, to: number, cursor: number): number {
    const p = plain.pieces;
    const textLength = plain.text.length;
    let k = cursor;
    while (k + PIECE < p.length && p[k + PIECE] <= from) k += PIECE;
    this.mappedStart = p[k + 3] === 1 ? p[k + 1] + (from - p[k]) : p[k + 1];
    const runs: TextRun[] = [];
    let end = this.mappedStart;
    let last = k;
    for (let m = k; m < p.length && p[m] < to; m += PIECE) {
      last = m;
      if (p[m + 3] === 1) {
        const pieceEnd = m + PIECE < p.length ? p[m + PIECE] : textLength;
        const a = Math.max(from, p[m]);
        const b = Math.min(to, pieceEnd);
        const sourceStart = p[m + 1] + (a - p[m]);
        runs.push({ textStart: a - from, sourceStart, length: b - a });
        end = sourceStart + (b - a);
      } else end = p[m + 2];
    }
    this.mappedEnd = end;
    this.mappedRuns = runs;
    return last;
  }
}

/** Section 0: the whole document, before any heading. */
export function rootSection(lines: LineIndex, sourceLength: number): Section {
  return {
    index: 0,
    title: null,
    level: 0,
    parent: null,
    children: [],
    start: lines.point(0),
    end: lines.point(sourceLength),
    blocks: [0, 0],
  };
}
