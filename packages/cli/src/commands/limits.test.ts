import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '@charte/analyzer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK } from '../exit-codes.js';
import { runCaptured } from '../run.js';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const en = { LANG: 'en_US.UTF-8' };
let dir: string;
let warnings: number;
let balance: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'charte-limits-'));
  const report = analyze(await readFile(join(fixtures, 'charter-en.md'), 'utf8'), { path: 'charter-en.md' });
  warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
  balance = report.balance.score ?? 0;
  expect(report.diagnostics.some((d) => d.severity === 'error')).toBe(false);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const lint = (args: string[], cwd = fixtures) =>
  runCaptured(['lint', '--no-config', ...args], { cwd, env: en });

describe('exit codes and limits', () => {
  it('0 with warnings under --max-warnings, or without the option', async () => {
    expect((await lint(['charter-en.md'])).code).toBe(EXIT_OK);
    const { code, stderr } = await lint(['--max-warnings', String(warnings), 'charter-en.md']);
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe('');
  });

  it('1 with more warnings than --max-warnings, saying so on stderr', async () => {
    expect(warnings).toBeGreaterThan(0);
    const { code, stderr } = await lint(['--max-warnings', String(warnings - 1), 'charter-en.md']);
    expect(code).toBe(EXIT_FINDINGS);
    expect(stderr).toBe(
      `charte: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${warnings - 1}\n`,
    );
  });

  it('1 when a document’s balance is under --min-balance, 0 at it', async () => {
    const under = await lint(['--min-balance', String(balance + 1), '--format', 'json', 'charter-en.md']);
    expect(under.code).toBe(EXIT_FINDINGS);
    expect(under.stderr).toBe(
      `charte: charter-en.md: balance ${balance}/100 is below --min-balance ${balance + 1}\n`,
    );
    JSON.parse(under.stdout);
    expect((await lint(['--min-balance', String(balance), 'charter-en.md'])).code).toBe(EXIT_OK);
  });

  it('1 on any error-severity diagnostic', async () => {
    expect((await lint(['front-matter-broken.md'])).code).toBe(EXIT_FINDINGS);
  });

  it('2 on a usage error, with the reason in the UI language', async () => {
    const cases: [string[], string][] = [
      [
        ['--max-warnings', 'many', 'charter-en.md'],
        "invalid value 'many' for --max-warnings: expected a whole number, 0 or more",
      ],
      [['--max-warnings', '-1', 'charter-en.md'], "invalid value '-1' for --max-warnings"],
      [
        ['--min-balance', '101', 'charter-en.md'],
        "invalid value '101' for --min-balance: expected a number from 0 to 100",
      ],
      [
        ['--format', 'xml', 'charter-en.md'],
        "invalid value 'xml' for --format: expected one of stylish, json, sarif, github, html",
      ],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await lint(args);
      expect(code).toBe(EXIT_FAILURE);
      expect(stderr).toContain(message);
    }
    const fr = await runCaptured(['lint', '--min-balance', 'x', 'a.md'], { env: { LANG: 'fr_CA.UTF-8' } });
    expect(fr.stderr).toContain(
      'valeur « x » invalide pour --min-balance : un nombre de 0 à 100 est attendu',
    );
  });

  it('2 when the report cannot be written, 2 over 1 when both happen', async () => {
    const { code, stderr } = await lint([
      '--output',
      join(dir, 'no/such/folder/report.json'),
      '--max-warnings',
      '0',
      'charter-en.md',
    ]);
    expect(code).toBe(EXIT_FAILURE);
    expect(stderr).toContain(
      `charte: cannot write the report to ${join(dir, 'no/such/folder/report.json')} (ENOENT)`,
    );
  });

  it('1 when a document’s overall score is under the thresholds.minScore of its configuration', async () => {
    const score = analyze(await readFile(join(fixtures, 'charter-en.md'), 'utf8'), { path: 'charter-en.md' })
      .review.scores.overall;
    await writeFile(join(dir, 'charter-en.md'), await readFile(join(fixtures, 'charter-en.md')));
    await writeFile(join(dir, 'charte.config.json'), JSON.stringify({ thresholds: { minScore: score + 1 } }));
    const { code, stderr } = await runCaptured(['lint', 'charter-en.md'], { cwd: dir, env: en });
    expect(stderr).toBe(
      `charte: charter-en.md: score ${score}/100 is below thresholds.minScore ${score + 1} of its configuration\n`,
    );
    expect(code).toBe(EXIT_FINDINGS);
    await writeFile(join(dir, 'charte.config.json'), JSON.stringify({ thresholds: { minScore: score } }));
    expect((await runCaptured(['lint', 'charter-en.md'], { cwd: dir, env: en })).code).toBe(EXIT_OK);
  });
});
