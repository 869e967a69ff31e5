import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { presetConfig } from './presets.js';
import { RULES } from './rules/index.js';
import type { ResolvedConfig } from './types.js';

const PIECES = [
  '# Charte\n\n',
  '## Encadrer\n\n',
  '## Valoriser\n\n',
  '### Photos\n\n',
  'Il est INTERDIT de publier la photo d’un élève sans consentement !!! ',
  'Ne publiez pas les coordonnées des parents. ',
  'Vous devez respecter vos collègues. ',
  'Tout manquement pourra entraîner des mesures disciplinaires. ',
  'Vous pouvez publier des photos de groupe. ',
  'Nous vous encourageons à partager vos bons coups ! ',
  'Do NOT post photos of students without consent!! ',
  'Any breach may result in disciplinary action. ',
  'We will help you. ',
  '- un élément\n',
  '| a | b |\n|---|---|\n| Ne publiez pas | OK |\n',
  '<p>Il est interdit de publier &amp; partager.</p>\n',
  '&rsquo;',
  '**',
  '\n',
  '\n\n',
  '\r\n',
  '---\ntitle: T\n---\n',
  'é',
  ' ',
];

const source = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 300 }),
);

const config = fc
  .record({
    preset: fc.constantFrom('recommended' as const, 'strict' as const),
    off: fc.subarray(RULES.map((r) => r.id)),
    name: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
  })
  .map(({ preset, off, name }): ResolvedConfig => {
    const resolved = presetConfig(preset, RULES, {
      name,
      kind: null,
      values: ['respect'],
      platforms: ['Facebook'],
    });
    for (const id of off) resolved.rules[id] = { severity: 'off', options: {} };
    return resolved;
  });

describe('analyze with review', () => {
  it('never throws; every diagnostic and edit lies within the source, start ≤ end', () => {
    fc.assert(
      fc.property(
        source,
        fc.constantFrom('markdown', 'html', 'text' as const),
        fc.constantFrom('fr', 'en' as const),
        config,
        (text, format, lang, resolved) => {
          const report = analyze(text, { format, lang, config: resolved });
          expect(report.review.scores.overall).toBeGreaterThanOrEqual(0);
          expect(report.review.scores.overall).toBeLessThanOrEqual(100);
          for (const d of report.diagnostics) {
            // A rule that throws is reported, not crashed on; none may throw here.
            expect(d.message).not.toMatch(/^(La règle a échoué|The rule failed)/);
            expect(d.start.offset).toBeGreaterThanOrEqual(0);
            expect(d.start.offset).toBeLessThanOrEqual(d.end.offset);
            expect(d.end.offset).toBeLessThanOrEqual(text.length);
            expect(d.start.line).toBeGreaterThanOrEqual(1);
            expect(d.start.column).toBeGreaterThanOrEqual(1);
            expect(resolved.rules[d.ruleId]?.severity ?? d.severity).not.toBe('off');
            for (const suggestion of d.suggestions ?? []) {
              let last = 0;
              for (const edit of suggestion.edits) {
                expect(edit.start).toBeGreaterThanOrEqual(last);
                expect(edit.start).toBeLessThanOrEqual(edit.end);
                expect(edit.end).toBeLessThanOrEqual(text.length);
                last = edit.end;
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
