import { describe, expect, it } from 'vitest';
import { composeMessage } from '../messages.js';
import { presetConfig, presetSeverities } from '../presets.js';
import { CLAUSES } from '../types.js';
import { RULES } from './index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the rule registry', () => {
  it('holds every rule the review promises, each id once', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'tone/balance',
        'tone/bare-prohibition',
        'tone/cold-obligation',
        'tone/sanction-first',
        'tone/no-room-for-error',
        'tone/shouting',
        'structure/missing-pillar',
        'readability/long-sentence',
        'readability/score',
        ...CLAUSES.map((c) => `coverage/${c}`),
      ]),
    );
    for (const id of ids) expect(id).toMatch(/^(tone|structure|coverage|readability)\/[a-z]+(-[a-z]+)*$/);
  });

  it('gives each preset a severity for every rule', () => {
    for (const preset of ['recommended', 'strict'] as const) {
      const severities = presetSeverities(preset, RULES);
      expect(Object.keys(severities).sort()).toEqual(RULES.map((r) => r.id).sort());
      const config = presetConfig(preset, RULES);
      for (const rule of RULES)
        expect(config.rules[rule.id]).toEqual({ severity: severities[rule.id], options: rule.defaults });
    }
  });

  it('validates options with each rule’s schema, defaults included', () => {
    for (const rule of RULES) {
      expect(rule.schema.parse({})).toEqual(rule.defaults);
      expect(rule.schema.safeParse({ notAnOption: 1 }).success).toBe(false);
    }
  });
});

describe('the message grammar', () => {
  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s: what was found, then what is expected, in both languages',
    (_id, rule) => {
      expect(Object.keys(rule.messages.fr).sort()).toEqual(Object.keys(rule.messages.en).sort());
      for (const key of Object.keys(rule.messages.en)) {
        for (const lang of ['fr', 'en'] as const) {
          const { found, expected } = rule.messages[lang][key];
          expect(found, `${lang} ${key}`).toMatch(/^(\p{Lu}|\{|\d)/u);
          expect(expected, `${lang} ${key}`).toMatch(/^(\p{Ll}|\{|\d)/u);
          for (const part of [found, expected]) expect(part, `${lang} ${key}`).not.toMatch(/[.:;\s]$/);
        }
        const fr = rule.messages.fr[key];
        const en = rule.messages.en[key];
        expect(placeholders(fr.found + fr.expected)).toEqual(placeholders(en.found + en.expected));
      }
    },
  );

  it('composes one sentence per language', () => {
    expect(composeMessage('en', 'Found this', 'expected that')).toBe('Found this: expected that.');
    expect(composeMessage('fr', 'Trouvé ceci', 'attendu cela')).toBe('Trouvé ceci\u00a0: attendu cela.');
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: is documented in both languages', (_id, rule) => {
    for (const lang of ['fr', 'en'] as const) {
      expect(rule.docs.summary[lang].length).toBeGreaterThan(10);
      expect(rule.docs.details[lang].length).toBeGreaterThan(10);
      expect(rule.docs.why[lang].length).toBeGreaterThan(10);
    }
  });
});
