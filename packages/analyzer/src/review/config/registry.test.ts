import { RULES } from '@charte/analyzer';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, registryFromRules, resolveConfig, THRESHOLD_OPTIONS } from './index.js';

const registry = registryFromRules(RULES);

describe('the configuration against the engine’s rules', () => {
  it('maps every threshold shorthand onto an option a rule knows', () => {
    for (const { rule, option } of Object.values(THRESHOLD_OPTIONS)) {
      expect(registry.find((r) => r.id === rule)?.defaults).toHaveProperty(option);
    }
    const { config, problems } = resolveConfig(
      {
        file: {
          thresholds: { balance: 55, sectionBalance: 45, longSentence: 28, readability: 50, minScore: 65 },
        },
      },
      registry,
    );
    expect(problems).toEqual([]);
    expect(config.rules['tone/balance'].options).toMatchObject({ threshold: 55, sectionThreshold: 45 });
    expect(config.rules['readability/long-sentence'].options).toMatchObject({ max: 28 });
    expect(config.rules['readability/score'].options).toMatchObject({ min: 50 });
    expect(config.minScore).toBe(65);
  });

  it('gives the strict preset severities at least as high as recommended', () => {
    const rank = { off: 0, info: 1, warning: 2, error: 3 } as const;
    const recommended = resolveConfig({}, registry).config.rules;
    const strict = resolveConfig({ file: { extends: 'strict' } }, registry).config.rules;
    for (const { id } of registry) {
      expect(rank[strict[id].severity]).toBeGreaterThanOrEqual(rank[recommended[id].severity]);
    }
  });

  it('turns the coverage family off with one wildcard', () => {
    const { config } = resolveConfig({ file: { rules: { 'coverage/*': 'off' } } }, registry);
    const coverage = Object.entries(config.rules).filter(([id]) => id.startsWith('coverage/'));
    expect(coverage.length).toBe(15);
    expect(coverage.every(([, setting]) => setting.severity === 'off')).toBe(true);
  });

  it('describes every rule in the JSON Schema', () => {
    const schema = configJsonSchema(registry) as { properties: { rules: { properties: object } } };
    expect(Object.keys(schema.properties.rules.properties)).toEqual(RULES.map((r) => r.id));
  });
});
