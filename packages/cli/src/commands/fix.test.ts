import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '@charte/analyzer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FAILURE } from '../exit-codes.js';
import type { LintJson } from '../reporters/lint-json.js';
import { runCaptured } from '../run.js';

let dir: string;
const en = { LANG: 'en_US.UTF-8' };
/** Shouting (safe fixes), a bare prohibition (a rewording, not safe), an encouragement. */
const SHOUTING = `# Photos

Il est INTERDIT de publier la photo d’un élève sans le consentement de ses parents !!!

Nous vous encourageons à partager les bons coups de votre école.
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'charte-fix-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const lint = (args: string[]) => runCaptured(['lint', '--no-config', ...args], { cwd: dir, env: en });

describe('charte lint --fix', () => {
  it('applies the safe suggestions to the file, not the others, and reports on the fixed text', async () => {
    await writeFile(join(dir, 'a.md'), SHOUTING);
    const before = analyze(SHOUTING, { path: 'a.md' });
    const safe = before.diagnostics.flatMap((d) => d.suggestions ?? []).filter((s) => s.safe);
    const unsafe = before.diagnostics.flatMap((d) => d.suggestions ?? []).filter((s) => !s.safe);
    expect(safe.length).toBeGreaterThan(0);

    const { stdout } = await lint(['--fix', '--format', 'json', 'a.md']);
    const fixed = await readFile(join(dir, 'a.md'), 'utf8');
    expect(fixed).toBe(SHOUTING.replace('INTERDIT', 'interdit').replace('!!!', '!'));
    // Suggestions not marked safe stay suggestions.
    for (const suggestion of unsafe) {
      for (const edit of suggestion.edits)
        if (edit.text.trim() !== '') expect(fixed).not.toContain(edit.text);
    }
    const [file] = (JSON.parse(stdout) as LintJson).files;
    expect(file.fixed).toBe(safe.length);
    expect(file.diagnostics).toEqual(analyze(fixed, { path: 'a.md' }).diagnostics);
    expect(file.diagnostics.some((d) => d.ruleId === 'tone/shouting')).toBe(false);
  });

  it('is idempotent: a second run changes nothing', async () => {
    await writeFile(join(dir, 'b.md'), SHOUTING);
    await lint(['--fix', 'b.md']);
    const once = await readFile(join(dir, 'b.md'), 'utf8');
    const { stdout } = await lint(['--fix', 'b.md']);
    expect(await readFile(join(dir, 'b.md'), 'utf8')).toBe(once);
    expect(stdout).not.toMatch(/fix(es)? applied/);
  });

  it('keeps CRLF line ends and a byte order mark', async () => {
    const crlf = `\uFEFF${SHOUTING.replace(/\n/g, '\r\n')}`;
    await writeFile(join(dir, 'c.md'), crlf);
    await lint(['--fix', 'c.md']);
    expect(await readFile(join(dir, 'c.md'), 'utf8')).toBe(
      crlf.replace('INTERDIT', 'interdit').replace('!!!', '!'),
    );
  });

  it('--fix-dry-run prints the diff and writes nothing', async () => {
    await writeFile(join(dir, 'd.md'), SHOUTING);
    const { code, stdout, stderr } = await lint(['--fix-dry-run', 'd.md']);
    expect(await readFile(join(dir, 'd.md'), 'utf8')).toBe(SHOUTING);
    expect(stdout).toBe(
      [
        '--- a/d.md',
        '+++ b/d.md',
        '@@ -1,5 +1,5 @@',
        ' # Photos',
        ' ',
        '-Il est INTERDIT de publier la photo d’un élève sans le consentement de ses parents !!!',
        '+Il est interdit de publier la photo d’un élève sans le consentement de ses parents !',
        ' ',
        ' Nous vous encourageons à partager les bons coups de votre école.',
        '',
      ].join('\n'),
    );
    expect(stderr).toMatch(/^charte: \d+ safe fixes would be applied in 1 file\n$/);
    expect(code).not.toBe(EXIT_FAILURE);
  });

  it('refuses standard input, both flags at once, and a dry run in another format', async () => {
    expect((await lint(['--fix', '-'])).stderr).toContain('--fix cannot write to standard input');
    expect((await lint(['--fix', '--fix-dry-run', 'a.md'])).stderr).toContain(
      '--fix and --fix-dry-run cannot be used together',
    );
    const json = await lint(['--fix-dry-run', '--format', 'json', 'a.md']);
    expect(json.code).toBe(EXIT_FAILURE);
    expect(json.stderr).toContain('--fix-dry-run prints a diff: it cannot be combined with --format json');
  });
});
