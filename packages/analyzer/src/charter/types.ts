/**
 * The charter on disk: one Markdown file whose H2 sections are its parts, or a folder with one file
 * per part (optionally one sub-folder per language). Both load into the same model. Plain data.
 */
import type { Pillar } from '../review/types.js';
import type { Diagnostic, Lang, SourceFormat } from '../types.js';

/** The five parts of the article series a charter follows, in reading order. */
export const PART_KEYS = ['introduction', 'encadrer', 'communiquer', 'eduquer', 'valoriser'] as const;
export type PartKey = 'introduction' | Pillar;

/** A file handed to the loader: its path relative to the charter's root, `/`-separated, and its text. */
export interface CharterFile {
  path: string;
  source: string;
}

/** What a part's front matter says. Keys Charte does not use are kept in `extra`, untouched. */
export interface PartMeta {
  title: string | null;
  /** Publication date, `YYYY-MM-DD`. */
  date: string | null;
  /** Last modification date (`modif`), `YYYY-MM-DD`. */
  modified: string | null;
  categories: string[];
  author: string | null;
  /** Cover image: a path or a name relative to the file (as in the seed, `cover: charte`). */
  cover: string | null;
  lang: Lang | null;
  /** One of PART_KEYS, or any other name for an extra part. */
  part: string | null;
  order: number | null;
  extra: Record<string, unknown>;
}

export interface CharterPart {
  /** URL-safe name, unique within its edition (`encadrer`, `community-management`). */
  slug: string;
  /** The file it comes from. */
  path: string;
  format: SourceFormat;
  lang: Lang;
  title: string;
  /** `meta.part` when it names a known part, else the part its title names, else null. */
  key: PartKey | null;
  meta: PartMeta;
  /** The part's own text (front matter removed; for a single-file charter, the H2 section without its heading). */
  body: string;
  /** Offset of `body` in the file's source, so findings on the body point into the file. */
  bodyOffset: number;
}

/** One language of a charter. */
export interface CharterEdition {
  lang: Lang;
  title: string;
  /** Text shown on the index page before the table of contents (an `index.md` body, or what precedes the first H2). */
  preamble: string;
  /** Where the preamble comes from, when it comes from a file. */
  preamblePath: string | null;
  /** Front matter of the index file (or of the single file): date, author, cover for the whole charter. */
  meta: PartMeta;
  parts: CharterPart[];
}

export interface Charter {
  /** Sorted by language, French first. */
  editions: CharterEdition[];
  /** Problems met while loading (malformed front matter, a bad date, an unknown language), each with its file. */
  diagnostics: FileDiagnostic[];
}

/** A diagnostic and the file (relative path) it points into. */
export interface FileDiagnostic extends Diagnostic {
  path: string;
}
