import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze.js';
import type { Lang, TextEdit } from '../../../types.js';
import { presetConfig } from '../../presets.js';
import { CLAUSES, type OrganizationProfile } from '../../types.js';
import { RULES, ruleById } from '../index.js';
import { CLAUSE_SPECS } from './clauses.js';

const BASE: Record<Lang, string> = {
  fr: '# Charte\n\n## Encadrer\n\nNos écoles publient des nouvelles chaque semaine.\n\n## Valoriser\n\nLes nouvelles paraissent le lundi.\n',
  en: '# Charter\n\n## Frame\n\nOur schools post news every week.\n\n## Value\n\nThe news comes out on Mondays.\n',
};

function findings(source: string, lang: Lang, id: string, organization?: OrganizationProfile) {
  const report = analyze(source, { lang, config: presetConfig('recommended', RULES, organization) });
  return report.diagnostics.filter((d) => d.ruleId === id);
}

function apply(source: string, edits: TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((s, e) => s.slice(0, e.start) + e.text + s.slice(e.end), source);
}

describe('coverage/<clause>', () => {
  it('has one rule per clause of the checklist', () => {
    for (const clause of CLAUSES) expect(ruleById(`coverage/${clause}`)).toBeDefined();
  });

  describe.each(CLAUSES.flatMap((clause) => (['fr', 'en'] as const).map((lang) => [clause, lang] as const)))(
    'coverage/%s (%s)',
    (clause, lang) => {
      const id = `coverage/${clause}`;
      it('says which clause is missing and what it should say, and its template fixes it', () => {
        const found = findings(BASE[lang], lang, id);
        expect(found).toHaveLength(1);
        const text = CLAUSE_SPECS[clause].text[lang];
        expect(found[0].message).toContain(text.name);
        expect(found[0].message).toContain(text.should);
        const fixed = apply(BASE[lang], found[0].suggestions?.[0]?.edits ?? []);
        expect(fixed).toContain(text.template({ name: null, kind: null, values: [], platforms: [] }));
        expect(findings(fixed, lang, id)).toEqual([]);
      });
    },
  );

  it('puts a clause in the section serving its pillar', () => {
    const found = findings(BASE.fr, 'fr', 'coverage/initiatives');
    expect(BASE.fr.slice(found[0].start.offset, found[0].end.offset)).toBe('Valoriser');
    const fixed = apply(BASE.fr, found[0].suggestions?.[0]?.edits ?? []);
    expect(fixed.indexOf('Nous encourageons les initiatives')).toBeGreaterThan(fixed.indexOf('## Valoriser'));
  });

  it('fills the templates with the organization’s name, platforms and values', () => {
    const organization: OrganizationProfile = {
      name: 'l’École des Prés',
      kind: 'school',
      values: ['respect', 'entraide'],
      platforms: ['Facebook', 'Instagram'],
    };
    const scope = findings(BASE.fr, 'fr', 'coverage/scope', organization)[0];
    expect(scope.suggestions?.[0].edits[0].text).toContain(
      'tout le personnel de l’École des Prés qui publie sur Facebook et Instagram',
    );
    const initiatives = findings(BASE.en, 'en', 'coverage/initiatives', {
      ...organization,
      name: 'Prairie School',
    })[0];
    expect(initiatives.suggestions?.[0].edits[0].text).toContain('our values (respect and entraide)');
  });
});
