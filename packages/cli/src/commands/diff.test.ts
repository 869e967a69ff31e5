import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes.js';
import type { DiffJson } from '../reporters/diff-json.js';
import { runCaptured } from '../run.js';

const OLD = `# Charte

## Encadrer

Il est interdit de publier la photo d’un élève sans consentement. Vous devez respecter vos collègues.

## Valoriser

Nous vous encourageons à partager vos bons coups.
`;
const NEW = `# Charte

## Encadrer

Vous pouvez publier la photo d’un élève avec son consentement.

## Valoriser

Nous vous encourageons à partager vos bons coups.

Vous pouvez demander de l’aide à votre équipe en tout temps.
`;

let dir: string;
const diff = (args: string[], lang = 'en_US.UTF-8', env: Record<string, string> = {}) =>
  runCaptured(['diff', ...args], { cwd: dir, env: { LANG: lang, ...env } });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'charte-diff-'));
  await writeFile(join(dir, 'old.md'), OLD);
  await writeFile(join(dir, 'new.md'), NEW);
  await mkdir(join(dir, 'v1'));
  await mkdir(join(dir, 'v2'));
  await writeFile(join(dir, 'v1', 'charte.md'), OLD);
  await writeFile(join(dir, 'v2', 'charte.md'), NEW);
  await writeFile(join(dir, 'v1', 'gone.md'), 'Ne publiez pas les coordonnées des parents.\n');
  await writeFile(join(dir, 'v2', 'fresh.md'), 'Nous vous encourageons à innover.\n');
  await writeFile(join(dir, 'binary.md'), new Uint8Array([0x68, 0x00, 0x69]));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('charte diff', () => {
  it('prints a header, a summary and each change at its line (old line for a removed one)', async () => {
    const { code, stdout, stderr } = await diff(['old.md', 'new.md']);
    expect(stderr).toBe('');
    expect(code).toBe(EXIT_OK);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('--- old.md');
    expect(lines[1]).toBe('+++ new.md');
    expect(lines[2]).toBe('  +1 added · −1 removed · ~1 changed · 0 moved · 1 label change');
    expect(lines[3]).toMatch(
      /^ {2}balance \d+\/100 → \d+\/100 \(\+\d+\) · score \d+\/100 → \d+\/100 \([+−±]\d+\)$/,
    );
    expect(stdout).toMatch(/ {2}old line 5 +- Vous devez respecter vos collègues\. {2}\(obligation\)\n/);
    expect(stdout).toMatch(/ {2}line 5 +~ reworded {2}prohibition → permission\n +- Il est interdit/);
    expect(stdout).toMatch(/ {2}line 11 +\+ Vous pouvez demander de l’aide/);
    // No color codes when stdout is not a terminal.
    expect(stdout).not.toContain('\x1b[');
  });

  it('colors the - and + lines on a terminal only', async () => {
    const colored = await runCaptured(['diff', 'old.md', 'new.md'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(colored.stdout).toContain('\x1b[31m- Vous devez respecter');
    expect(colored.stdout).toContain('\x1b[32m+ Vous pouvez demander');
  });

  it('speaks French', async () => {
    const { code, stdout } = await diff(['old.md', 'new.md'], 'fr_CA.UTF-8');
    expect(code).toBe(EXIT_OK);
    expect(stdout).toContain(
      '  +1 ajoutée · −1 retirée · ~1 modifiée · 0 déplacée · 1 changement d’étiquette\n',
    );
    expect(stdout).toMatch(/ancienne ligne 5 +- Vous devez/);
    expect(stdout).toContain('interdiction → permission');
    expect(stdout).toMatch(/\n {2}équilibre \d+\/100 → /);
  });

  it('says when nothing changed, and still exits 0', async () => {
    const { code, stdout } = await diff(['old.md', 'old.md']);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toContain('  +0 added · −0 removed · ~0 changed · 0 moved · 0 label changes\n');
    expect(stdout).toContain('no sentence added, removed, changed or relabeled');
  });

  it('writes a versioned JSON document', async () => {
    const { code, stdout } = await diff(['--format', 'json', 'old.md', 'new.md']);
    expect(code).toBe(EXIT_OK);
    const json = JSON.parse(stdout) as DiffJson;
    expect(Object.keys(json)).toEqual(['version', 'old', 'new', 'files']);
    expect(json).toMatchObject({ version: 1, old: 'old.md', new: 'new.md' });
    expect(json.files).toHaveLength(1);
    const [file] = json.files;
    expect(Object.keys(file.diff)).toEqual([
      'summary',
      'changes',
      'labelChanges',
      'balance',
      'sections',
      'coverage',
      'score',
    ]);
    expect(file.diff.summary).toMatchObject({ added: 1, removed: 1, changed: 1, labelChanges: 1 });
    expect(file.diff.labelChanges[0]).toMatchObject({
      from: 'prohibition',
      to: 'permission',
      textChanged: true,
    });
    expect(file.diff.changes.map((c) => c.kind)).toEqual(['removed', 'changed', 'added']);
  });

  it('pairs the documents of two folders by relative path', async () => {
    const { code, stdout } = await diff(['--format', 'json', 'v1', 'v2']);
    expect(code).toBe(EXIT_OK);
    const json = JSON.parse(stdout) as DiffJson;
    expect(json.files.map((f) => [f.old, f.new])).toEqual([
      [join('v1', 'charte.md'), join('v2', 'charte.md')],
      [null, join('v2', 'fresh.md')],
      [join('v1', 'gone.md'), null],
    ]);
    expect(json.files[1].diff.summary).toMatchObject({ added: 1, removed: 0 });
    expect(json.files[2].diff.summary).toMatchObject({ added: 0, removed: 1 });
    const text = await diff(['v1', 'v2']);
    expect(text.stdout).toContain(`\n${join('v2', 'fresh.md')} (new document)\n`);
    expect(text.stdout).toContain(`\n${join('v1', 'gone.md')} (document removed)\n`);
  });

  it('reads REV:path git revisions of a file', async () => {
    const repo = join(dir, 'repo');
    await mkdir(repo);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Charte', '-c', 'user.email=charte@example.org', ...args], {
        cwd: repo,
        stdio: 'pipe',
      });
    git('init', '-q');
    await writeFile(join(repo, 'charte.md'), OLD);
    git('add', 'charte.md');
    git('commit', '-q', '-m', 'v1');
    await writeFile(join(repo, 'charte.md'), NEW);
    git('commit', '-q', '-am', 'v2');

    const run = (args: string[], lang = 'en_US.UTF-8') =>
      runCaptured(['diff', ...args], { cwd: repo, env: { LANG: lang } });
    const between = await run(['--format', 'json', 'HEAD~1:charte.md', 'HEAD:charte.md']);
    expect(between.code).toBe(EXIT_OK);
    expect((JSON.parse(between.stdout) as DiffJson).files[0].diff.summary).toMatchObject({
      added: 1,
      removed: 1,
    });
    const withFile = await run(['HEAD~1:charte.md', 'charte.md']);
    expect(withFile.stdout.split('\n').slice(0, 2)).toEqual(['--- HEAD~1:charte.md', '+++ charte.md']);

    const missing = await run(['HEAD~5:charte.md', 'charte.md']);
    expect(missing.code).toBe(EXIT_FAILURE);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(
      /^charte: HEAD~5:charte\.md: git cannot read this revision or path \(.+\)\n$/,
    );
    const missingFr = await run(['HEAD:absent.md', 'charte.md'], 'fr_CA.UTF-8');
    expect(missingFr.stderr).toMatch(/^charte : HEAD:absent\.md : git ne peut pas lire cette révision/);
  });

  it('says clearly when git is not installed', async () => {
    const { code, stderr } = await runCaptured(['diff', 'HEAD:old.md', 'old.md'], {
      cwd: dir,
      env: { LANG: 'en_US.UTF-8', PATH: join(dir, 'no-bin') },
    });
    expect(code).toBe(EXIT_FAILURE);
    expect(stderr).toContain('charte: git is needed to read REV:path arguments but was not found');
  });

  it('handles bad input like lint: missing, binary, folder against file, bad format', async () => {
    const missing = await diff(['nothing.md', 'new.md']);
    expect(missing.code).toBe(EXIT_FAILURE);
    expect(missing.stderr).toBe('charte: nothing.md: no such file or directory\n');
    const binary = await diff(['binary.md', 'new.md']);
    expect(binary.code).toBe(EXIT_FAILURE);
    expect(binary.stderr).toMatch(/^charte: binary\.md: /);
    const mixed = await diff(['v1', 'new.md'], 'fr_CA.UTF-8');
    expect(mixed.code).toBe(EXIT_FAILURE);
    expect(mixed.stderr).toContain('impossible de comparer le dossier v1 au fichier new.md');
    const format = await diff(['--format', 'sarif', 'old.md', 'new.md']);
    expect(format.code).toBe(EXIT_FAILURE);
    expect(format.stderr).toContain("invalid value 'sarif' for --format");
    const one = await diff(['old.md']);
    expect(one.code).toBe(EXIT_FAILURE);
  });
});

describe('charte diff on two versions of a charter folder', () => {
  const part = (key: string, order: number, title: string, body: string) =>
    `---\ntitle: ${title}\npart: ${key}\norder: ${order}\n---\n${body}`;

  it('compares each language as one charter and places each sentence in its file', async () => {
    for (const version of ['c1', 'c2']) await mkdir(join(dir, version, 'fr'), { recursive: true });
    const intro = part('introduction', 1, 'Introduction', 'Cette charte explique notre présence en ligne.\n');
    await writeFile(join(dir, 'c1', 'fr', '01-introduction.md'), intro);
    await writeFile(join(dir, 'c2', 'fr', '01-introduction.md'), intro);
    await writeFile(
      join(dir, 'c1', 'fr', '02-encadrer.md'),
      part('encadrer', 2, 'Encadrer', 'Il est interdit de publier la photo d’un élève.\n'),
    );
    await writeFile(
      join(dir, 'c2', 'fr', '02-encadrer.md'),
      part(
        'encadrer',
        2,
        'Encadrer',
        'Vous pouvez publier la photo d’un élève avec le consentement écrit de ses parents.\n\nSi vous constatez un incident, signalez-le au service des communications.\n',
      ),
    );
    const { code, stdout } = await diff(['--format', 'json', 'c1', 'c2']);
    expect(code).toBe(EXIT_OK);
    const report = JSON.parse(stdout) as DiffJson;
    expect(report.files.map((f) => [f.old, f.new])).toEqual([['c1 (fr)', 'c2 (fr)']]);
    const { diff: d } = report.files[0];
    const added = d.changes.filter((c) => c.kind === 'added' || c.kind === 'changed');
    expect(added.length).toBeGreaterThan(0);
    for (const change of added) {
      if (change.kind === 'added' || change.kind === 'changed') {
        expect(change.new.path).toBe('fr/02-encadrer.md');
        expect(change.new.line).toBeGreaterThanOrEqual(6);
      }
    }
    // Coverage is the charter's: the new incident clause is gained once, for the whole.
    expect(d.coverage.gained).toContain('incident-reporting');
    expect(d.balance.new).toBeGreaterThan(d.balance.old ?? 0);
    const stylish = await diff(['c1', 'c2']);
    expect(stylish.stdout).toContain('c1 (fr) → c2 (fr)');
    expect(stylish.stdout).toMatch(/fr\/02-encadrer\.md line \d+/);
  });
});
