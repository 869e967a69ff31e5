/**
 * The analyzer's data model. Everything here is plain, serializable data: the CLI, the API and the
 * editor only format these objects.
 *
 * Positions: `offset` is 0-based and counts UTF-16 code units into the original source (what
 * `String.prototype.slice` uses); `line` and `column` are 1-based, and `column` also counts UTF-16
 * code units. A span's `end` is exclusive.
 */
import type { ResolvedConfig, Review } from './review/types.js';

/** A place in the original source. `offset` 0-based; `line`, `column` 1-based. */
export interface Point {
  offset: number;
  line: number;
  column: number;
}

/** The languages Charte writes and reads. */
export type Lang = 'fr' | 'en';

/** How the source text is written. */
export type SourceFormat = 'markdown' | 'html' | 'text';

/** The eight labels of the tone taxonomy (docs/tone-taxonomy.md). */
export const TONE_LABELS = [
  'prohibition',
  'obligation',
  'recommendation',
  'permission',
  'encouragement',
  'commitment',
  'sanction',
  'informative',
] as const;
export type ToneLabel = (typeof TONE_LABELS)[number];

/** Where a label sits in the balance between restrictive and enabling voice. */
export type Voice = 'restrictive' | 'enabling' | 'guidance' | 'neutral';

/**
 * A run where the sentence's text copies the source verbatim: text[textStart, textStart+length)
 * equals source[sourceStart, sourceStart+length). Between runs, markup or entities were removed or
 * decoded. Runs are ordered and non-overlapping on both sides.
 */
export interface TextRun {
  textStart: number;
  sourceStart: number;
  length: number;
}

/** One sentence of the document, with its place in the original source. */
export interface Sentence {
  /** Index in `CharterDocument.sentences`. */
  index: number;
  /** The plain text: inline markup removed, entities decoded, inner whitespace collapsed to one space. */
  text: string;
  /** Start of the sentence's first character in the source. */
  start: Point;
  /** End (exclusive) of the sentence's last character in the source. */
  end: Point;
  /** How `text` maps back onto the source (see `TextRun`). */
  runs: TextRun[];
  lang: Lang;
  /** Index of the block that holds the sentence. */
  block: number;
  /** Index of the innermost section that holds the sentence. */
  section: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableCell' | 'quote' | 'html';

/** A unit of running text: a heading, a paragraph, a list item, a table cell, a quoted paragraph. */
export interface Block {
  index: number;
  kind: BlockKind;
  start: Point;
  end: Point;
  lang: Lang;
  /** How sure the language guess is, in [0, 1]; 1 when set by front matter or options. */
  langConfidence: number;
  section: number;
  /** Heading level (1–6) for headings; list depth (1-based) for list items; 0 otherwise. */
  depth: number;
  /** Whether the block ends with a colon that introduces a list or a table. */
  introducesList: boolean;
  /** Indexes of the block's sentences: [first, last + 1). */
  sentences: [number, number];
}

/** A node of the heading tree. Section 0 is the document root (no heading). */
export interface Section {
  index: number;
  /** Heading text, or null for the root. */
  title: string | null;
  /** 0 for the root, else the heading level. */
  level: number;
  parent: number | null;
  children: number[];
  start: Point;
  end: Point;
  /** Indexes of the blocks directly or indirectly in this section: [first, last + 1). */
  blocks: [number, number];
}

export interface FrontMatter {
  /** Parsed YAML mapping (empty when the YAML is malformed). */
  data: Record<string, unknown>;
  start: Point;
  end: Point;
}

export type Severity = 'error' | 'warning' | 'info';

/** One replacement on the original source: source[start, end) becomes `text`. Offsets 0-based. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Suggestion {
  title: string;
  edits: TextEdit[];
  /** Safe suggestions may be applied without a person reading them (`--fix`). */
  safe?: boolean;
}

/**
 * A finding, modeled on vfile-message: plain data, positions as documented at the top of this file.
 */
export interface Diagnostic {
  /** Stable identifier, e.g. `document/front-matter` or `tone/balance`. */
  ruleId: string;
  /** Always `charte`: who reported it. */
  source: 'charte';
  severity: Severity;
  /** Short, specific, in the document's (or the user's) language. */
  message: string;
  start: Point;
  end: Point;
  label?: ToneLabel;
  suggestions?: Suggestion[];
  url?: string;
  actual?: string;
  expected?: string;
  note?: string;
}

/** A parsed document: source → sections, blocks and sentences. */
export interface CharterDocument {
  source: string;
  format: SourceFormat;
  frontMatter: FrontMatter | null;
  /** The main language of the document. */
  lang: Lang;
  /** Where `lang` came from. */
  langSource: 'option' | 'front-matter' | 'detected';
  sections: Section[];
  blocks: Block[];
  sentences: Sentence[];
  /** Problems met while parsing (malformed front matter, …). Parsing never throws. */
  diagnostics: Diagnostic[];
}

/** The cue that decided a label, relative to the classified text. Offsets 0-based, end exclusive. */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

/** What the tone classifier says of one sentence. */
export interface ToneResult {
  label: ToneLabel;
  /** In [0, 1]. */
  confidence: number;
  /** The words that decided the label; null when nothing did (default `informative`). */
  cue: Cue | null;
  /** One short sentence, in the sentence's language, saying why. */
  explanation: string;
}

/** A sentence with its tone; `cueStart`/`cueEnd` are the cue mapped to source points. */
export interface AnalyzedSentence extends Sentence {
  tone: ToneResult;
  cueStart: Point | null;
  cueEnd: Point | null;
}

/** Counts per label. */
export type LabelCounts = Record<ToneLabel, number>;

/**
 * Balance between the enabling voice (permission, encouragement, commitment) and the restrictive
 * voice (prohibition, obligation, sanction). `score` = 100 × enabling / (enabling + restrictive),
 * rounded; null when neither voice is present. Recommendation and informative sentences are counted
 * but stay outside the ratio.
 */
export interface Balance {
  enabling: number;
  restrictive: number;
  guidance: number;
  neutral: number;
  score: number | null;
}

/** A document whose every sentence carries its tone: what `labelDocument` returns. */
export interface LabeledDocument {
  document: CharterDocument;
  sentences: AnalyzedSentence[];
  counts: LabelCounts;
  balance: Balance;
}

/** A labeled document, reviewed: what `analyze` returns. */
export interface Report extends LabeledDocument {
  /** Balance per section and pillar, coverage, readability and the score breakdown. */
  review: Review;
  /** Parse problems and review findings, sorted by position, then rule id. */
  diagnostics: Diagnostic[];
}

export interface ParseOptions {
  /** Force the format; by default guessed from `path`'s extension, then from the content. */
  format?: SourceFormat;
  /** Force the language; by default front matter `lang`, then detection. */
  lang?: Lang;
  /** File path, only used to guess the format. */
  path?: string;
}

export interface AnalyzeOptions extends ParseOptions {
  /** Rules, severities, options and organization; the `recommended` preset when absent. */
  config?: ResolvedConfig;
}
