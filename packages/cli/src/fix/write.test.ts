import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangedOnDiskError, writeFileAtomic } from './write.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'charte-write-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the mode and the byte order mark, leaves no temporary file', async () => {
    const path = join(dir, 'a.md');
    await writeFile(path, '\uFEFFOld text.');
    await chmod(path, 0o640);
    await writeFileAtomic(path, 'New text.', { text: 'Old text.', bom: true });
    expect(await readFile(path, 'utf8')).toBe('\uFEFFNew text.');
    expect((await stat(path)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['a.md']);
  });

  it('refuses when the file changed since it was read', async () => {
    const path = join(dir, 'b.md');
    await writeFile(path, 'Edited meanwhile.');
    await expect(writeFileAtomic(path, 'Fixed.', { text: 'Original.', bom: false })).rejects.toBeInstanceOf(
      ChangedOnDiskError,
    );
    expect(await readFile(path, 'utf8')).toBe('Edited meanwhile.');
  });
});
