import type { CharterDocument, Point } from '../types.js';

/*
 * The promises a parsed document keeps, checked from the outside: used by the tests (and handy
 * when debugging a reader). Each problem is one line of text; none means the document is sound.
 */

/** The point at `offset`, counted the slow, obvious way. */
function expectedPoint(source: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const code = source.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && source.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}

function samePoint(a: Point, b: Point): boolean {
  return a.offset === b.offset && a.line === b.line && a.column === b.column;
}

/**
 * Lists what is wrong with `doc`: sentence offsets in bounds, ordered and non-overlapping; lines
 * and columns that agree with offsets; runs that copy the source exactly; collapsed whitespace;
 * blocks and sections that index each other consistently.
 *
 * @example
 * documentProblems(parseDocument('Un texte.')); // []
 */
export function documentProblems(doc: CharterDocument): string[] {
  const problems: string[] = [];
  const { source } = doc;
  const checkPoint = (what: string, point: Point): void => {
    if (point.offset < 0 || point.offset > source.length)
      problems.push(`${what}: offset ${point.offset} out of bounds`);
    else if (!samePoint(point, expectedPoint(source, point.offset))) {
      problems.push(`${what}: ${JSON.stringify(point)} disagrees with its offset`);
    }
  };

  let previousEnd = 0;
  doc.sentences.forEach((sentence, i) => {
    const what = `sentence ${i}`;
    if (sentence.index !== i) problems.push(`${what}: index ${sentence.index}`);
    checkPoint(`${what} start`, sentence.start);
    checkPoint(`${what} end`, sentence.end);
    if (sentence.start.offset < previousEnd)
      problems.push(`${what}: starts before the previous sentence ends`);
    if (sentence.end.offset <= sentence.start.offset) problems.push(`${what}: empty or reversed span`);
    previousEnd = sentence.end.offset;
    const { text } = sentence;
    if (text.length === 0) problems.push(`${what}: empty text`);
    if (/^\s|\s$|\s\s|[^\S ]/.test(text))
      problems.push(`${what}: whitespace not collapsed in ${JSON.stringify(text)}`);
    let textAt = 0;
    let sourceAt = sentence.start.offset;
    for (const run of sentence.runs) {
      if (run.length <= 0) problems.push(`${what}: empty run`);
      if (run.textStart < textAt || run.sourceStart < sourceAt) problems.push(`${what}: runs out of order`);
      if (run.textStart + run.length > text.length) problems.push(`${what}: run past the text`);
      if (run.sourceStart + run.length > sentence.end.offset)
        problems.push(`${what}: run past the sentence end`);
      const inText = text.slice(run.textStart, run.textStart + run.length);
      const inSource = source.slice(run.sourceStart, run.sourceStart + run.length);
      if (inText !== inSource)
        problems.push(`${what}: run ${JSON.stringify(inText)} ≠ ${JSON.stringify(inSource)}`);
      textAt = run.textStart + run.length;
      sourceAt = run.sourceStart + run.length;
    }
    const first = sentence.runs[0];
    if (first && first.textStart === 0 && first.sourceStart !== sentence.start.offset) {
      problems.push(`${what}: start is not the first character`);
    }
    const last = sentence.runs[sentence.runs.length - 1];
    if (
      last &&
      last.textStart + last.length === text.length &&
      last.sourceStart + last.length !== sentence.end.offset
    ) {
      problems.push(`${what}: end is not after the last character`);
    }
    const block = doc.blocks[sentence.block];
    if (!block) problems.push(`${what}: no block ${sentence.block}`);
    else {
      if (i < block.sentences[0] || i >= block.sentences[1])
        problems.push(`${what}: outside its block's range`);
      if (sentence.start.offset < block.start.offset || sentence.end.offset > block.end.offset) {
        problems.push(`${what}: outside its block's span`);
      }
      if (sentence.section !== block.section) problems.push(`${what}: section differs from its block's`);
      if (sentence.lang !== block.lang) problems.push(`${what}: language differs from its block's`);
    }
  });

  let nextSentence = 0;
  doc.blocks.forEach((block, b) => {
    const what = `block ${b}`;
    if (block.index !== b) problems.push(`${what}: index ${block.index}`);
    checkPoint(`${what} start`, block.start);
    checkPoint(`${what} end`, block.end);
    if (block.sentences[0] !== nextSentence || block.sentences[1] <= block.sentences[0]) {
      problems.push(`${what}: sentence range ${block.sentences} does not follow ${nextSentence}`);
    }
    nextSentence = block.sentences[1];
    if (block.langConfidence < 0 || block.langConfidence > 1)
      problems.push(`${what}: confidence out of [0, 1]`);
    const section = doc.sections[block.section];
    if (!section || b < section.blocks[0] || b >= section.blocks[1])
      problems.push(`${what}: outside its section`);
  });
  if (nextSentence !== doc.sentences.length) problems.push('blocks do not cover every sentence');

  doc.sections.forEach((section, s) => {
    const what = `section ${s}`;
    if (section.index !== s) problems.push(`${what}: index ${section.index}`);
    if (s === 0 ? section.parent !== null || section.level !== 0 : section.parent === null) {
      problems.push(`${what}: wrong root or parent`);
    }
    if (section.parent !== null && !doc.sections[section.parent]?.children.includes(s)) {
      problems.push(`${what}: not among its parent's children`);
    }
    if (section.parent !== null && doc.sections[section.parent].level >= section.level) {
      problems.push(`${what}: level not below its parent's`);
    }
  });
  return problems;
}
