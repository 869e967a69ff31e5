import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configJsonSchema, type RuleRegistryEntry, resolveConfig } from './index.js';

const REGISTRY: RuleRegistryEntry[] = [
  {
    id: 'tone/balance',
    severities: { recommended: 'warning', strict: 'error' },
    defaults: { threshold: 40, minSentences: 3 },
    options: z.strictObject({
      threshold: z.number().min(0).max(100).default(40),
      minSentences: z.number().int().min(1).default(3),
    }),
  },
  {
    id: 'tone/shouting',
    severities: { recommended: 'warning', strict: 'error' },
    defaults: {},
    options: z.strictObject({}),
  },
  {
    id: 'readability/long-sentence',
    severities: { recommended: 'info', strict: 'warning' },
    defaults: { max: 35 },
    options: z.strictObject({ max: z.number().int().min(5).default(35) }),
  },
  { id: 'coverage/purpose', severities: { recommended: 'info', strict: 'warning' }, defaults: {} },
  { id: 'coverage/scope', severities: { recommended: 'off', strict: 'warning' }, defaults: {} },
  // No schema: options keep their default's JSON type.
  {
    id: 'demo/words',
    severities: { recommended: 'info', strict: 'info' },
    defaults: { words: ['a'], strict: false },
  },
];

function resolve(file?: unknown, more: { frontMatter?: unknown; filePath?: string } = {}) {
  return resolveConfig({ file, ...more }, REGISTRY);
}

function paths(file?: unknown, more: { frontMatter?: unknown; filePath?: string } = {}) {
  return resolve(file, more).problems.map((p) => [p.path, p.severity]);
}

describe('resolveConfig: presets', () => {
  it('defaults to recommended, with every rule and its default options', () => {
    const { config, problems } = resolve();
    expect(problems).toEqual([]);
    expect(config.rules).toEqual({
      'tone/balance': { severity: 'warning', options: { threshold: 40, minSentences: 3 } },
      'tone/shouting': { severity: 'warning', options: {} },
      'readability/long-sentence': { severity: 'info', options: { max: 35 } },
      'coverage/purpose': { severity: 'info', options: {} },
      'coverage/scope': { severity: 'off', options: {} },
      'demo/words': { severity: 'info', options: { words: ['a'], strict: false } },
    });
    expect(config.organization).toEqual({ name: null, kind: null, values: [], platforms: [] });
    expect(config.minScore).toBeUndefined();
  });

  it('takes strict severities from the registry, the last preset of a list winning', () => {
    expect(resolve({ extends: 'strict' }).config.rules['coverage/scope'].severity).toBe('warning');
    expect(resolve({ extends: ['strict', 'recommended'] }).config.rules['coverage/scope'].severity).toBe(
      'off',
    );
    expect(resolve({ extends: ['recommended', 'strict'] }).config.rules['tone/balance'].severity).toBe(
      'error',
    );
  });

  it('reports an unknown preset with a suggestion and keeps recommended', () => {
    const { config, problems } = resolve({ extends: ['strcit'] });
    expect(config.rules['tone/balance'].severity).toBe('warning');
    expect(problems).toMatchObject([{ path: 'extends[0]', severity: 'error', layer: 'file' }]);
    expect(problems[0].message.en).toContain('did you mean "strict"');
    expect(problems[0].message.fr).toContain('vouliez-vous dire « strict »');
  });
});

describe('resolveConfig: rules', () => {
  it('accepts the three severity forms', () => {
    const { config, problems } = resolve({
      rules: {
        'tone/shouting': 'off',
        'tone/balance': ['error', { threshold: 60 }],
        'readability/long-sentence': { severity: 'warning', options: { max: 25 } },
        'coverage/purpose': ['warning'],
        'coverage/scope': { options: {} },
      },
    });
    expect(problems).toEqual([]);
    expect(config.rules['tone/shouting'].severity).toBe('off');
    expect(config.rules['tone/balance']).toEqual({
      severity: 'error',
      options: { threshold: 60, minSentences: 3 },
    });
    expect(config.rules['readability/long-sentence']).toEqual({ severity: 'warning', options: { max: 25 } });
    expect(config.rules['coverage/purpose'].severity).toBe('warning');
    // An object without severity keeps the preset's.
    expect(config.rules['coverage/scope'].severity).toBe('off');
  });

  it('validates options through the rule’s schema, key by key, with the path of each bad value', () => {
    const { config, problems } = resolve({
      rules: { 'tone/balance': ['error', { threshold: 140, minSentences: 2, treshold: 50 }] },
    });
    expect(config.rules['tone/balance']).toEqual({
      severity: 'error',
      options: { threshold: 40, minSentences: 2 },
    });
    expect(problems.map((p) => [p.path, p.severity])).toEqual([
      ['rules.tone/balance[1].treshold', 'warning'],
      ['rules.tone/balance[1].threshold', 'error'],
    ]);
    expect(problems[0].message.en).toContain('did you mean "threshold"');
    expect(problems[1].message.en).toBe(
      'found 140, expected a number of at most 100; the previous value is kept',
    );
    expect(problems[1].message.fr).toBe(
      '140 trouvé, un nombre d’au plus 100 attendu ; la valeur précédente est conservée',
    );
    expect(problems[1].segments).toEqual(['rules', 'tone/balance', 1, 'threshold']);
  });

  it('checks options without a schema against their defaults’ types', () => {
    const { config, problems } = resolve({
      rules: { 'demo/words': { options: { words: 'x', strict: true } } },
    });
    expect(config.rules['demo/words'].options).toEqual({ words: ['a'], strict: true });
    expect(problems.map((p) => p.path)).toEqual(['rules.demo/words.options.words']);
  });

  it('reports unknown rule ids with the closest known id, and ignores them', () => {
    const { config, problems } = resolve({ rules: { 'tone/balanse': 'off', 'zzz/nothing-like-it': 'off' } });
    expect(config.rules['tone/balance'].severity).toBe('warning');
    expect(problems.map((p) => [p.path, p.severity])).toEqual([
      ['rules.tone/balanse', 'warning'],
      ['rules.zzz/nothing-like-it', 'warning'],
    ]);
    expect(problems[0].message.en).toBe(
      'unknown rule "tone/balanse" (did you mean "tone/balance"?); ignored',
    );
    expect(problems[1].message.en).toBe('unknown rule "zzz/nothing-like-it"; ignored');
  });

  it('reports bad severities and entries, suggesting the habits of other linters', () => {
    expect(paths({ rules: { 'tone/shouting': 'warn' } })).toEqual([['rules.tone/shouting', 'error']]);
    expect(resolve({ rules: { 'tone/shouting': 2 } }).problems[0].message.en).toContain(
      'did you mean "error"',
    );
    expect(resolve({ rules: { 'tone/shouting': 'warn' } }).problems[0].message.en).toContain(
      'did you mean "warning"',
    );
    expect(paths({ rules: { 'tone/shouting': true } })).toEqual([['rules.tone/shouting', 'error']]);
    expect(paths({ rules: { 'tone/shouting': [] } })).toEqual([['rules.tone/shouting', 'error']]);
    expect(paths({ rules: { 'tone/balance': ['off', {}, 'extra'] } })).toEqual([
      ['rules.tone/balance[2]', 'warning'],
    ]);
    expect(paths({ rules: { 'tone/balance': ['loud', { threshold: 50 }] } })).toEqual([
      ['rules.tone/balance[0]', 'error'],
    ]);
    // The options of an entry with a bad severity still apply.
    expect(
      resolve({ rules: { 'tone/balance': ['loud', { threshold: 50 }] } }).config.rules['tone/balance'],
    ).toEqual({
      severity: 'warning',
      options: { threshold: 50, minSentences: 3 },
    });
    expect(paths({ rules: { 'tone/balance': ['error', 5] } })).toEqual([['rules.tone/balance[1]', 'error']]);
    expect(paths({ rules: { 'tone/balance': { severity: 'error', level: 1 } } })).toEqual([
      ['rules.tone/balance.level', 'warning'],
    ]);
  });

  it('sets a family of rules with a wildcard, specific ids winning whatever their order', () => {
    const { config } = resolve({ rules: { 'coverage/purpose': 'error', 'coverage/*': 'off' } });
    expect(config.rules['coverage/purpose'].severity).toBe('error');
    expect(config.rules['coverage/scope'].severity).toBe('off');
    expect(paths({ rules: { 'nothing/*': 'off' } })).toEqual([['rules.nothing/*', 'warning']]);
  });
});

describe('resolveConfig: thresholds', () => {
  it('feeds rule options, explicit rule options of the same layer winning', () => {
    const { config, problems } = resolve({ thresholds: { balance: 55, longSentence: 28, minScore: 70 } });
    expect(problems).toEqual([]);
    expect(config.rules['tone/balance'].options.threshold).toBe(55);
    expect(config.rules['readability/long-sentence'].options.max).toBe(28);
    expect(config.minScore).toBe(70);
    const both = resolve({
      thresholds: { balance: 55 },
      rules: { 'tone/balance': ['warning', { threshold: 65 }] },
    });
    expect(both.config.rules['tone/balance'].options.threshold).toBe(65);
  });

  it('reports out-of-range values, unknown names, and shorthands no rule reads', () => {
    expect(paths({ thresholds: { balance: 120, longSentence: 3.5, minScore: 'high', treshold: 1 } })).toEqual(
      [
        ['thresholds.treshold', 'warning'],
        ['thresholds.balance', 'error'],
        ['thresholds.longSentence', 'error'],
        ['thresholds.minScore', 'error'],
      ],
    );
    // The rule's own schema has the last word: long-sentence wants at least 5 words.
    expect(paths({ thresholds: { longSentence: 3 } })).toEqual([['thresholds.longSentence', 'error']]);
    // This registry's tone/balance has no sectionThreshold: the shorthand does nothing, and says so.
    expect(paths({ thresholds: { sectionBalance: 50, readability: 50 } })).toEqual([
      ['thresholds.sectionBalance', 'warning'],
      ['thresholds.readability', 'warning'],
    ]);
  });
});

describe('resolveConfig: organization', () => {
  it('reads the profile and reports bad values at their path', () => {
    const { config, problems } = resolve({
      organization: {
        name: ' CSS des Rivières ',
        kind: 'school-service-center',
        values: ['bienveillance', 3, ''],
        platforms: 'Facebook',
        website: 'x',
      },
    });
    expect(config.organization).toEqual({
      name: 'CSS des Rivières',
      kind: null,
      values: ['bienveillance'],
      platforms: [],
    });
    expect(problems.map((p) => [p.path, p.severity])).toEqual([
      ['organization.website', 'warning'],
      ['organization.kind', 'error'],
      ['organization.values[1]', 'error'],
      ['organization.values[2]', 'error'],
      ['organization.platforms', 'error'],
    ]);
    expect(problems[1].message.en).toContain('did you mean "school-service-centre"');
  });
});

describe('resolveConfig: unknown keys and bad shapes', () => {
  it('reports unknown keys at every level with the closest known key', () => {
    const { problems } = resolve({
      organisation: {},
      rules: {},
      overrides: [{ files: '*.md', rulez: {} }],
    });
    expect(problems.map((p) => [p.path, p.severity])).toEqual([
      ['organisation', 'warning'],
      ['overrides[0].rulez', 'warning'],
    ]);
    expect(problems[0].message.en).toBe('unknown key "organisation" (did you mean "organization"?); ignored');
    expect(problems[0].message.fr).toBe(
      'clé inconnue « organisation » (vouliez-vous dire « organization » ?) ; ignoré',
    );
  });

  it('survives a file that is not an object, keeping the defaults', () => {
    for (const file of [null, 3, 'strict', [1, 2]]) {
      const { config, problems } = resolve(file);
      expect(problems).toMatchObject([{ path: '(root)', severity: 'error' }]);
      expect(config.rules['tone/balance'].severity).toBe('warning');
    }
  });

  it('never throws, and always gives every rule a valid setting, whatever the input', () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    const config = fc.record(
      {
        extends: fc.oneof(fc.constantFrom('recommended', 'strict', 'other'), json),
        rules: fc.oneof(
          fc.dictionary(fc.constantFrom('tone/balance', 'tone/x', 'coverage/*', 'demo/words'), json),
          json,
        ),
        thresholds: fc.oneof(
          fc.dictionary(fc.constantFrom('balance', 'longSentence', 'minScore', 'x'), json),
          json,
        ),
        organization: json,
        overrides: fc.oneof(fc.array(fc.record({ files: json, rules: json }, { requiredKeys: [] })), json),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(config, json, fc.string(), (file, frontMatter, filePath) => {
        const { config: resolved, problems } = resolveConfig({ file, frontMatter, filePath }, REGISTRY);
        for (const entry of REGISTRY) {
          const setting = resolved.rules[entry.id];
          expect(['off', 'info', 'warning', 'error']).toContain(setting.severity);
          if (entry.options) expect(entry.options.safeParse(setting.options).success).toBe(true);
        }
        for (const p of problems) expect(p.message.fr.length * p.message.en.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('resolveConfig: overrides and front matter', () => {
  const file = {
    rules: { 'tone/shouting': 'warning' },
    overrides: [
      { files: ['docs/**/*.md'], rules: { 'tone/shouting': 'error' } },
      { files: 'brouillons/', rules: { 'tone/shouting': 'off' }, organization: { name: 'Brouillon' } },
    ],
  };

  it('applies the overrides whose files match the path, in order', () => {
    expect(resolve(file, { filePath: 'docs/fr/charte.md' }).config.rules['tone/shouting'].severity).toBe(
      'error',
    );
    const draft = resolve(file, { filePath: 'brouillons/a.md' }).config;
    expect(draft.rules['tone/shouting'].severity).toBe('off');
    expect(draft.organization.name).toBe('Brouillon');
    expect(resolve(file, { filePath: 'charte.md' }).config.rules['tone/shouting'].severity).toBe('warning');
    expect(resolve(file).config.rules['tone/shouting'].severity).toBe('warning');
  });

  it('still reports the mistakes of an override that does not apply', () => {
    const withMistake = { overrides: [{ files: 'x/*.md', rules: { 'tone/shouting': 'loud' } }] };
    expect(paths(withMistake, { filePath: 'charte.md' })).toEqual([
      ['overrides[0].rules.tone/shouting', 'error'],
    ]);
    expect(paths({ overrides: [{ rules: {} }] })).toEqual([['overrides[0]', 'error']]);
    expect(paths({ overrides: [{ files: ['', 3] }] })).toEqual([
      ['overrides[0].files[0]', 'warning'],
      ['overrides[0].files[1]', 'error'],
      ['overrides[0].files', 'error'],
    ]);
  });

  it('lets the front matter’s charte: settings win over the file and its overrides', () => {
    const { config, problems } = resolve(file, {
      filePath: 'docs/charte.md',
      frontMatter: {
        rules: { 'tone/shouting': 'info' },
        thresholds: { balance: 70 },
        organization: { values: ['audace'] },
      },
    });
    expect(problems).toEqual([]);
    expect(config.rules['tone/shouting'].severity).toBe('info');
    expect(config.rules['tone/balance'].options.threshold).toBe(70);
    expect(config.organization.values).toEqual(['audace']);
  });

  it('reports front matter problems in their own layer, from the charte: value', () => {
    const { problems } = resolve(undefined, {
      frontMatter: { extends: 'strict', rules: { 'tone/balance': 'loud' } },
    });
    expect(problems.map((p) => [p.layer, p.path, p.severity])).toEqual([
      ['front-matter', 'extends', 'warning'],
      ['front-matter', 'rules.tone/balance', 'error'],
    ]);
    expect(resolve(undefined, { frontMatter: 'strict' }).problems).toMatchObject([
      { layer: 'front-matter', path: '(root)' },
    ]);
    expect(resolve(undefined, { frontMatter: null }).problems).toEqual([]);
  });
});

describe('configJsonSchema', () => {
  it('describes the file, and lists the registry’s rules with their options', () => {
    const generic = configJsonSchema();
    expect(generic).toMatchObject({ type: 'object', additionalProperties: false });
    expect(Object.keys(generic.properties as object)).toEqual([
      '$schema',
      'extends',
      'rules',
      'thresholds',
      'organization',
      'overrides',
    ]);
    const withRules = configJsonSchema(REGISTRY) as {
      properties: { rules: { properties: Record<string, unknown> } };
    };
    expect(Object.keys(withRules.properties.rules.properties)).toEqual(REGISTRY.map((r) => r.id));
    expect(JSON.stringify(withRules.properties.rules.properties['tone/balance'])).toContain('"maximum":100');
  });
});
