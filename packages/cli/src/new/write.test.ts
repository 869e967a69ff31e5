import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CharterWriteError, folderState, writeCharter } from './write.js';

let tmp: string;
let cases = 0;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'charte-write-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function workdir(): Promise<string> {
  const dir = join(tmp, `case-${++cases}`);
  await mkdir(dir);
  return dir;
}

const FILES = [
  { path: 'index.md', source: '# Index\n' },
  { path: 'fr/01-introduction.md', source: 'Bonjour\n' },
  { path: 'fr/02-encadrer.md', source: 'Cadre\n' },
];

describe('folderState', () => {
  it('tells a missing path, an empty folder, a folder with files and a file apart', async () => {
    const dir = await workdir();
    expect(await folderState(join(dir, 'nothing'))).toBe('missing');
    await mkdir(join(dir, 'empty'));
    expect(await folderState(join(dir, 'empty'))).toBe('empty');
    await mkdir(join(dir, 'full'));
    await writeFile(join(dir, 'full/.hidden'), '');
    expect(await folderState(join(dir, 'full'))).toBe('non-empty');
    await writeFile(join(dir, 'file'), '');
    expect(await folderState(join(dir, 'file'))).toBe('not-folder');
  });
});

describe('writeCharter', () => {
  it('creates the folders, writes every file and leaves no staging folder behind', async () => {
    const dir = await workdir();
    await writeCharter(join(dir, 'a/b/charte'), FILES);
    for (const file of FILES)
      expect(await readFile(join(dir, 'a/b/charte', file.path), 'utf8')).toBe(file.source);
    expect(await readdir(join(dir, 'a/b'))).toEqual(['charte']);
  });

  it('replaces files of the same name and leaves the other files alone', async () => {
    const dir = await workdir();
    await mkdir(join(dir, 'charte/fr'), { recursive: true });
    await writeFile(join(dir, 'charte/fr/02-encadrer.md'), 'old');
    await writeFile(join(dir, 'charte/fr/notes.md'), 'notes');
    await writeCharter(join(dir, 'charte'), FILES);
    expect(await readFile(join(dir, 'charte/fr/02-encadrer.md'), 'utf8')).toBe('Cadre\n');
    expect(await readFile(join(dir, 'charte/fr/notes.md'), 'utf8')).toBe('notes');
  });

  it('writes nothing at all when a file cannot be prepared', async () => {
    const dir = await workdir();
    // `fr` is a file, so `fr/…` cannot be written: the failure comes while staging.
    const files = [{ path: 'fr', source: 'x' }, ...FILES];
    const error = await writeCharter(join(dir, 'charte'), files).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CharterWriteError);
    expect((error as CharterWriteError).written).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('says which files were placed when one cannot be, and cleans its staging folder', async () => {
    const dir = await workdir();
    // A folder with a file in it where the last file goes: the rename onto it fails.
    await mkdir(join(dir, 'charte/fr/02-encadrer.md'), { recursive: true });
    await writeFile(join(dir, 'charte/fr/02-encadrer.md/keep'), 'keep');
    const error = (await writeCharter(join(dir, 'charte'), FILES).catch(
      (e: unknown) => e,
    )) as CharterWriteError;
    expect(error).toBeInstanceOf(CharterWriteError);
    expect(error.written).toEqual(['index.md', 'fr/01-introduction.md']);
    expect(error.failedPath).toBe('fr/02-encadrer.md');
    expect(error.reason).toMatch(/^E[A-Z]+$/);
    expect(await readFile(join(dir, 'charte/fr/02-encadrer.md/keep'), 'utf8')).toBe('keep');
    expect(await readdir(dir)).toEqual(['charte']);
  });

  it('refuses a generated path that would leave the folder', async () => {
    const dir = await workdir();
    for (const path of ['../escape.md', '/etc/escape.md', 'fr/../../escape.md']) {
      await expect(writeCharter(join(dir, 'charte'), [{ path, source: '' }])).rejects.toThrow(/outside/);
    }
    expect(await readdir(dir)).toEqual([]);
  });
});
