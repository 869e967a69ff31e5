import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAME, ConfigFinder } from './discover.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'charte-discover-'));
  await mkdir(join(root, 'repo/docs/fr/deep'), { recursive: true });
  await mkdir(join(root, 'repo/docs/en'), { recursive: true });
  await writeFile(join(root, 'repo', CONFIG_FILE_NAME), '{}');
  await writeFile(join(root, 'repo/docs/fr', CONFIG_FILE_NAME), '{}');
  // A folder with the configuration's name is not a configuration.
  await mkdir(join(root, 'repo/docs/en', CONFIG_FILE_NAME));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('ConfigFinder', () => {
  it('finds the nearest file upward; the nearest wins', async () => {
    const finder = new ConfigFinder();
    expect(await finder.find(join(root, 'repo/docs/fr/deep'))).toBe(
      join(root, 'repo/docs/fr', CONFIG_FILE_NAME),
    );
    expect(await finder.find(join(root, 'repo/docs/fr'))).toBe(join(root, 'repo/docs/fr', CONFIG_FILE_NAME));
    expect(await finder.find(join(root, 'repo/docs/en'))).toBe(join(root, 'repo', CONFIG_FILE_NAME));
    expect(await finder.find(join(root, 'repo'))).toBe(join(root, 'repo', CONFIG_FILE_NAME));
  });

  it('stops at the file system root with nothing found', async () => {
    expect(await new ConfigFinder(async () => false).find(join(root, 'repo/docs'))).toBeNull();
  });

  it('asks each folder once per run', async () => {
    const asked: string[] = [];
    const finder = new ConfigFinder(async (path) => {
      asked.push(path);
      return path === join('/a', CONFIG_FILE_NAME);
    });
    await Promise.all([finder.find('/a/b/c'), finder.find('/a/b/d'), finder.find('/a/b/c')]);
    await finder.find('/a/b');
    expect(asked.sort()).toEqual(
      ['/a/b/c', '/a/b/d', '/a/b', '/a'].map((folder) => join(folder, CONFIG_FILE_NAME)).sort(),
    );
  });
});
