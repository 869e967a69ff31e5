import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareOutput, SITE_MANIFEST, writeSite } from './write-site.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'charte-site-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('prepareOutput and writeSite', () => {
  it('accepts a new or empty folder, refuses one with files of its own unless forced', async () => {
    expect(await prepareOutput(join(dir, 'new'), null, false)).toEqual({ ok: true, previous: [] });
    await mkdir(join(dir, 'busy'));
    await writeFile(join(dir, 'busy', 'notes.txt'), 'mine');
    expect(await prepareOutput(join(dir, 'busy'), null, false)).toEqual({ ok: false, reason: 'not-empty' });
    expect(await prepareOutput(join(dir, 'busy'), null, true)).toEqual({ ok: true, previous: [] });
    await writeFile(join(dir, 'file'), 'x');
    expect(await prepareOutput(join(dir, 'file'), null, false)).toEqual({
      ok: false,
      reason: 'not-a-folder',
    });
    expect(await prepareOutput(join(dir, 'charte', 'site'), join(dir, 'charte'), true)).toEqual({
      ok: false,
      reason: 'inside-input',
    });
  });

  it('replaces its own previous render, removes stale pages, keeps other files', async () => {
    const out = join(dir, 'site');
    const first = {
      files: [
        { path: 'index.html', content: 'a' },
        { path: 'fr/old.html', content: 'o' },
      ],
      copies: new Map(),
    };
    await writeSite(out, first, (await prepareOutput(out, null, false)).ok ? [] : []);
    await writeFile(join(out, 'keep.txt'), 'mine');
    const prepared = await prepareOutput(out, null, false);
    expect(prepared).toEqual({ ok: true, previous: ['fr/old.html', 'index.html'] });
    const second = { files: [{ path: 'index.html', content: 'b' }], copies: new Map() };
    await writeSite(out, second, prepared.ok ? prepared.previous : []);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('b');
    expect(await readdir(join(out, 'fr'))).toEqual([]);
    expect(await readFile(join(out, 'keep.txt'), 'utf8')).toBe('mine');
    const manifest = JSON.parse(await readFile(join(out, SITE_MANIFEST), 'utf8')) as { files: string[] };
    expect(manifest.files).toEqual(['index.html']);
  });

  it('refuses a path that would leave the site folder', async () => {
    const out = join(dir, 'safe');
    await expect(
      writeSite(out, { files: [{ path: '../escape.html', content: 'x' }], copies: new Map() }, []),
    ).rejects.toThrow(/unsafe/);
    await expect(readFile(join(dir, 'escape.html'))).rejects.toThrow();
  });
});
