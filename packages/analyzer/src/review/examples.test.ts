import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { presetConfig } from './presets.js';
import type { Rule } from './rule.js';
import { RULES } from './rules/index.js';
import type { ResolvedConfig } from './types.js';

/** The recommended preset, with the rule under test switched on with the example's options. */
function configFor(rule: Rule, options: object | undefined): ResolvedConfig {
  const config = presetConfig('recommended', RULES);
  config.rules[rule.id] = { severity: rule.defaultSeverity, options: { ...rule.defaults, ...options } };
  return config;
}

// "Examples are tests are docs": every example shown in docs/rules/<id>.md runs here.
describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s examples', (_id, rule) => {
  it('has a failing and a passing example in each language', () => {
    for (const lang of ['fr', 'en'] as const) {
      const examples = rule.docs.examples.filter((e) => e.lang === lang);
      expect(examples.some((e) => !e.valid)).toBe(true);
      expect(examples.some((e) => e.valid)).toBe(true);
    }
  });

  it.each(rule.docs.examples.map((e, i) => [i, e.lang, e.valid ? 'passes' : 'fails', e] as const))(
    'example %i (%s) %s',
    (_i, lang, _verdict, example) => {
      const report = analyze(example.input, {
        lang,
        format: 'markdown',
        config: configFor(rule, example.options),
      });
      const fired = report.diagnostics.filter((d) => d.ruleId === rule.id);
      if (example.valid) expect(fired.map((d) => d.message)).toEqual([]);
      else expect(fired.length).toBeGreaterThan(0);
    },
  );
});
