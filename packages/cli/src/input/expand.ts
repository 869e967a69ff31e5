import { stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { InputProblem } from '../errors.js';
import type { IgnoreRules } from './ignore.js';

/** One input to analyze, in the order the person asked for it. */
export type Target =
  | { kind: 'file'; path: string; absolutePath: string }
  | { kind: 'stdin' }
  | { kind: 'problem'; problem: InputProblem };

/** The files a folder argument stands for. */
export const DOCUMENT_PATTERN = '**/*.{md,markdown,html,htm,txt}';
const IGNORE = ['**/node_modules/**'];

/**
 * Turns `lint` arguments into targets: a file as given; a folder as its documents, recursively
 * (no node_modules, no dot-folders); a glob pattern as its matches; `-` as standard input. Folder and
 * glob results are sorted by code point so the output order never depends on the file system.
 * A file named twice is analyzed once. Missing paths stay as targets so the reader reports them in place.
 * With `ignored`, documents that `.charteignore` leaves out are dropped; when that empties a folder or
 * a pattern, or when a file named on the command line is left out, a notice (`ignored`) takes its place.
 *
 * @example
 * await expandTargets(['docs/', 'README.md'], '/repo')
 * // → [{ kind: 'file', path: 'docs/a.md', … }, { kind: 'file', path: 'docs/b.md', … }, { kind: 'file', path: 'README.md', … }]
 */
export async function expandTargets(
  args: readonly string[],
  cwd: string,
  ignored?: IgnoreRules,
): Promise<Target[]> {
  const targets: Target[] = [];
  const seen = new Set<string>();
  const addFile = (path: string) => {
    const absolutePath = resolve(cwd, path);
    if (seen.has(absolutePath)) return;
    seen.add(absolutePath);
    targets.push({ kind: 'file', path, absolutePath });
  };
  /** The found paths that `.charteignore` keeps; a notice for `arg` when it keeps none. */
  const keep = async (arg: string, found: string[], walkRoot: string): Promise<string[]> => {
    if (!ignored) return found;
    const kept: string[] = [];
    for (const file of found) {
      if (!(await ignored.ignores(resolve(cwd, file), walkRoot))) kept.push(file);
    }
    if (kept.length === 0 && found.length > 0) {
      targets.push({ kind: 'problem', problem: { path: arg, code: 'ignored' } });
    }
    return kept;
  };

  for (const arg of args) {
    if (arg === '-') {
      targets.push({ kind: 'stdin' });
      continue;
    }
    const kind = await pathKind(resolve(cwd, arg));
    if (kind === 'directory') {
      const found = await glob(DOCUMENT_PATTERN, {
        cwd: resolve(cwd, arg),
        ignore: IGNORE,
        dot: false,
        caseSensitiveMatch: false,
        expandDirectories: false,
      });
      if (found.length === 0) targets.push({ kind: 'problem', problem: { path: arg, code: 'empty-folder' } });
      const files = found.map((file) => join(arg, file));
      for (const file of sortPaths(await keep(arg, files, resolve(cwd, arg)))) addFile(file);
    } else if (kind === 'missing' && isDynamicPattern(arg)) {
      const found = await glob(arg, {
        cwd,
        ignore: arg.includes('node_modules') ? [] : IGNORE,
        dot: false,
        absolute: isAbsolute(arg),
        expandDirectories: false,
      });
      if (found.length === 0) targets.push({ kind: 'problem', problem: { path: arg, code: 'no-match' } });
      for (const file of sortPaths(await keep(arg, found, cwd))) addFile(file);
    } else if (kind === 'other' && ignored && (await ignored.ignores(resolve(cwd, arg)))) {
      targets.push({ kind: 'problem', problem: { path: arg, code: 'ignored' } });
    } else {
      addFile(arg);
    }
  }
  return targets;
}

/** Whether a path is a folder, something else that exists, or nothing (errors other than "missing" are left to the reader). */
async function pathKind(path: string): Promise<'directory' | 'other' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'other';
  }
}

/** Code-point order, the same on every machine and locale. */
function sortPaths(paths: string[]): string[] {
  return [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
