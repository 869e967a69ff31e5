import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyze } from '@charte/analyzer';
import { describe, expect, it } from 'vitest';
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes.js';
import type { ScoreJson } from '../reporters/score-json.js';
import { runCaptured } from '../run.js';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const score = (args: string[], lang = 'en_US.UTF-8') =>
  runCaptured(['score', '--no-config', ...args], { cwd: fixtures, env: { LANG: lang } });
const review = async (name: string) =>
  analyze(await readFile(join(fixtures, name), 'utf8'), { path: name }).review;

describe('charte score', () => {
  it('prints the breakdown: overall, each part with weight, score and detail, sections, pillars, clauses', async () => {
    const { code, stdout, stderr } = await score(['charter-en.md']);
    expect(stderr).toBe('');
    expect(code).toBe(EXIT_OK);
    const expected = await review('charter-en.md');
    const lines = stdout.split('\n');
    expect(lines[1]).toBe(`  overall score  ${expected.scores.overall}/100`);
    expect(lines[2]).toMatch(/^ {2}balance {8}\d+\/100 enabling \(enabling \d+ · restrictive \d+/);
    expect(lines[4]).toMatch(/^ {2}part +weight +score +detail$/);
    const names: Record<string, string> = {
      tone: 'tone',
      'positive-approach': 'positive approach',
      'human-error': 'room for error',
      initiatives: 'initiatives encouraged',
      coverage: 'key clauses',
      readability: 'readability',
      structure: 'four pillars',
    };
    expected.scores.parts.forEach((part, i) => {
      const line = lines[5 + i];
      expect(line).toMatch(
        new RegExp(`^  ${names[part.id]} +${Math.round(part.weight * 100)}% +${Math.round(part.score)}  `),
      );
      expect(line.endsWith(part.detail)).toBe(true);
    });
    expect(stdout).toContain('  balance by section\n');
    for (const section of expected.sections.filter((s) => s.balance.enabling + s.balance.restrictive > 0)) {
      expect(stdout).toContain(`    ${section.title ?? '(before the first heading)'}`);
    }
    expect(stdout).toMatch(/ {2}balance by pillar\n {4}Frame /);
    const present = expected.coverage.filter((c) => c.present).length;
    expect(stdout).toContain(`  coverage  ${present}/${expected.coverage.length} clauses\n`);
    expect(stdout.match(/^ {4}✓ /gm)?.length ?? 0).toBe(present);
    expect(stdout.match(/^ {4}✗ /gm)?.length ?? 0).toBe(expected.coverage.length - present);
    expect(stdout).toMatch(
      / {2}readability {2}Flesch \d+\/100 · [\d.]+ words per sentence · \d+ long sentences?\n$/,
    );
  });

  it('speaks French', async () => {
    const { stdout } = await score(['charte-fr.md'], 'fr_CA.UTF-8');
    expect(stdout).toContain('  score global  ');
    expect(stdout).toContain('  équilibre par pilier\n    Encadrer ');
    expect(stdout).toMatch(/lisibilité {2}Kandel–Moles \d+\/100 · [\d,]+ mots par phrase/);
  });

  it('prints JSON with --format json', async () => {
    const { code, stdout } = await score(['--format', 'json', 'charte-fr.md']);
    expect(code).toBe(EXIT_OK);
    const out = JSON.parse(stdout) as ScoreJson;
    const expected = await review('charte-fr.md');
    expect(out).toMatchObject({ version: 1, path: 'charte-fr.md', lang: 'fr' });
    expect(out.scores).toEqual(expected.scores);
    expect(out.coverage).toEqual(expected.coverage);
    expect(out.sections).toEqual(expected.sections);
  });

  it('reads standard input, and exits 2 on a missing file or argument', async () => {
    const stdin = await readFile(join(fixtures, 'charter-en.md'), 'utf8');
    const piped = await runCaptured(['score', '--no-config', '-f', 'json', '-'], { stdin });
    expect((JSON.parse(piped.stdout) as ScoreJson).scores?.overall).toBe(
      (await review('charter-en.md')).scores.overall,
    );
    const missing = await score(['nope.md']);
    expect(missing.code).toBe(EXIT_FAILURE);
    expect(missing.stderr).toBe('charte: nope.md: no such file or directory\n');
    expect((await score([])).code).toBe(EXIT_FAILURE);
  });
});
