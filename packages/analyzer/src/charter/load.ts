/**
 * Files → Charter. A charter is one file whose H2 sections are its parts, or a folder with one file
 * per part (and optionally `fr/` and `en/` sub-folders, one per language). Pure: the caller reads
 * the files.
 */
import { LineIndex, parseDocument } from '../document/index.js';
import type { CharterDocument, Lang } from '../types.js';
import { charterMessage } from './messages.js';
import { emptyMeta, readMeta } from './meta.js';
import { fileSlug, slugify, uniqueSlug } from './slug.js';
import {
  type Charter,
  type CharterEdition,
  type CharterFile,
  type CharterPart,
  type FileDiagnostic,
  PART_KEYS,
  type PartKey,
  type PartMeta,
} from './types.js';

export interface LoadOptions {
  /** The language of files that say nothing and sit in no `fr/` or `en/` folder; detected when absent. */
  lang?: Lang;
}

const TEXT_FILE = /\.(md|markdown|html?|txt)$/i;
const INDEX_FILE = /^(index|readme)\.(md|markdown|html?)$/i;

/** What a part's name says about which part it is, checked on its slug. */
const KEY_PATTERNS: [PartKey, RegExp][] = [
  ['introduction', /(^|-)(introduction|intro|preambule|avant-propos|foreword|about)(-|$)/],
  ['encadrer', /(^|-)(encadrer|encadrement|cadre|framework|frame|guidelines)(-|$)/],
  ['communiquer', /(^|-)(communiquer|communicate|communicating|communication)(-|$)/],
  ['eduquer', /(^|-)(eduquer|education|educate|educating|former|formation|training)(-|$)/],
  ['valoriser', /(^|-)(valoriser|valorisation|value|recognize|recognise|recognition|showcase)(-|$)/],
];

/** The part a name points to, by its front matter `part` first, then by the words of its title or file. */
export function partKeyOf(meta: PartMeta, ...names: string[]): PartKey | null {
  if (meta.part && (PART_KEYS as readonly string[]).includes(meta.part)) return meta.part as PartKey;
  for (const name of [meta.part ?? '', ...names]) {
    const slug = slugify(name);
    for (const [key, pattern] of KEY_PATTERNS) if (pattern.test(slug)) return key;
  }
  return null;
}

interface ReadFile {
  file: CharterFile;
  doc: CharterDocument;
  lines: LineIndex;
  meta: PartMeta;
  lang: Lang;
  bodyOffset: number;
}

function folderLang(path: string): Lang | null {
  for (const segment of path.split('/').slice(0, -1)) {
    const lower = segment.toLowerCase();
    if (lower === 'fr' || lower === 'en') return lower;
  }
  return null;
}

/** Where the text after the front matter starts: the line after its closing `---`. */
function bodyStart(source: string, doc: CharterDocument): number {
  if (!doc.frontMatter) return source.charCodeAt(0) === 0xfeff ? 1 : 0;
  let at = doc.frontMatter.end.offset;
  if (source.charCodeAt(at) === 0x0d) at++;
  if (source.charCodeAt(at) === 0x0a) at++;
  return at;
}

function readFile(file: CharterFile, options: LoadOptions, diagnostics: FileDiagnostic[]): ReadFile {
  const forced = folderLang(file.path) ?? options.lang;
  const doc = parseDocument(file.source, { path: file.path, ...(forced ? { lang: forced } : {}) });
  const lines = new LineIndex(file.source);
  // Front matter `lang` wins over the folder: parse again only when they disagree.
  const declared = doc.frontMatter ? readMeta(doc.frontMatter, file.source, lines, doc.lang) : null;
  const lang = declared?.meta.lang ?? doc.lang;
  const final = lang === doc.lang ? doc : parseDocument(file.source, { path: file.path, lang });
  const { meta, diagnostics: metaProblems } = readMeta(final.frontMatter, file.source, lines, lang);
  for (const d of [...final.diagnostics, ...metaProblems]) diagnostics.push({ ...d, path: file.path });
  return { file, doc: final, lines, meta, lang, bodyOffset: bodyStart(file.source, final) };
}

function firstHeading(doc: CharterDocument, level: number): string | null {
  return doc.sections.find((s) => s.level === level)?.title ?? null;
}

function defaultTitle(lang: Lang): string {
  return charterMessage(lang, 'defaultTitle');
}

function sortParts(parts: CharterPart[]): CharterPart[] {
  const rank = (part: CharterPart) => (part.key ? PART_KEYS.indexOf(part.key) : PART_KEYS.length);
  return parts
    .map((part, index) => ({ part, index }))
    .sort(
      (a, b) =>
        (a.part.meta.order ?? Number.POSITIVE_INFINITY) - (b.part.meta.order ?? Number.POSITIVE_INFINITY) ||
        rank(a.part) - rank(b.part) ||
        (a.part.path < b.part.path ? -1 : a.part.path > b.part.path ? 1 : 0) ||
        a.index - b.index,
    )
    .map(({ part }) => part);
}

/** One file whose H2 sections are the parts; what precedes the first H2 is the preamble. */
function singleFileEdition(read: ReadFile): CharterEdition {
  const { file, doc, meta, lang } = read;
  const source = file.source;
  const h2 = doc.sections.filter((s) => s.level === 2);
  const h1 = doc.sections.find(
    (s) => s.level === 1 && (h2.length === 0 || s.start.offset < h2[0].start.offset),
  );
  const headingEnd = (sectionIndex: number): number => {
    const section = doc.sections[sectionIndex];
    const block = doc.blocks[section.blocks[0]];
    return block && block.kind === 'heading' ? block.end.offset : section.start.offset;
  };
  const taken = new Set<string>();
  const title = meta.title ?? h1?.title ?? defaultTitle(lang);
  if (h2.length === 0) {
    // An article on its own, like the seed: the whole file is one part.
    const body = source.slice(read.bodyOffset);
    const partTitle = meta.title ?? h1?.title ?? fileSlug(file.path);
    const part: CharterPart = {
      slug: uniqueSlug(fileSlug(file.path), taken, 'part'),
      path: file.path,
      format: doc.format,
      lang,
      title: partTitle,
      key: partKeyOf(meta, partTitle, fileSlug(file.path)),
      meta,
      body,
      bodyOffset: read.bodyOffset,
    };
    return { lang, title, preamble: '', preamblePath: null, meta, parts: [part] };
  }
  const preambleStart = h1 ? headingEnd(h1.index) : read.bodyOffset;
  // A part runs from the end of its heading to the line of the next H2.
  const lineOf = (sectionIndex: number) => read.lines.lineStart(doc.sections[sectionIndex].start.line);
  const ends = h2.map((_, i) => (i + 1 < h2.length ? lineOf(h2[i + 1].index) : source.length));
  const parts = h2.map((section, i): CharterPart => {
    const start = headingEnd(section.index);
    const partTitle = section.title ?? '';
    const partMeta = { ...emptyMeta(), title: partTitle, lang };
    return {
      slug: uniqueSlug(slugify(partTitle), taken, 'part'),
      path: file.path,
      format: doc.format,
      lang,
      title: partTitle,
      key: partKeyOf(partMeta, partTitle),
      meta: partMeta,
      body: source.slice(start, ends[i]),
      bodyOffset: start,
    };
  });
  return {
    lang,
    title,
    preamble: source.slice(preambleStart, lineOf(h2[0].index)),
    preamblePath: file.path,
    meta,
    parts,
  };
}

/** Files of one language in a folder: an optional index file and one file per part. */
function folderEdition(lang: Lang, files: ReadFile[]): CharterEdition {
  const isIndex = (r: ReadFile) => INDEX_FILE.test(r.file.path.slice(r.file.path.lastIndexOf('/') + 1));
  const depth = (r: ReadFile) => r.file.path.split('/').length;
  const index = files.filter(isIndex).sort((a, b) => depth(a) - depth(b))[0] ?? null;
  const taken = new Set<string>();
  const parts = sortParts(
    files
      .filter((r) => r !== index)
      .map((r): CharterPart => {
        const slug = fileSlug(r.file.path);
        const title = r.meta.title ?? firstHeading(r.doc, 1) ?? slug;
        return {
          slug,
          path: r.file.path,
          format: r.doc.format,
          lang,
          title,
          key: partKeyOf(r.meta, title, slug),
          meta: r.meta,
          body: r.file.source.slice(r.bodyOffset),
          bodyOffset: r.bodyOffset,
        };
      }),
  );
  // Slugs are made unique in reading order, so the first part keeps the plain name.
  for (const part of parts) part.slug = uniqueSlug(part.slug, taken, 'part');
  return {
    lang,
    title: index?.meta.title ?? (index ? firstHeading(index.doc, 1) : null) ?? defaultTitle(lang),
    preamble: index ? index.file.source.slice(index.bodyOffset) : '',
    preamblePath: index?.file.path ?? null,
    meta: index?.meta ?? emptyMeta(),
    parts,
  };
}

/**
 * Loads a charter from its files: one Markdown file with an H2 per part, or one file per part
 * (front matter `part` and `order` place them; `index.md` holds the title and preamble). Files in
 * `fr/` and `en/` folders, or with front matter `lang`, form one edition per language. Never throws:
 * malformed front matter and bad values come back in `diagnostics` with their file and line; keys
 * Charte does not use are kept in `meta.extra`.
 *
 * @example
 * const charter = loadCharter([{ path: 'charte.md', source: '# Charte\n\n## Encadrer\n\nTexte.' }]);
 * charter.editions[0].parts[0].key; // 'encadrer'
 */
export function loadCharter(files: CharterFile[], options: LoadOptions = {}): Charter {
  const diagnostics: FileDiagnostic[] = [];
  const texts = files
    .filter((f) => TEXT_FILE.test(f.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const read = texts.map((file) => readFile(file, options, diagnostics));
  let editions: CharterEdition[];
  if (read.length === 1) editions = [singleFileEdition(read[0])];
  else {
    const byLang = new Map<Lang, ReadFile[]>();
    for (const r of read) byLang.set(r.lang, [...(byLang.get(r.lang) ?? []), r]);
    editions = [...byLang].map(([lang, group]) => folderEdition(lang, group));
  }
  editions.sort((a, b) => (a.lang === b.lang ? 0 : a.lang === 'fr' ? -1 : 1));
  return { editions, diagnostics };
}
