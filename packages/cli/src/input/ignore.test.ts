import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../run.js';
import { expandTargets } from './expand.js';
import { IgnoreRules } from './ignore.js';

let root: string;
const doc = '# Charte\n\nNous vous encourageons à partager vos projets.\n';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'charte-ignore-'));
  for (const folder of ['docs/drafts', 'docs/fr/old', 'outside/sub'])
    await mkdir(join(root, folder), { recursive: true });
  for (const file of [
    'docs/a.md',
    'docs/drafts/wip.md',
    'docs/drafts/keep.md',
    'docs/fr/b.md',
    'docs/fr/old/c.md',
    'docs/fr/notes.txt',
    'outside/x.md',
    'outside/sub/y.md',
  ]) {
    await writeFile(join(root, file), doc);
  }
  // gitignore syntax: a folder, a negation, a glob; nested files are relative to their own folder.
  await writeFile(join(root, '.charteignore'), '# drafts are not charters yet\ndrafts/\n*.txt\n');
  await writeFile(join(root, 'docs/fr/.charteignore'), 'old/\n');
  await writeFile(join(root, 'outside/.charteignore'), 'sub/\n');
});
afterAll(() => rm(root, { recursive: true, force: true }));

const paths = async (args: string[], cwd = root) =>
  (await expandTargets(args, cwd, new IgnoreRules(cwd))).map((t) =>
    t.kind === 'file' ? t.path : t.kind === 'problem' ? `${t.problem.code}:${t.problem.path}` : '-',
  );

describe('.charteignore', () => {
  it('leaves out what the working folder’s file and nested files say, each relative to its folder', async () => {
    expect(await paths(['docs'])).toEqual(['docs/a.md', 'docs/fr/b.md']);
  });

  it('applies to glob patterns too', async () => {
    expect(await paths(['docs/**/*.{md,txt}'])).toEqual(['docs/a.md', 'docs/fr/b.md']);
  });

  it('gives a notice for a file named on the command line that is ignored', async () => {
    expect(await paths(['docs/drafts/wip.md', 'docs/a.md'])).toEqual([
      'ignored:docs/drafts/wip.md',
      'docs/a.md',
    ]);
  });

  it('gives a notice when it empties a folder', async () => {
    expect(await paths(['docs/drafts'])).toEqual(['ignored:docs/drafts']);
  });

  it('reads a walked folder’s file when the documents are outside the working folder', async () => {
    expect(await paths([join(root, 'outside')], join(root, 'docs'))).toEqual([join(root, 'outside/x.md')]);
  });

  it('lets a deeper file re-include what a shallower one left out', async () => {
    await writeFile(join(root, 'docs/fr/.charteignore'), 'old/\n!notes.txt\n');
    try {
      expect(await paths(['docs'])).toEqual(['docs/a.md', 'docs/fr/b.md', 'docs/fr/notes.txt']);
    } finally {
      await writeFile(join(root, 'docs/fr/.charteignore'), 'old/\n');
    }
  });

  it('makes charte lint skip them: ignored files are notices, not failures', async () => {
    const { code, stdout, stderr } = await runCaptured(
      ['lint', '--no-config', 'docs', 'docs/drafts/keep.md'],
      {
        cwd: root,
        env: { LANG: 'en_US.UTF-8' },
      },
    );
    expect(stderr).toBe('charte: note: docs/drafts/keep.md: ignored by .charteignore\n');
    expect(stdout).not.toContain('drafts');
    expect(stdout).toMatch(/ in 2 files /);
    expect(code).not.toBe(2);
  });
});
