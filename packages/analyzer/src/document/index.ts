/**
 * The document model: Markdown, HTML or plain text (with front matter) → sections, blocks and
 * sentences that keep their exact place in the original source. Pure: no I/O, runs anywhere.
 */

import { guessFromScores, langFromTag } from '../language/index.js';
import type {
  CharterDocument,
  Diagnostic,
  FrontMatter,
  Lang,
  ParseOptions,
  Sentence,
  SourceFormat,
} from '../types.js';
import { Assembler, type LangGuess, rootSection } from './assemble.js';
import type { SourceCursor } from './block-draft.js';
import { detectFormat } from './format.js';
import { type FrontMatterProblem, findFrontMatter, parseFrontMatter } from './front-matter.js';
import { readHtmlDocument } from './html.js';
import { LineIndex } from './line-index.js';
import { readMarkdown } from './markdown.js';
import { frontMatterMessage, parseFailureMessage } from './messages.js';
import { blank, normalizeLineEnds } from './source-view.js';
import { readText } from './text.js';

export { detectFormat } from './format.js';
export { LineIndex } from './line-index.js';
export { splitSentences } from './sentences.js';

const FRONT_MATTER_RULE = 'document/front-matter';
const PARSE_RULE = 'document/parse';

function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}

/** `text` with source[start, end) blanked (line ends kept), same length. */
function blankRange(text: string, start: number, end: number): string {
  return text.slice(0, start) + blank(text.slice(start, end)) + text.slice(end);
}

function parse(source: string, options: ParseOptions): CharterDocument {
  const lines = new LineIndex(source);
  const span = findFrontMatter(source);
  const format: SourceFormat = detectFormat(source, options, span?.end ?? 0);
  let frontMatter: FrontMatter | null = null;
  let problems: FrontMatterProblem[] = [];
  let frontMatterLang: Lang | null = null;
  let body = source;
  // Plain text has no front matter: a `---` line there is text.
  if (span && format !== 'text') {
    const parsed = parseFrontMatter(source, span);
    frontMatter = { data: parsed.data, start: lines.point(span.start), end: lines.point(span.end) };
    problems = parsed.problems;
    frontMatterLang = langFromTag(parsed.data.lang);
    body = blankRange(source, 0, span.end);
  }
  // A byte order mark is not text; parsers see a space in its place.
  if (body.charCodeAt(0) === 0xfeff) body = ` ${body.slice(1)}`;

  const assembler = new Assembler(lines, source.length);
  const cursor: SourceCursor = { lastEnd: 0 };
  if (format === 'markdown') readMarkdown(source, normalizeLineEnds(body), cursor, assembler);
  else if (format === 'html') readHtmlDocument(source, body, cursor, assembler);
  else readText(source, assembler);

  let documentLang: LangGuess;
  let langSource: CharterDocument['langSource'];
  if (isLang(options.lang)) {
    documentLang = { lang: options.lang, confidence: 1 };
    langSource = 'option';
  } else if (frontMatterLang) {
    documentLang = { lang: frontMatterLang, confidence: 1 };
    langSource = 'front-matter';
  } else {
    documentLang = guessFromScores(assembler.scores);
    langSource = 'detected';
  }
  const { sections, blocks, sentences } = assembler.finish(documentLang);
  const diagnostics: Diagnostic[] = problems.map((problem) => {
    const start = lines.point(problem.start);
    return {
      ruleId: FRONT_MATTER_RULE,
      source: 'charte',
      severity: 'error',
      message: frontMatterMessage(problem, start.line, documentLang.lang),
      start,
      end: lines.point(Math.max(problem.end, problem.start)),
      ...(problem.code ? { note: problem.code } : {}),
    };
  });
  return {
    source,
    format,
    frontMatter,
    lang: documentLang.lang,
    langSource,
    sections,
    blocks,
    sentences,
    diagnostics,
  };
}

function failedDocument(source: string, options: ParseOptions, error: unknown): CharterDocument {
  const lines = new LineIndex(source);
  const lang: Lang = isLang(options.lang) ? options.lang : 'fr';
  const detail = error instanceof Error ? error.message : String(error);
  return {
    source,
    format: detectFormat(source, options),
    frontMatter: null,
    lang,
    langSource: isLang(options.lang) ? 'option' : 'detected',
    sections: [rootSection(lines, source.length)],
    blocks: [],
    sentences: [],
    diagnostics: [
      {
        ruleId: PARSE_RULE,
        source: 'charte',
        severity: 'error',
        message: parseFailureMessage(detail, lang),
        start: lines.point(0),
        end: lines.point(source.length),
      },
    ],
  };
}

/**
 * Parses a charter written in Markdown, HTML or plain text into sections (the heading tree),
 * blocks and sentences. Every sentence keeps its offsets, lines and columns in `source`, and runs
 * that map its text back to the source (see the README in this folder for what lies between
 * runs). Never throws: problems come back as `diagnostics`.
 *
 * @example
 * const doc = parseDocument('---\nlang: fr\n---\n# Charte\n\nNous encourageons les initiatives. Merci !');
 * doc.sections[1].title; // 'Charte'
 * doc.sentences.map((s) => s.text); // ['Charte', 'Nous encourageons les initiatives.', 'Merci !']
 * doc.source.slice(doc.sentences[1].start.offset, doc.sentences[1].end.offset); // 'Nous encourageons les initiatives.'
 */
export function parseDocument(source: string, options: ParseOptions = {}): CharterDocument {
  const text = typeof source === 'string' ? source : '';
  const opts = options ?? {};
  try {
    return parse(text, opts);
  } catch (error) {
    return failedDocument(text, opts, error);
  }
}

/**
 * The source offset of a position in a sentence's text. Inside a run the mapping is exact;
 * inside replaced text (a decoded entity, collapsed whitespace) it falls on the edge of the
 * replaced source: its start for `side: 'start'`, its end for `side: 'end'` (use 'end' for
 * exclusive span ends).
 *
 * @example
 * // source 'd&rsquo;un', sentence text 'd’un'
 * sourceOffset(sentence, 2, 'start'); // 8 (the "u")
 * sourceOffset(sentence, 2, 'end'); // 8 (just after "&rsquo;")
 */
export function sourceOffset(
  sentence: Sentence,
  textOffset: number,
  side: 'start' | 'end' = 'start',
): number {
  const runs = sentence.runs;
  if (side === 'end') {
    if (textOffset <= 0) return sentence.start.offset;
    for (const run of runs) {
      if (textOffset <= run.textStart) return run.sourceStart;
      if (textOffset <= run.textStart + run.length) return run.sourceStart + (textOffset - run.textStart);
    }
    return sentence.end.offset;
  }
  let previousEnd = sentence.start.offset;
  for (const run of runs) {
    if (textOffset < run.textStart) return previousEnd;
    if (textOffset < run.textStart + run.length) return run.sourceStart + (textOffset - run.textStart);
    previousEnd = run.sourceStart + run.length;
  }
  return textOffset >= sentence.text.length ? sentence.end.offset : previousEnd;
}
