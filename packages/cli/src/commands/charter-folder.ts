/**
 * `charte lint` on a charter folder: the part files are one charter, so coverage, balance and scores
 * are judged on the whole (per language), while each finding still points at its own file and line.
 */
import { open, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import {
  analyzeCharter,
  balanceOf,
  type CharterFile,
  countLabels,
  type Diagnostic,
  type EditionAnalysis,
  type Lang,
} from '@charte/analyzer';
import type { ConfigProvider } from '../config/provider.js';
import type { Context } from '../context.js';
import { applySafeSuggestions } from '../fix/apply.js';
import { unifiedDiff } from '../fix/diff.js';
import { ChangedOnDiskError, writeFileAtomic } from '../fix/write.js';
import { expandTargets } from '../input/expand.js';
import type { IgnoreRules } from '../input/ignore.js';
import { type ReadResult, readTextFile } from '../input/read.js';
import { resolveConfig } from '../review/api.js';
import { type LintFileResult, toFileResult } from './lint-model.js';
import type { FileOutcome, ReviewFileOptions } from './review-file.js';

const MARKDOWN = /\.(md|markdown)$/i;
/** Front matter sits at the top: this much is enough to find a `part:` key. */
const PEEK_BYTES = 8192;

async function peek(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(PEEK_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, PEEK_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

function declaresPart(head: string): boolean {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(head);
  return match !== null && /^part[ \t]*:/m.test(match[1]);
}

/**
 * Whether a folder holds a charter written as one file per part: at least two of its Markdown files
 * (or of its `fr/` and `en/` sub-folders) declare `part:` in their front matter. One such file
 * alone is a document that says which part it is, not yet a charter of parts.
 */
export async function isCharterFolder(absolutePath: string): Promise<boolean> {
  const folders = [absolutePath, join(absolutePath, 'fr'), join(absolutePath, 'en')];
  let parts = 0;
  for (const folder of folders) {
    let names: string[];
    try {
      names = (await readdir(folder, { withFileTypes: true }))
        .filter((entry) => entry.isFile() && MARKDOWN.test(entry.name))
        .map((entry) => entry.name);
    } catch {
      continue;
    }
    for (const name of names) {
      try {
        if (declaresPart(await peek(join(folder, name))) && ++parts >= 2) return true;
      } catch {
        // An unreadable file is reported when the charter is read.
      }
    }
  }
  return false;
}

/**
 * The charter folders inside `absolutePath` (not the folder itself), outermost first: a folder that
 * is a charter is not searched further. Dot-folders and node_modules are skipped, as when linting.
 */
export async function findCharterFolders(absolutePath: string, depth = 0): Promise<string[]> {
  if (depth > 8) return [];
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(absolutePath, { withFileTypes: true });
  } catch {
    return [];
  }
  const found: string[] = [];
  const folders = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
    .map((e) => e.name)
    .sort();
  for (const name of folders) {
    const path = join(absolutePath, name);
    if (await isCharterFolder(path)) found.push(path);
    else found.push(...(await findCharterFolders(path, depth + 1)));
  }
  return found;
}

interface ReadPart {
  /** As shown: relative to the working folder. */
  path: string;
  absolutePath: string;
  /** Relative to the charter folder, `/`-separated: what the analyzer sees. */
  charterPath: string;
  text: string;
  bom: boolean;
}

/** Counts and balance of the sentences that come from one file. */
function fileShare(edition: EditionAnalysis, charterPath: string) {
  const labels = edition.report.sentences
    .filter((_, i) => edition.sentencePaths[i] === charterPath)
    .map((s) => s.tone.label);
  const counts = countLabels(labels);
  return { sentenceCount: labels.length, counts, balance: balanceOf(counts) };
}

/**
 * Reviews a charter folder: reads its documents (as `lint` reads any: size limit, encoding, ignore
 * rules), analyzes each language edition as one charter, and returns one outcome per file (its own
 * findings, counts and balance) followed by one per edition (the whole charter's balance, coverage
 * and scores, marked `charter.role = 'edition'`). Safe fixes are applied per file with `fix`.
 */
export async function reviewCharterFolder(
  ctx: Context,
  folder: string,
  configs: ConfigProvider,
  ignore: IgnoreRules,
  options: ReviewFileOptions,
  say: (line: string) => void,
): Promise<FileOutcome[]> {
  const { io, t } = ctx;
  const root = resolve(io.cwd, folder);
  const outcomes: FileOutcome[] = [];
  const parts: ReadPart[] = [];
  for (const target of await expandTargets([folder], io.cwd, ignore)) {
    if (target.kind === 'problem') {
      outcomes.push({ kind: 'problem', problem: target.problem });
      continue;
    }
    if (target.kind !== 'file') continue;
    const read: ReadResult = await readTextFile(target.path, target.absolutePath, options.maxSize);
    if (!read.ok) {
      outcomes.push({ kind: 'problem', problem: read.problem });
      continue;
    }
    const charterPath = relative(root, target.absolutePath).split(/[\\/]/).join('/');
    parts.push({ path: target.path, absolutePath: target.absolutePath, charterPath, ...read });
  }
  if (parts.length === 0) return outcomes;

  const base = await configs.forDocument(parts[0].absolutePath);
  if (base === null) return [...outcomes, { kind: 'no-config' }];
  const { config } = resolveConfig(base.input);
  const lang: Lang | undefined = options.lang === 'auto' ? undefined : options.lang;
  const files: CharterFile[] = parts.map((p) => ({ path: p.charterPath, source: p.text }));
  const analysis = analyzeCharter(files, { config, ...(lang ? { lang } : {}) });
  const byPath = new Map<string, Diagnostic[]>();
  for (const d of analysis.diagnostics) {
    const { path, ...diagnostic } = d;
    byPath.set(path, [...(byPath.get(path) ?? []), diagnostic]);
  }
  const editionOf = new Map<string, EditionAnalysis>();
  for (const [i, edition] of analysis.charter.editions.entries()) {
    for (const part of edition.parts) editionOf.set(part.path, analysis.editions[i]);
    if (edition.preamblePath) editionOf.set(edition.preamblePath, analysis.editions[i]);
  }

  for (const part of parts) {
    const diagnostics = (byPath.get(part.charterPath) ?? []).sort(
      (a, b) => a.start.offset - b.start.offset || (a.ruleId < b.ruleId ? -1 : 1),
    );
    const edition = editionOf.get(part.charterPath);
    let fixed = 0;
    let diff = '';
    let failed = false;
    if (options.fix !== 'off') {
      const { text, applied } = applySafeSuggestions(part.text, diagnostics);
      fixed = applied.length;
      if (options.fix === 'dry-run') diff = unifiedDiff(part.path, part.text, text);
      else if (fixed > 0) {
        try {
          await writeFileAtomic(part.absolutePath, text, { text: part.text, bom: part.bom });
        } catch (error) {
          failed = true;
          fixed = 0;
          say(
            error instanceof ChangedOnDiskError
              ? t.t('fix.changed', { path: part.path })
              : t.t('fix.writeError', {
                  path: part.path,
                  reason: (error as NodeJS.ErrnoException).code ?? String(error),
                }),
          );
        }
      }
    }
    const share = edition ? fileShare(edition, part.charterPath) : null;
    const result: LintFileResult = {
      path: part.path,
      lang: edition?.lang ?? 'fr',
      langSource: 'detected',
      format: /\.html?$/i.test(part.path) ? 'html' : MARKDOWN.test(part.path) ? 'markdown' : 'text',
      sentenceCount: share?.sentenceCount ?? 0,
      counts: share?.counts ?? countLabels([]),
      balance: share?.balance ?? balanceOf(countLabels([])),
      diagnostics,
      review: null,
      inputErrors: diagnostics.filter((d) => d.ruleId.startsWith('document/') && d.severity === 'error'),
      charter: { role: 'part', root: folder },
    };
    if (options.fix !== 'off') result.fixed = fixed;
    outcomes.push({ kind: 'reviewed', result, diff, failed });
  }

  for (const edition of analysis.editions) {
    const where = analysis.charter.editions.length > 1 ? join(folder, edition.lang) : folder;
    const result = toFileResult(where, edition.report, options.keep);
    result.diagnostics = [];
    result.inputErrors = [];
    result.charter = { role: 'edition', root: folder };
    if (config.minScore !== undefined) result.minScore = config.minScore;
    outcomes.push({ kind: 'reviewed', result, diff: '', failed: false });
  }
  return outcomes;
}
