import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze.js';
import type { Lang, TextEdit } from '../../../types.js';
import { presetConfig } from '../../presets.js';
import { RULES } from '../index.js';

function findings(source: string, lang: Lang, options: Record<string, unknown> = {}) {
  const config = presetConfig('recommended', RULES);
  config.rules['tone/shouting'] = { severity: 'warning', options };
  const report = analyze(source, { lang, config });
  return report.diagnostics.filter((d) => d.ruleId === 'tone/shouting');
}

function fix(source: string, lang: Lang): string {
  const edits: TextEdit[] = findings(source, lang).flatMap(
    (d) => d.suggestions?.filter((s) => s.safe).flatMap((s) => s.edits) ?? [],
  );
  return [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((s, e) => s.slice(0, e.start) + e.text + s.slice(e.end), source);
}

describe('tone/shouting', () => {
  it('reports words in capitals on a rule, at the words, with a safe lowercase fix (fr)', () => {
    const source = 'Il est **STRICTEMENT INTERDIT** de publier ces photos.\n';
    const found = findings(source, 'fr');
    expect(found).toHaveLength(1);
    expect(source.slice(found[0].start.offset, found[0].end.offset)).toBe('STRICTEMENT INTERDIT');
    expect(found[0].message).toBe(
      'Mots en capitales «\u00a0STRICTEMENT INTERDIT\u00a0» pour insister sur une règle\u00a0: écrivez-les en minuscules\u00a0; la phrase suffit à dire que c’est important.',
    );
    expect(found[0].suggestions?.[0].safe).toBe(true);
    expect(fix(source, 'fr')).toBe('Il est **strictement interdit** de publier ces photos.\n');
  });

  it('keeps the sentence’s initial capital and short acronyms inside the run', () => {
    expect(fix('NE JAMAIS PUBLIER LES PHOTOS DES ÉLÈVES SANS LA DPJ.\n', 'fr')).toBe(
      'Ne jamais publier les photos des élèves sans la DPJ.\n',
    );
    expect(fix('NEVER post a photo of a student.\n', 'en')).toBe('Never post a photo of a student.\n');
  });

  it('reports stacked exclamation marks, fixed to one (en)', () => {
    const source = 'Respect your colleagues !!!\n';
    const found = findings(source, 'en');
    expect(found.map((d) => source.slice(d.start.offset, d.end.offset))).toEqual(['!!!']);
    expect(fix(source, 'en')).toBe('Respect your colleagues !\n');
  });

  it('leaves acronyms, ignored words, headings and enabling sentences alone', () => {
    expect(
      findings('Il est interdit de publier sur la FAQ ou par URL sans passer par HTTPS.\n', 'fr'),
    ).toEqual([]);
    expect(findings('Do not contact NASDAQ analysts.\n', 'en', { ignore: ['NASDAQ'] })).toEqual([]);
    expect(findings('Do not contact NASDAQ analysts.\n', 'en')).toHaveLength(1);
    expect(findings('# RÈGLES IMPORTANTES\n\nVous pouvez publier.\n', 'fr')).toEqual([]);
    expect(findings('Nous vous ENCOURAGEONS à partager vos bons coups !!!\n', 'fr')).toEqual([]);
  });

  it('withdraws `safe` when the capitals are split by markup', () => {
    const source = 'Il est IN**TERDIT** de publier.\n';
    const found = findings(source, 'fr');
    expect(found).toHaveLength(1);
    expect(found[0].suggestions?.[0].safe).toBeUndefined();
  });
});
