/**
 * A charter reviewed as a whole: coverage, balance and scores belong to the charter, not to each of
 * its part files. The parts of an edition are joined into one document (each under its title as an
 * H1), analyzed once, and every finding is mapped back to the file and line it came from.
 */
import { analyze } from '../analyze.js';
import { LineIndex } from '../document/index.js';
import type { AnalyzeOptions, Diagnostic, Lang, Point, Report, Suggestion } from '../types.js';
import { type LoadOptions, loadCharter } from './load.js';
import type { Charter, CharterEdition, CharterFile, FileDiagnostic } from './types.js';

export interface EditionAnalysis {
  lang: Lang;
  /** The document that was analyzed: for a folder, the parts joined under their titles. */
  source: string;
  report: Report;
  /** The report's findings, each pointing into the file it came from. */
  diagnostics: FileDiagnostic[];
  /** For each of `report.sentences`, the file it comes from; null for a title Charte added. */
  sentencePaths: (string | null)[];
  /** For each of `report.sentences`, where it starts in its file; null for a title Charte added. */
  sentenceStarts: (Point | null)[];
}

export interface CharterAnalysis {
  charter: Charter;
  editions: EditionAnalysis[];
  /** Everything found, loader problems first, each with its file. */
  diagnostics: FileDiagnostic[];
}

/** A stretch of the joined document: copied from a file, or added by Charte (a title, a separator). */
interface Segment {
  start: number;
  end: number;
  path: string;
  /** Copied text: where it starts in its file. Added text: the file offset findings on it point to. */
  fileOffset: number;
  copied: boolean;
}

const H1_FIRST = /^\s*(#[ \t]|<h1[\s>])/i;

/** Joins an edition's preamble and parts into one Markdown document, remembering where each piece came from. */
export function joinEdition(
  edition: CharterEdition,
  preambleOffset: number,
): { source: string; segments: Segment[] } {
  let source = '';
  const segments: Segment[] = [];
  const add = (text: string, path: string, fileOffset: number, copied: boolean) => {
    if (text.length === 0) return;
    segments.push({ start: source.length, end: source.length + text.length, path, fileOffset, copied });
    source += text;
  };
  const heading = (title: string) => `# ${title.replace(/\s+/g, ' ').trim()}\n\n`;
  const firstPath = edition.preamblePath ?? edition.parts[0]?.path ?? '';
  if (!H1_FIRST.test(edition.preamble)) add(heading(edition.title), firstPath, 0, false);
  if (edition.preamblePath) {
    add(edition.preamble, edition.preamblePath, preambleOffset, true);
    add('\n\n', edition.preamblePath, preambleOffset + edition.preamble.length, false);
  }
  for (const part of edition.parts) {
    if (!H1_FIRST.test(part.body)) add(heading(part.title), part.path, 0, false);
    add(part.body, part.path, part.bodyOffset, true);
    add('\n\n', part.path, part.bodyOffset + part.body.length, false);
  }
  return { source, segments };
}

function segmentAt(segments: Segment[], offset: number): Segment | null {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].end <= offset) lo = mid + 1;
    else if (segments[mid].start > offset) hi = mid - 1;
    else return segments[mid];
  }
  return segments[segments.length - 1] ?? null;
}

class Mapper {
  private readonly lines = new Map<string, LineIndex>();

  constructor(
    private readonly segments: Segment[],
    private readonly sources: Map<string, string>,
  ) {}

  private point(path: string, fileOffset: number): Point {
    let lines = this.lines.get(path);
    if (!lines) {
      lines = new LineIndex(this.sources.get(path) ?? '');
      this.lines.set(path, lines);
    }
    return lines.point(fileOffset);
  }

  /** A file offset for a joined offset inside `segment` (clamped to it). */
  private fileOffset(segment: Segment, offset: number): number {
    if (!segment.copied) return segment.fileOffset;
    const inside = Math.max(segment.start, Math.min(segment.end, offset));
    return segment.fileOffset + (inside - segment.start);
  }

  /** The point in its file of a joined offset that lies in copied text. */
  locate(offset: number): Point | null {
    const segment = segmentAt(this.segments, offset);
    return segment?.copied ? this.point(segment.path, this.fileOffset(segment, offset)) : null;
  }

  diagnostic(d: Diagnostic): FileDiagnostic | null {
    const segment = segmentAt(this.segments, d.start.offset);
    if (!segment) return null;
    const path = segment.path;
    const mapped: FileDiagnostic = {
      ...d,
      path,
      start: this.point(path, this.fileOffset(segment, d.start.offset)),
      end: this.point(path, this.fileOffset(segment, Math.max(d.start.offset, d.end.offset))),
    };
    if (d.suggestions) {
      const suggestions = d.suggestions
        .map((s) => this.suggestion(s, segment))
        .filter((s): s is Suggestion => s !== null);
      if (suggestions.length > 0) mapped.suggestions = suggestions;
      else delete mapped.suggestions;
    }
    return mapped;
  }

  /** A suggestion whose edits all fall in text copied from the diagnostic's file; null otherwise. */
  private suggestion(s: Suggestion, segment: Segment): Suggestion | null {
    const edits = [];
    for (const edit of s.edits) {
      const home = segmentAt(this.segments, edit.start);
      if (!home?.copied || home.path !== segment.path || edit.end > home.end) return null;
      edits.push({ ...edit, start: this.fileOffset(home, edit.start), end: this.fileOffset(home, edit.end) });
    }
    return { ...s, edits };
  }
}

/**
 * Loads a charter from its files and reviews each language edition as one document: coverage,
 * balance and scores for the whole charter, findings mapped back to the file and line they came
 * from (findings on a title Charte added point at the start of the part's file). A single-file
 * charter is analyzed as it is.
 *
 * @example
 * const { editions } = analyzeCharter(files, { config });
 * editions[0].report.review.scores.overall; // the charter's score
 * editions[0].diagnostics[0].path;           // e.g. 'fr/02-encadrer.md'
 */
export function analyzeCharter(
  files: CharterFile[],
  options: AnalyzeOptions & LoadOptions = {},
): CharterAnalysis {
  const charter = loadCharter(files, options);
  const sources = new Map(files.map((f) => [f.path, f.source]));
  const used = charter.editions.flatMap((e) => [...e.parts.map((p) => p.path), e.preamblePath ?? '']);
  const single = new Set(used.filter((path) => path !== '')).size === 1;
  const editions = charter.editions.map((edition): EditionAnalysis => {
    if (single) {
      const path = edition.parts[0]?.path ?? edition.preamblePath ?? '';
      const source = sources.get(path) ?? '';
      const report = analyze(source, { ...options, path, lang: edition.lang });
      // Parse problems were reported by the loader already.
      const diagnostics = report.diagnostics
        .filter((d) => !d.ruleId.startsWith('document/'))
        .map((d) => ({ ...d, path }));
      return {
        lang: edition.lang,
        source,
        report,
        diagnostics,
        sentencePaths: report.sentences.map(() => path),
        sentenceStarts: report.sentences.map((sentence) => sentence.start),
      };
    }
    const preambleSource = edition.preamblePath ? (sources.get(edition.preamblePath) ?? '') : '';
    const preambleOffset = preambleSource.length - edition.preamble.length;
    const { source, segments } = joinEdition(edition, preambleOffset);
    const report = analyze(source, { ...options, path: 'charter.md', lang: edition.lang });
    const mapper = new Mapper(segments, sources);
    const diagnostics = report.diagnostics
      .filter((d) => !d.ruleId.startsWith('document/'))
      .map((d) => mapper.diagnostic(d))
      .filter((d): d is FileDiagnostic => d !== null);
    const sentencePaths = report.sentences.map((sentence) => {
      const segment = segmentAt(segments, sentence.start.offset);
      return segment?.copied ? segment.path : null;
    });
    const sentenceStarts = report.sentences.map((sentence, i) =>
      sentencePaths[i] === null ? null : mapper.locate(sentence.start.offset),
    );
    return { lang: edition.lang, source, report, diagnostics, sentencePaths, sentenceStarts };
  });
  return {
    charter,
    editions,
    diagnostics: [...charter.diagnostics, ...editions.flatMap((e) => e.diagnostics)],
  };
}
