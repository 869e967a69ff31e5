import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandTargets, type Target } from './expand.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'charte-expand-'));
  const files = [
    'docs/b.md',
    'docs/a.markdown',
    'docs/sub/c.html',
    'docs/sub/d.HTM',
    'docs/notes.txt',
    'docs/data.json',
    'docs/node_modules/pkg/readme.md',
    'docs/.drafts/secret.md',
    'docs/Z.md',
    'empty/image.png',
  ];
  for (const file of files) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), 'x');
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const paths = (targets: Target[]) =>
  targets.map((t) =>
    t.kind === 'file' ? t.path : t.kind === 'stdin' ? '-' : `!${t.problem.code}:${t.problem.path}`,
  );

describe('expandTargets', () => {
  it('expands a folder to its documents, sorted, without node_modules or dot-folders', async () => {
    expect(paths(await expandTargets(['docs'], dir))).toEqual([
      'docs/Z.md',
      'docs/a.markdown',
      'docs/b.md',
      'docs/notes.txt',
      'docs/sub/c.html',
      'docs/sub/d.HTM',
    ]);
  });

  it('expands globs, keeps the argument order and names each file once', async () => {
    expect(paths(await expandTargets(['docs/sub/*.html', 'docs/*.md', 'docs/sub/c.html', '-'], dir))).toEqual(
      ['docs/sub/c.html', 'docs/Z.md', 'docs/b.md', '-'],
    );
  });

  it('keeps a named file of any extension, and missing paths for the reader to report', async () => {
    expect(paths(await expandTargets(['docs/data.json', 'missing.md'], dir))).toEqual([
      'docs/data.json',
      'missing.md',
    ]);
  });

  it('reports a pattern without match and a folder without documents', async () => {
    expect(paths(await expandTargets(['nothing/*.md', 'empty'], dir))).toEqual([
      '!no-match:nothing/*.md',
      '!empty-folder:empty',
    ]);
  });
});
