import { randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const BOM = '\uFEFF';

/** The file changed on disk between the read and the write: nothing was written. */
export class ChangedOnDiskError extends Error {
  constructor(readonly path: string) {
    super(`${path} changed on disk while it was being fixed`);
    this.name = 'ChangedOnDiskError';
  }
}

/** What the fixed file replaces, and how it was encoded. */
export interface Original {
  /** The text as read (a UTF-8 byte order mark already removed). */
  text: string;
  /** Whether the file started with a UTF-8 byte order mark, to write it back. */
  bom: boolean;
}

/**
 * Replaces a file's content atomically: writes a temporary file in the same folder, flushes it to
 * disk, gives it the original's permissions, then renames it over the original, so a crash leaves
 * either the old file or the new one, never half of each. Refuses (ChangedOnDiskError) when the
 * file no longer holds `original`, so an edit made meanwhile is not lost.
 *
 * @example
 * await writeFileAtomic('/repo/charte.md', fixedText, { text: originalText, bom: false });
 */
export async function writeFileAtomic(path: string, text: string, original: Original): Promise<void> {
  const current = await readFile(path, 'utf8');
  if (current !== (original.bom ? BOM : '') + original.text) throw new ChangedOnDiskError(path);
  const { mode } = await stat(path);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.charte-tmp`);
  const handle = await open(temporary, 'wx', mode & 0o7777);
  try {
    try {
      await handle.writeFile((original.bom ? BOM : '') + text, 'utf8');
      // The umask may have narrowed the mode given to open().
      await handle.chmod(mode & 0o7777);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
}
