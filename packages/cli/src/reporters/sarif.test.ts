import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Diagnostic, RULES } from '@charte/analyzer';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LintFileResult } from '../commands/lint-model.js';
import { createTranslator } from '../i18n/index.js';
import { runCaptured } from '../run.js';
import { rulesOfRun } from './rules.js';
import { toSarifLog } from './sarif.js';

const root = new URL('../../../../', import.meta.url).pathname;
const fixtures = new URL('../fixtures/', import.meta.url).pathname;
let validate: ValidateFunction;

beforeAll(() => {
  // The schema is published as draft-04 with an `id`; its keywords are the ones draft-07 kept.
  const schema = JSON.parse(
    readFileSync(join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
  ) as Record<string, unknown>;
  delete schema.$schema;
  delete schema.id;
  // unicodeRegExp off: one of the schema's patterns (toolComponent.language) is not valid with the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  // ajv-formats is CommonJS: under NodeNext its default import is the module, whose `default` is the plugin.
  addFormats.default(ajv);
  validate = ajv.compile(schema);
});

const valid = (log: unknown) => {
  const ok = validate(log);
  return ok ? 'valid' : JSON.stringify(validate.errors, null, 2);
};

describe('SARIF', () => {
  it('is valid SARIF 2.1.0 for real charters, with rules, results, regions and fixes', async () => {
    const { code, stdout } = await runCaptured(
      ['lint', '--no-config', '--format', 'sarif', 'charter-en.md', 'charte-fr.md'],
      {
        cwd: fixtures,
        env: { LANG: 'en_US.UTF-8' },
      },
    );
    expect(code).not.toBe(2);
    const log = JSON.parse(stdout) as Sarif.Log;
    expect(valid(log)).toBe('valid');
    // The validator does catch mistakes: a wrong version, a 0 line, an unknown level.
    expect(valid({ ...log, version: '2.0.0' })).not.toBe('valid');
    const broken = JSON.parse(stdout);
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    broken.runs[0].results[0].level = 'fatal';
    expect(valid(broken)).toMatch(/startLine[\s\S]*level|level[\s\S]*startLine/);
    const [run] = log.runs;
    expect(run.tool.driver.name).toBe('charte');
    const rules = run.tool.driver.rules ?? [];
    const results = run.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      const rule = rules[result.ruleIndex ?? -1];
      expect(rule?.id).toBe(result.ruleId);
      expect(rule?.shortDescription?.text).toBeTruthy();
      expect(['error', 'warning', 'note']).toContain(rule?.defaultConfiguration?.level);
      const location = result.locations?.[0]?.physicalLocation;
      expect(['charter-en.md', 'charte-fr.md']).toContain(location?.artifactLocation?.uri);
      expect(location?.artifactLocation?.uriBaseId).toBe('SRCROOT');
      const region = location?.region;
      expect(region?.startLine).toBeGreaterThanOrEqual(1);
      expect(region?.startColumn).toBeGreaterThanOrEqual(1);
      expect(region?.charOffset).toBeGreaterThanOrEqual(0);
    }
    // The region's offsets and lines point at the same text.
    const source = readFileSync(join(fixtures, 'charter-en.md'), 'utf8');
    for (const result of results.filter(
      (r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri === 'charter-en.md',
    )) {
      const region = result.locations?.[0]?.physicalLocation?.region ?? {};
      const lineStart =
        source
          .split('\n')
          .slice(0, (region.startLine ?? 1) - 1)
          .join('\n').length + (region.startLine === 1 ? 0 : 1);
      expect(lineStart + (region.startColumn ?? 1) - 1).toBe(region.charOffset);
    }
    expect(run.originalUriBaseIds?.SRCROOT?.uri).toBe(`file://${fixtures}`);
    // Every review rule is described, with its summary and its page.
    for (const rule of RULES) {
      const descriptor = rules.find((r) => r.id === rule.id);
      expect(descriptor?.shortDescription?.text).toBe(rule.docs.summary.en);
      if (descriptor?.helpUri) expect(existsSync(fileURLToPath(descriptor.helpUri))).toBe(true);
    }
  });

  it('stays valid with standard input, unusual paths, every severity and multi-edit fixes', () => {
    const at = (offset: number, line: number, column: number) => ({ offset, line, column });
    const diagnostics: Diagnostic[] = [
      {
        ruleId: 'tone/shouting',
        source: 'charte',
        severity: 'warning',
        message: 'Words in capitals « NE PAS »',
        start: at(10, 2, 1),
        end: at(16, 2, 7),
        label: 'prohibition',
        url: 'docs/rules/tone/shouting.md',
        suggestions: [
          { title: 'Lower-case', safe: true, edits: [{ start: 10, end: 16, text: 'ne pas' }] },
          {
            title: 'Two edits',
            edits: [
              { start: 0, end: 0, text: '> ' },
              { start: 20, end: 21, text: '' },
            ],
          },
        ],
      },
      {
        ruleId: 'document/front-matter',
        source: 'charte',
        severity: 'error',
        message: 'Bad YAML',
        start: at(0, 1, 1),
        end: at(0, 1, 1),
      },
      {
        ruleId: 'coverage/review-date',
        source: 'charte',
        severity: 'info',
        message: 'No review date',
        start: at(3, 1, 4),
        end: at(9, 1, 10),
        url: 'https://example.org/rules/review-date',
      },
    ];
    const results = [
      { path: 'docs/été 2024/charte #1.md', diagnostics },
      { path: '-', diagnostics },
      { path: '../outside.md', diagnostics },
    ] as LintFileResult[];
    const t = createTranslator('fr');
    const registry = [
      { id: 'tone/shouting', severity: 'warning' as const, description: 'Capitales', url: null },
    ];
    const log = toSarifLog(results, {
      t,
      rules: rulesOfRun(registry, results),
      version: '0.1.0',
      cwd: '/repo',
    });
    expect(valid(log)).toBe('valid');
    const uris = (log.runs[0].results ?? []).map(
      (r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
    );
    expect(new Set(uris)).toEqual(
      new Set(['docs/%C3%A9t%C3%A9%202024/charte%20%231.md', undefined, '../outside.md']),
    );
    expect(log.runs[0].tool.driver.rules?.map((r) => [r.id, r.helpUri])).toEqual([
      ['tone/shouting', undefined],
      ['document/front-matter', undefined],
      ['coverage/review-date', 'https://example.org/rules/review-date'],
    ]);
    const [first] = log.runs[0].results ?? [];
    expect(first.level).toBe('warning');
    expect(first.fixes?.[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { charOffset: 10, charLength: 6 },
      insertedContent: { text: 'ne pas' },
    });
    expect(first.fixes?.[1].artifactChanges[0].replacements).toHaveLength(2);
    expect(log.runs[0].results?.[2].level).toBe('note');
  });
});
