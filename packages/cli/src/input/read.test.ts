import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTextFile, readTextStream } from './read.js';

let dir: string;
const MB = 1024 * 1024;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'charte-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = async (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
};

describe('readTextFile', () => {
  it('reads UTF-8 text and strips a BOM', async () => {
    const path = await file('bom.md', '\uFEFF# Charte');
    expect(await readTextFile('bom.md', path, MB)).toEqual({ ok: true, text: '# Charte', bom: true });
  });

  it('says a missing path is missing and a folder is a folder', async () => {
    expect(await readTextFile('nope.md', join(dir, 'nope.md'), MB)).toEqual({
      ok: false,
      problem: { path: 'nope.md', code: 'not-found' },
    });
    await mkdir(join(dir, 'folder'));
    expect(await readTextFile('folder', join(dir, 'folder'), MB)).toEqual({
      ok: false,
      problem: { path: 'folder', code: 'is-directory' },
    });
  });

  it('refuses a 50 MB file from its size alone, without reading it', async () => {
    const path = join(dir, 'big.md');
    const handle = await open(path, 'w');
    // A sparse file: 50 MB long, no data blocks written, so it costs nothing on disk.
    await handle.truncate(50 * MB);
    await handle.close();
    const started = performance.now();
    const result = await readTextFile('big.md', path, 10 * MB);
    const elapsed = performance.now() - started;
    expect(result).toEqual({
      ok: false,
      problem: { path: 'big.md', code: 'too-large', params: { size: '50 MB', limit: '10 MB' } },
    });
    // Reading and decoding 50 MB of zeros takes far longer, and would have said "binary" instead.
    expect(elapsed).toBeLessThan(250);
  });

  it('sets aside binary, invalid UTF-8 and empty files', async () => {
    const binary = await file(
      'logo.png',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
    );
    expect(await readTextFile('logo.png', binary, MB)).toMatchObject({
      ok: false,
      problem: { code: 'binary' },
    });
    const latin1 = await file('latin1.txt', new Uint8Array([0x45, 0x6c, 0xe8, 0x76, 0x65]));
    expect(await readTextFile('latin1.txt', latin1, MB)).toEqual({
      ok: false,
      problem: { path: 'latin1.txt', code: 'invalid-utf8', params: { offset: 2 } },
    });
    const blank = await file('blank.md', ' \n\t\n');
    expect(await readTextFile('blank.md', blank, MB)).toMatchObject({
      ok: false,
      problem: { code: 'empty' },
    });
  });
});

describe('readTextStream', () => {
  it('reads chunks and stops past the limit', async () => {
    async function* chunks() {
      yield 'Vous ';
      yield new TextEncoder().encode('pouvez.');
    }
    expect(await readTextStream('-', chunks(), MB)).toEqual({ ok: true, text: 'Vous pouvez.', bom: false });
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield 'x'.repeat(1024);
      }
    }
    expect(await readTextStream('-', endless(), 10 * 1024)).toMatchObject({
      ok: false,
      problem: { code: 'too-large' },
    });
    expect(pulled).toBe(11);
  });
});
