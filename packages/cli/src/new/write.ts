import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, normalize, sep } from 'node:path';

/** What is at the path where the charter goes. */
export type FolderState = 'missing' | 'empty' | 'non-empty' | 'not-folder';

/**
 * @example
 * await folderState('/tmp/nothing-here') // → 'missing'
 */
export async function folderState(path: string): Promise<FolderState> {
  try {
    if (!(await stat(path)).isDirectory()) return 'not-folder';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  return (await readdir(path)).length === 0 ? 'empty' : 'non-empty';
}

/** A file to write, its path relative to the charter's folder. */
export interface FileToWrite {
  path: string;
  source: string;
}

/**
 * Writing failed. `written` lists the files already in the folder when it did: empty when the
 * failure came while preparing (then nothing at all was written).
 */
export class CharterWriteError extends Error {
  constructor(
    readonly reason: string,
    readonly written: readonly string[],
    readonly failedPath?: string,
  ) {
    super(reason);
    this.name = 'CharterWriteError';
  }
}

/**
 * Writes the files into `folder` (created as needed), replacing files of the same name and leaving
 * every other file alone. All files are first written into a temporary folder next to it, so a
 * failure while writing (disk full, no permission) leaves the folder untouched; only then are they
 * renamed in, one cheap rename each on the same file system.
 *
 * @example
 * await writeCharter('/home/me/charte', [{ path: 'fr/01-charte.md', source: '# …' }]);
 */
export async function writeCharter(folder: string, files: readonly FileToWrite[]): Promise<void> {
  for (const file of files) {
    // The generator is trusted, but a path leaving the folder would write elsewhere: refuse it.
    const path = normalize(file.path);
    if (isAbsolute(path) || path === '..' || path.startsWith(`..${sep}`))
      throw new Error(`generated file outside the charter folder: ${file.path}`);
  }
  const parent = dirname(folder);
  let staging: string;
  try {
    await mkdir(parent, { recursive: true });
    staging = await mkdtemp(join(parent, `.${basename(folder)}.charte-tmp-`));
  } catch (error) {
    throw new CharterWriteError(reasonOf(error), []);
  }
  try {
    try {
      for (const file of files) {
        const target = join(staging, file.path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, file.source, 'utf8');
      }
      await mkdir(folder, { recursive: true });
    } catch (error) {
      throw new CharterWriteError(reasonOf(error), []);
    }
    const written: string[] = [];
    for (const file of files) {
      try {
        const target = join(folder, file.path);
        await mkdir(dirname(target), { recursive: true });
        await rename(join(staging, file.path), target);
        written.push(file.path);
      } catch (error) {
        throw new CharterWriteError(reasonOf(error), written, file.path);
      }
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
