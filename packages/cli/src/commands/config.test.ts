import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK } from '../exit-codes.js';
import type { LintJson } from '../reporters/lint-json.js';
import { runCaptured } from '../run.js';

let root: string;
const en = { LANG: 'en_US.UTF-8' };
/** Shouting, a bare prohibition and a sanction: several rules fire on it by default. */
const DOC = `# Photos

Il est INTERDIT de publier la photo d’un élève sans le consentement de ses parents !!!

Tout manquement pourra entraîner des mesures disciplinaires.
`;
const rulesOf = (stdout: string) => {
  const out = JSON.parse(stdout) as LintJson;
  return out.files.map((file) => new Set(file.diagnostics.map((d) => d.ruleId)));
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'charte-config-'));
  await mkdir(join(root, 'repo/team/deep'), { recursive: true });
  for (const file of ['repo/a.md', 'repo/team/deep/b.md']) await writeFile(join(root, file), DOC);
  await writeFile(
    join(root, 'repo/charte.config.json'),
    JSON.stringify({ rules: { 'tone/shouting': 'off' } }, null, 2),
  );
  await writeFile(
    join(root, 'repo/team/charte.config.json'),
    JSON.stringify({ rules: { 'coverage/*': 'off' } }, null, 2),
  );
  await writeFile(join(root, 'other.json'), JSON.stringify({ rules: { 'tone/bare-prohibition': 'off' } }));
});
afterAll(() => rm(root, { recursive: true, force: true }));

const lint = (args: string[], cwd = join(root, 'repo')) =>
  runCaptured(['lint', '--format', 'json', ...args], { cwd, env: en });

describe('configuration discovery', () => {
  it('gives each document the nearest charte.config.json: files are not merged', async () => {
    const { code, stdout, stderr } = await lint(['a.md', 'team/deep/b.md']);
    expect(stderr).toBe('');
    expect(code).not.toBe(EXIT_FAILURE);
    const [a, b] = rulesOf(stdout);
    expect(a.has('tone/shouting')).toBe(false);
    expect([...a].some((id) => id.startsWith('coverage/'))).toBe(true);
    expect(b.has('tone/shouting')).toBe(true);
    expect([...b].some((id) => id.startsWith('coverage/'))).toBe(false);
  });

  it('uses the file given with --config for every document, and none with --no-config', async () => {
    const [a, b] = rulesOf((await lint(['--config', '../other.json', 'a.md', 'team/deep/b.md'])).stdout);
    for (const rules of [a, b]) {
      expect(rules.has('tone/bare-prohibition')).toBe(false);
      expect(rules.has('tone/shouting')).toBe(true);
    }
    const [plain] = rulesOf((await lint(['--no-config', 'a.md'])).stdout);
    expect(plain.has('tone/shouting')).toBe(true);
    expect(plain.has('tone/bare-prohibition')).toBe(true);
  });

  it('reports a problem with the file, its line and column and the JSON path; an error exits 2', async () => {
    const dir = join(root, 'problems');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'a.md'), DOC);
    await writeFile(
      join(dir, 'charte.config.json'),
      '{\n  "rules": {\n    "tone/shouting": "loud"\n  }\n}\n',
    );
    const { code, stderr, stdout } = await lint(['a.md'], dir);
    expect(code).toBe(EXIT_FAILURE);
    expect(stderr).toMatch(/^charte: charte\.config\.json:3:5: error: rules\.tone\/shouting: .+\n$/);
    // The document is still reviewed, with the bad value left out.
    expect(rulesOf(stdout)[0].has('tone/shouting')).toBe(true);
  });

  it('says where a configuration file stops being JSON, and exits 2', async () => {
    const dir = join(root, 'broken');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'a.md'), DOC);
    await writeFile(join(dir, 'charte.config.json'), '{\n  "rules": { "tone/shouting": "off", }\n}\n');
    const { code, stderr, stdout } = await lint(['a.md'], dir);
    expect(code).toBe(EXIT_FAILURE);
    expect(stderr).toBe(
      "charte: charte.config.json:2:38: not valid JSON: a comma before '}': remove the last comma\n",
    );
    expect((JSON.parse(stdout) as LintJson).files).toEqual([]);
    const fr = await runCaptured(['lint', 'a.md'], { cwd: dir, env: { LANG: 'fr_CA.UTF-8' } });
    expect(fr.stderr).toBe(
      'charte : charte.config.json:2:38 : JSON invalide : une virgule avant « } » : retirez la dernière virgule\n',
    );
  });

  it('lets front matter settings override the file, and reports their problems against the document', async () => {
    const dir = join(root, 'front');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'charte.config.json'), JSON.stringify({ rules: { 'tone/shouting': 'off' } }));
    await writeFile(
      join(dir, 'on.md'),
      `---\ntitle: Charte\ncharte:\n  rules:\n    tone/shouting: error\n---\n${DOC}`,
    );
    await writeFile(
      join(dir, 'bad.md'),
      `---\ntitle: Charte\ncharte:\n  rules:\n    tone/shouting: loud\n---\n${DOC}`,
    );
    const on = await lint(['on.md'], dir);
    expect(on.stderr).toBe('');
    const [rules] = rulesOf(on.stdout);
    expect(rules.has('tone/shouting')).toBe(true);
    expect(
      (JSON.parse(on.stdout) as LintJson).files[0].diagnostics.find((d) => d.ruleId === 'tone/shouting')
        ?.severity,
    ).toBe('error');
    expect(on.code).toBe(EXIT_FINDINGS);
    const bad = await lint(['bad.md'], dir);
    expect(bad.stderr).toMatch(/^charte: bad\.md:3:1: error: charte\.rules\.tone\/shouting: .+\n$/);
    expect(bad.code).toBe(EXIT_FAILURE);
  });

  it('matches overrides against paths relative to the configuration’s folder, wherever the run starts', async () => {
    const dir = join(root, 'over');
    await mkdir(join(dir, 'drafts'), { recursive: true });
    await writeFile(join(dir, 'drafts/a.md'), DOC);
    await writeFile(join(dir, 'b.md'), DOC);
    await writeFile(
      join(dir, 'charte.config.json'),
      JSON.stringify({ overrides: [{ files: 'drafts/**', rules: { 'tone/shouting': 'off' } }] }),
    );
    const [drafts, other] = rulesOf((await lint(['over/drafts/a.md', 'over/b.md'], root)).stdout);
    expect(drafts.has('tone/shouting')).toBe(false);
    expect(other.has('tone/shouting')).toBe(true);
  });

  it('exits 0 with a valid configuration and nothing over the limits', async () => {
    const dir = join(root, 'quiet');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'a.md'), 'Nous vous encourageons à partager vos projets.\n');
    await writeFile(
      join(dir, 'charte.config.json'),
      JSON.stringify({ extends: 'recommended', rules: { 'coverage/*': 'off', 'structure/*': 'off' } }),
    );
    const { code, stderr } = await lint(['a.md'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(EXIT_OK);
  });
});
