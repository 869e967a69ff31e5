import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK } from '../exit-codes.js';
import type { LintJson } from '../reporters/lint-json.js';
import { runCaptured } from '../run.js';

const part = (key: string, order: number, title: string, body: string) =>
  `---\ntitle: ${title}\npart: ${key}\norder: ${order}\n---\n${body}`;

const FILES: Record<string, string> = {
  'index.md':
    '---\ntitle: Charte du CSS des Rivières\n---\nCette charte explique comment nous utilisons les médias sociaux, et pourquoi.\n',
  '01-introduction.md': part(
    'introduction',
    1,
    'Introduction',
    'Nous vous encourageons à proposer vos idées.\n',
  ),
  '02-encadrer.md': part(
    'encadrer',
    2,
    'Encadrer',
    'Vous pouvez créer une page de classe avec l’accord de la direction.\n\nNE PARTAGEZ JAMAIS VOS MOTS DE PASSE.\n\nIl est interdit de publier des propos injurieux.\n',
  ),
  '03-valoriser.md': part(
    'valoriser',
    3,
    'Valoriser',
    'Nous soulignons chaque mois les initiatives de nos équipes.\n',
  ),
};

let dir: string;
const lint = (args: string[], env: Record<string, string> = {}) =>
  runCaptured(['lint', '--no-config', ...args], { cwd: dir, env: { LANG: 'en_US.UTF-8', ...env } });

async function writeCharter(folder: string) {
  await mkdir(join(dir, folder), { recursive: true });
  for (const [name, text] of Object.entries(FILES)) await writeFile(join(dir, folder, name), text);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'charte-folder-'));
  await writeCharter('charte');
  await mkdir(join(dir, 'loose'), { recursive: true });
  for (const [name, text] of Object.entries(FILES)) {
    await writeFile(join(dir, 'loose', name), text.replace(/^part: .*\n/m, ''));
  }
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('charte lint on a charter folder', () => {
  it('reviews the parts as one charter and points findings at their files', async () => {
    const { code, stdout } = await lint(['--format', 'json', 'charte']);
    expect(code).toBe(EXIT_OK);
    const report = JSON.parse(stdout) as LintJson;
    const parts = report.files.filter((f) => f.charter?.role === 'part');
    const editions = report.files.filter((f) => f.charter?.role === 'edition');
    expect(parts.map((f) => f.path).sort()).toEqual(
      Object.keys(FILES)
        .map((n) => `charte/${n}`)
        .sort(),
    );
    expect(editions).toHaveLength(1);
    expect(editions[0].review?.coverage).toHaveLength(15);
    // A missing clause is said once for the charter, not once per file.
    const coverage = parts.flatMap((f) => f.diagnostics.filter((d) => d.ruleId.startsWith('coverage/')));
    expect(new Set(coverage.map((d) => d.ruleId)).size).toBe(coverage.length);
    const shouting = parts
      .find((f) => f.path === 'charte/02-encadrer.md')!
      .diagnostics.find((d) => d.ruleId === 'tone/shouting');
    expect(shouting?.start.line).toBe(8);
    // Sentences are counted once: through the files, not again through the edition.
    expect(report.summary.files).toBe(4);
    expect(report.summary.sentences).toBe(parts.reduce((n, f) => n + f.sentenceCount, 0));
    expect(editions[0].sentenceCount).toBeGreaterThan(report.summary.sentences);
  });

  it('finds far fewer clause warnings than the same files linted one by one', async () => {
    const whole = JSON.parse((await lint(['--format', 'json', 'charte'])).stdout) as LintJson;
    const apart = JSON.parse((await lint(['--format', 'json', 'loose'])).stdout) as LintJson;
    expect(apart.files.every((f) => f.charter === undefined)).toBe(true);
    const count = (r: LintJson) =>
      r.files.flatMap((f) => f.diagnostics).filter((d) => d.ruleId.startsWith('coverage/')).length;
    expect(count(apart)).toBeGreaterThan(count(whole) * 2);
  });

  it('shows the whole charter in the stylish report, in French too', async () => {
    const { stdout } = await lint(['charte'], { LANG: 'fr_CA.UTF-8' });
    expect(stdout).toContain('charte  (charte entière, français)');
    expect(stdout).toContain('charte/02-encadrer.md  (français, Markdown)');
  });

  it('judges --min-balance on the whole charter, not on each part', async () => {
    const { code, stderr } = await lint(['--min-balance', '99', 'charte']);
    expect(code).toBe(EXIT_FINDINGS);
    expect(stderr.split('\n').filter((l) => l.includes('balance')).length).toBe(1);
    expect(stderr).toContain('charte');
    expect(stderr).not.toContain('02-encadrer.md');
  });

  it('applies safe fixes in the part files, front matter intact', async () => {
    await writeCharter('fixme');
    const { code } = await lint(['--fix', 'fixme']);
    expect([EXIT_OK, EXIT_FINDINGS]).toContain(code);
    const fixed = await readFile(join(dir, 'fixme', '02-encadrer.md'), 'utf8');
    expect(fixed).not.toContain('NE PARTAGEZ JAMAIS');
    expect(fixed.startsWith('---\ntitle: Encadrer\npart: encadrer\norder: 2\n---\n')).toBe(true);
    expect(await readFile(join(dir, 'fixme', 'index.md'), 'utf8')).toBe(FILES['index.md']);
  });

  it('reports a part with malformed front matter and still reviews the others', async () => {
    await writeCharter('broken');
    await writeFile(
      join(dir, 'broken', '04-x.md'),
      '---\ntitle: [oops\npart: eduquer\n---\nNous vous formons.\n',
    );
    const { code, stdout, stderr } = await lint(['--format', 'json', 'broken']);
    expect(code).toBe(EXIT_FINDINGS);
    expect(stderr).toMatch(/broken\/04-x\.md:\d+:\d+: /);
    const report = JSON.parse(stdout) as LintJson;
    expect(report.files.find((f) => f.charter?.role === 'edition')).toBeDefined();
    expect(code).not.toBe(EXIT_FAILURE);
  });
});

describe('charte lint on a folder that holds a charter folder', () => {
  it('finds the charter inside and reviews it as one, the other documents alone', async () => {
    await mkdir(join(dir, 'repo', 'docs'), { recursive: true });
    await writeFile(join(dir, 'repo', 'docs', 'note.md'), 'Vous pouvez nous écrire en tout temps.\n');
    await mkdir(join(dir, 'repo', 'charte', 'fr'), { recursive: true });
    for (const [name, text] of Object.entries(FILES))
      await writeFile(join(dir, 'repo', 'charte', 'fr', name), text);
    const { code, stdout } = await lint(['--format', 'json', 'repo']);
    expect(code).toBe(EXIT_OK);
    const report = JSON.parse(stdout) as LintJson;
    expect(report.files.filter((f) => f.charter === undefined).map((f) => f.path)).toEqual([
      'repo/docs/note.md',
    ]);
    expect(report.files.filter((f) => f.charter?.role === 'part')).toHaveLength(4);
    const editions = report.files.filter((f) => f.charter?.role === 'edition');
    expect(editions.map((f) => f.path)).toEqual(['repo/charte']);
  });
});

describe('a charter from charte new, reviewed by charte lint', () => {
  const cases: [string, string[]][] = [
    ['defaults, both languages', ['--lang', 'fr,en']],
    [
      'a city in English',
      ['--lang', 'en', '--kind', 'city', '--name', 'City of Lakeview', '--audiences', 'staff,public'],
    ],
    [
      'a company in French, one platform',
      [
        '--lang',
        'fr',
        '--kind',
        'company',
        '--name',
        'Coop « L’Îlot » : services',
        '--platforms',
        'linkedin',
      ],
    ],
    [
      'a school, staff and students',
      ['--lang', 'fr,en', '--kind', 'school', '--audiences', 'staff,students'],
    ],
  ];

  for (const [name, flags] of cases) {
    it(`passes the recommended preset with full coverage and balance ≥ 60: ${name}`, async () => {
      const out = `new-${cases.findIndex(([n]) => n === name)}`;
      const created = await runCaptured(['new', '--yes', '--out', out, '--date', '2026-09-01', ...flags], {
        cwd: dir,
        env: { LANG: 'en_US.UTF-8' },
      });
      expect(created.code).toBe(EXIT_OK);
      const { code, stdout } = await lint(['--format', 'json', out]);
      expect(code).toBe(EXIT_OK);
      const report = JSON.parse(stdout) as LintJson;
      expect(report.summary.errors).toBe(0);
      expect(report.summary.warnings).toBe(0);
      const editions = report.files.filter((f) => f.charter?.role === 'edition');
      expect(editions.length).toBe(flags.includes('fr,en') ? 2 : 1);
      for (const edition of editions) {
        expect(edition.review?.coverage.every((c) => c.present)).toBe(true);
        expect(edition.balance.score).toBeGreaterThanOrEqual(60);
      }
    });
  }
});
