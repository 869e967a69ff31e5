/** Reads what a charter is made of from disk: its text files and the images its covers may name. */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { CharterFile } from '@charte/analyzer';
import type { Context } from '../context.js';
import type { InputProblem } from '../errors.js';
import { expandTargets } from '../input/expand.js';
import type { IgnoreRules } from '../input/ignore.js';
import { readTextFile } from '../input/read.js';

const IMAGE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

export interface CharterOnDisk {
  /** The folder the charter's paths are relative to (a single file's folder). */
  root: string;
  files: CharterFile[];
  /** Images under the root, by `/`-separated path relative to it. */
  images: Map<string, string>;
  problems: InputProblem[];
}

async function listImages(root: string, folder: string, images: Map<string, string>, depth: number) {
  if (depth > 4) return;
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await listImages(root, path, images, depth + 1);
    else if (entry.isFile() && IMAGE.test(entry.name)) {
      images.set(relative(root, path).split(/[\\/]/).join('/'), path);
    }
  }
}

/**
 * A charter folder (its documents, as `lint` finds them) or a single file, read with the usual
 * limits; a file that cannot be read is a problem and the others are still read.
 */
export async function readCharter(
  ctx: Context,
  input: string,
  ignore: IgnoreRules,
  maxSize: number,
): Promise<CharterOnDisk> {
  const absolute = resolve(ctx.io.cwd, input);
  const info = await stat(absolute).catch(() => null);
  const root = info?.isDirectory() ? absolute : dirname(absolute);
  const files: CharterFile[] = [];
  const problems: InputProblem[] = [];
  const targets = info?.isDirectory()
    ? await expandTargets([input], ctx.io.cwd, ignore)
    : await expandTargets([input], ctx.io.cwd);
  for (const target of targets) {
    if (target.kind === 'problem') problems.push(target.problem);
    if (target.kind !== 'file') continue;
    const read = await readTextFile(target.path, target.absolutePath, maxSize);
    if (!read.ok) problems.push(read.problem);
    else
      files.push({ path: relative(root, target.absolutePath).split(/[\\/]/).join('/'), source: read.text });
  }
  const images = new Map<string, string>();
  if (info?.isDirectory()) await listImages(root, root, images, 0);
  else if (info) {
    // A lone file's covers sit next to it or in an images/ folder beside it.
    for (const entry of await readdir(root, { withFileTypes: true }).catch(() => [])) {
      if (entry.isFile() && IMAGE.test(entry.name)) images.set(entry.name, join(root, entry.name));
    }
    for (const folder of ['images', 'img', 'assets']) await listImages(root, join(root, folder), images, 1);
  }
  return { root, files, images, problems: problems.map((p) => ({ ...p, path: p.path || basename(input) })) };
}
