import { resolve, sep } from 'node:path';
import {
  analyze,
  analyzeCharter,
  type CharterDiff,
  type CharterFile,
  diffEditions,
  diffReports,
  type Lang,
  type Report,
} from '@charte/analyzer';
import { type Context, warn } from '../context.js';
import { problemLine } from '../errors.js';
import { EXIT_FAILURE, EXIT_OK, type ExitCode } from '../exit-codes.js';
import type { Translator } from '../i18n/index.js';
import { colorsFor } from '../reporters/colors.js';
import { formatDiffJson } from '../reporters/diff-json.js';
import { formatDiffStylish } from '../reporters/diff-stylish.js';
import { isCharterFolder } from './charter-folder.js';
import { classifySide, type DiffSide, folderDocuments, readSide, type SideProblem } from './diff-sources.js';

export interface DiffOptions {
  /** The version before: a file, a folder or `REV:path`. */
  old: string;
  /** The version after. */
  new: string;
  format: 'stylish' | 'json';
  lang: Lang | 'auto';
  maxSize: number;
}

/** One compared pair; a path is null when the document exists on one side only. */
export interface DiffPair {
  old: string | null;
  new: string | null;
  diff: CharterDiff;
}

/**
 * `charte diff OLD NEW`: what changed between two versions of a charter (files, folders paired by
 * relative path, or `REV:path` git revisions): sentences added, removed, reworded and moved, label
 * changes, and the balance, section, coverage and score deltas. Exit code 0 whatever changed, 2 when
 * an input cannot be read.
 *
 * @example
 * await diffCommand(ctx, { old: 'HEAD~1:charte.md', new: 'charte.md', format: 'stylish', lang: 'auto', maxSize }) // → 0
 */
export async function diffCommand(ctx: Context, options: DiffOptions): Promise<ExitCode> {
  const { io, t } = ctx;
  const say = (line: string) => warn(ctx, line);
  const oldSide = await classifySide(options.old, io.cwd);
  const newSide = await classifySide(options.new, io.cwd);
  if ((oldSide.kind === 'folder') !== (newSide.kind === 'folder')) {
    const [folder, file] = oldSide.kind === 'folder' ? [oldSide, newSide] : [newSide, oldSide];
    say(t.t('diff.kindMismatch', { folder: folder.name, file: file.name }));
    return EXIT_FAILURE;
  }

  const analyzeText = (text: string, path: string): Report =>
    analyze(text, { path, lang: options.lang === 'auto' ? undefined : options.lang });
  const load = async (side: Exclude<DiffSide, { kind: 'folder' }>): Promise<Report | null> => {
    const read = await readSide(ctx, side, options.maxSize);
    if (!read.ok) {
      say(sideProblemLine(t, read.problem));
      return null;
    }
    return analyzeText(read.text, side.kind === 'git' ? side.path : side.name);
  };

  const pairs: DiffPair[] = [];
  const charters =
    oldSide.kind === 'folder' &&
    newSide.kind === 'folder' &&
    (await isCharterFolder(resolve(io.cwd, oldSide.name))) &&
    (await isCharterFolder(resolve(io.cwd, newSide.name)));
  if (charters) {
    // Two versions of a charter folder: each language compared as one charter, sentences in their files.
    const readAll = async (folder: string): Promise<CharterFile[] | null> => {
      const files: CharterFile[] = [];
      for (const [key, path] of await folderDocuments(folder, io.cwd)) {
        const read = await readSide(ctx, { kind: 'file', name: path }, options.maxSize);
        if (!read.ok) {
          say(sideProblemLine(t, read.problem));
          return null;
        }
        files.push({ path: key.split(sep).join('/'), source: read.text });
      }
      return files;
    };
    const [olds, news] = [await readAll(oldSide.name), await readAll(newSide.name)];
    if (olds === null || news === null) return EXIT_FAILURE;
    const lang = options.lang === 'auto' ? {} : { lang: options.lang };
    const before = analyzeCharter(olds, lang);
    const after = analyzeCharter(news, lang);
    const langs = [...new Set([...before.editions, ...after.editions].map((e) => e.lang))].sort().reverse();
    for (const edition of langs) {
      const a = before.editions.find((e) => e.lang === edition);
      const b = after.editions.find((e) => e.lang === edition);
      const empty = analyzeCharter([{ path: 'charte.md', source: '' }], { lang: edition }).editions[0];
      pairs.push({
        old: a ? `${oldSide.name} (${edition})` : null,
        new: b ? `${newSide.name} (${edition})` : null,
        diff: diffEditions(a ?? empty, b ?? empty),
      });
    }
  } else if (oldSide.kind === 'folder' && newSide.kind === 'folder') {
    const olds = await folderDocuments(oldSide.name, io.cwd);
    const news = await folderDocuments(newSide.name, io.cwd);
    const keys = [...new Set([...olds.keys(), ...news.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    let failed = false;
    for (const key of keys) {
      const oldPath = olds.get(key) ?? null;
      const newPath = news.get(key) ?? null;
      const before = oldPath === null ? analyzeText('', key) : await load({ kind: 'file', name: oldPath });
      const after = newPath === null ? analyzeText('', key) : await load({ kind: 'file', name: newPath });
      if (before === null || after === null) {
        failed = true;
        continue;
      }
      pairs.push({ old: oldPath, new: newPath, diff: diffReports(before, after) });
    }
    if (failed) return EXIT_FAILURE;
  } else if (oldSide.kind !== 'folder' && newSide.kind !== 'folder') {
    const before = await load(oldSide);
    const after = await load(newSide);
    if (before === null || after === null) return EXIT_FAILURE;
    pairs.push({ old: oldSide.name, new: newSide.name, diff: diffReports(before, after) });
  }

  io.stdout.write(
    options.format === 'json'
      ? formatDiffJson(options.old, options.new, pairs)
      : formatDiffStylish(options.old, options.new, pairs, { t, colors: colorsFor(io.stdout, io.env) }),
  );
  return EXIT_OK;
}

/** The one stderr line for a side that could not be read. */
function sideProblemLine(t: Translator, problem: SideProblem): string {
  if (problem.kind === 'input') return problemLine(t, problem.problem);
  if (problem.kind === 'git-missing') return t.t('diff.gitMissing');
  return t.t('diff.gitError', { spec: problem.spec, reason: problem.reason });
}
