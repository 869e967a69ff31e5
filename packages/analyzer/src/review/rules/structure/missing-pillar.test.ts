import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze.js';
import type { Lang, TextEdit } from '../../../types.js';
import { presetConfig } from '../../presets.js';
import { RULES } from '../index.js';

function findings(source: string, lang: Lang) {
  const report = analyze(source, { lang, config: presetConfig('recommended', RULES) });
  return report.diagnostics.filter((d) => d.ruleId === 'structure/missing-pillar');
}

function apply(source: string, edits: TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((s, e) => s.slice(0, e.start) + e.text + s.slice(e.end), source);
}

describe('structure/missing-pillar', () => {
  it('reports each pillar no section serves, and its fix adds a titled section that serves it (fr)', () => {
    const source =
      '# Charte\n\n## Encadrer\n\nIl est interdit de publier la photo d’un élève sans le consentement de ses parents.\n';
    const found = findings(source, 'fr');
    expect(found.map((d) => d.message)).toEqual([
      'Aucune section ne sert le pilier «\u00a0Communiquer\u00a0»\u00a0: ajoutez une section qui dit qui anime les comptes officiels et comment on communique.',
      'Aucune section ne sert le pilier «\u00a0Éduquer\u00a0»\u00a0: ajoutez une section qui explique, forme et guide (conseils, formations, questions fréquentes).',
      'Aucune section ne sert le pilier «\u00a0Valoriser\u00a0»\u00a0: ajoutez une section qui encourage les initiatives et les met en valeur.',
    ]);
    const valoriser = found[2].suggestions?.[0];
    expect(valoriser?.title).toBe('Ajouter une section «\u00a0Valoriser\u00a0»');
    const fixed = apply(source, valoriser?.edits ?? []);
    expect(fixed).toContain('\n\n## Valoriser\n\nNous encourageons les initiatives');
    expect(findings(fixed, 'fr').map((d) => d.message)).toHaveLength(2);
  });

  it('names the pillars in English for an English document', () => {
    const found = findings('# Charter\n\nDo not post photos of students without consent.\n', 'en');
    expect(found.map((d) => d.message.split(':')[0])).toContain('No section serves the “Value” pillar');
  });
});
