import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/index.js';
import type { ConfigProblem } from './problems.js';
import { ConfigProvider } from './provider.js';
import type { ConfigInput, ResolveConfig } from './resolve.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'charte-provider-'));
  await mkdir(join(root, 'good/sub'), { recursive: true });
  await mkdir(join(root, 'bad'), { recursive: true });
  await writeFile(
    join(root, 'good/charte.config.json'),
    '{\n  "rules": {\n    "tone/balance": "warning",\n    "tone/shoutin": "off"\n  }\n}\n',
  );
  await writeFile(join(root, 'bad/charte.config.json'), '{\n  "rules": {},\n}\n');
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** A stand-in for the analyzer's resolveConfig: knows two rules, reports unknown ones. */
const KNOWN = new Set(['tone/balance', 'tone/shouting']);
function fakeResolve(calls: ConfigInput[]): ResolveConfig {
  return (input) => {
    calls.push(input);
    const problems: ConfigProblem[] = [];
    const check = (value: unknown, layer: ConfigProblem['layer'], severity: ConfigProblem['severity']) => {
      const rules = (value as { rules?: Record<string, unknown> } | undefined)?.rules ?? {};
      for (const id of Object.keys(rules)) {
        if (KNOWN.has(id)) continue;
        const message = { en: 'unknown rule', fr: 'règle inconnue' };
        problems.push({ path: `rules.${id}`, segments: ['rules', id], layer, message, severity });
      }
    };
    check(input.file, 'file', 'error');
    check(input.frontMatter, 'front-matter', 'warning');
    return {
      config: { rules: {}, organization: { name: null, kind: null, values: [], platforms: [] } },
      problems,
    };
  };
}

function provider(mode: ConstructorParameters<typeof ConfigProvider>[1], lang: 'en' | 'fr' = 'en') {
  const lines: string[] = [];
  const calls: ConfigInput[] = [];
  const configs = new ConfigProvider(
    { t: createTranslator(lang), cwd: root, say: (line) => lines.push(line) },
    mode,
    fakeResolve(calls),
  );
  return { configs, lines, calls };
}

describe('ConfigProvider', () => {
  it('uses the nearest file and reports each problem once, with file, line, column and JSON path', async () => {
    const { configs, lines, calls } = provider({ kind: 'discover' });
    const a = await configs.forDocument(join(root, 'good/a.md'));
    const b = await configs.forDocument(join(root, 'good/sub/b.md'));
    expect(a?.file).toBe(join(root, 'good/charte.config.json'));
    expect(b?.file).toBe(a?.file);
    // Overrides match documents relative to the configuration's folder.
    expect(calls.map((c) => c.filePath)).toEqual(['a.md', 'sub/b.md']);
    expect(calls[0].file).toEqual({ rules: { 'tone/balance': 'warning', 'tone/shoutin': 'off' } });
    expect(lines).toEqual(['charte: good/charte.config.json:4:5: error: rules.tone/shoutin: unknown rule']);
    expect(configs.failed).toBe(true);
  });

  it('speaks French', async () => {
    const { configs, lines } = provider({ kind: 'discover' }, 'fr');
    await configs.forDocument(join(root, 'good/a.md'));
    expect(lines).toEqual([
      'charte : good/charte.config.json:4:5 : erreur : rules.tone/shoutin : règle inconnue',
    ]);
  });

  it('refuses a file that is not JSON, once, with the place of the mistake', async () => {
    const { configs, lines } = provider({ kind: 'discover' });
    expect(await configs.forDocument(join(root, 'bad/a.md'))).toBeNull();
    expect(await configs.forDocument(join(root, 'bad/b.md'))).toBeNull();
    expect(lines).toEqual([
      "charte: bad/charte.config.json:3:1: not valid JSON: a comma before '}': remove the last comma",
    ]);
    expect(configs.failed).toBe(true);
  });

  it('uses the forced file for every document, and says when it is missing', async () => {
    const forced = provider({ kind: 'file', path: 'good/charte.config.json' });
    expect((await forced.configs.forDocument(join(root, 'bad/a.md')))?.file).toBe(
      join(root, 'good/charte.config.json'),
    );
    const missing = provider({ kind: 'file', path: 'nope.json' });
    expect(await missing.configs.forDocument(join(root, 'good/a.md'))).toBeNull();
    expect(missing.lines).toEqual([
      'charte: nope.json: cannot read the configuration: no such file or directory',
    ]);
  });

  it('uses no file with --no-config', async () => {
    const { configs, lines, calls } = provider({ kind: 'none' });
    const doc = await configs.forDocument(join(root, 'bad/a.md'));
    expect(doc?.file).toBeNull();
    expect(calls[0].file).toBeUndefined();
    expect(lines).toEqual([]);
    expect(configs.failed).toBe(false);
  });

  it('reports front matter problems against the document, under the charte key', () => {
    const { configs, lines } = provider({ kind: 'none' });
    const problem: ConfigProblem = {
      path: 'rules.x',
      segments: ['rules', 'x'],
      layer: 'front-matter',
      message: { en: 'unknown rule', fr: 'règle inconnue' },
      severity: 'warning',
    };
    configs.reportFrontMatter([problem], 'docs/a.md', { offset: 40, line: 5, column: 1 });
    expect(lines).toEqual(['charte: docs/a.md:5:1: warning: charte.rules.x: unknown rule']);
    expect(configs.failed).toBe(false);
  });
});
