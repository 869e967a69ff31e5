import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze.js';
import type { Lang } from '../../../types.js';
import { presetConfig } from '../../presets.js';
import { RULES, ruleById } from '../index.js';

function findings(source: string, lang: Lang, options: Record<string, unknown> = {}) {
  const config = presetConfig('recommended', RULES);
  config.rules['tone/balance'] = { severity: 'warning', options };
  const report = analyze(source, { lang, config });
  return report.diagnostics.filter((d) => d.ruleId === 'tone/balance');
}

const FR = [
  '# Charte',
  'Vous pouvez publier. Nous vous encourageons à partager. Nous vous aiderons.',
  '## Photos',
  'Il est interdit de publier la photo d’un élève sans consentement.',
  'Ne publiez pas les coordonnées des parents.',
  'Tout manquement pourra entraîner des mesures disciplinaires.',
  '## Valoriser',
  'Nous soulignons les initiatives. Vous pouvez proposer un projet.',
].join('\n\n');

describe('tone/balance', () => {
  it('reports a section below the threshold, with its counts, at its heading (fr)', () => {
    const found = findings(FR, 'fr');
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe(
      'Équilibre de 0/100 dans la section «\u00a0Photos\u00a0» (0 phrase(s) habilitante(s) pour 3 restrictive(s))\u00a0: au moins 30 attendu\u00a0; dites aussi ce qu’on peut faire et comment l’organisation aide.',
    );
    expect(FR.slice(found[0].start.offset, found[0].end.offset)).toBe('Photos');
  });

  it('leaves sections with fewer voiced sentences than minSentences alone', () => {
    expect(findings(FR, 'fr', { minSentences: 4 })).toEqual([]);
  });

  it('reports the document once when one section holds every voiced sentence (en)', () => {
    const source =
      '# Rules\n\nDo not post photos of students.\nYou must not share addresses.\nAny breach may result in disciplinary action.\nYou may post drawings.\n';
    const found = findings(source, 'en');
    expect(found.map((d) => d.message)).toEqual([
      'Balance of 25/100 in the document (1 enabling sentence(s) for 3 restrictive): expected at least 40; add permissions, encouragement or commitments.',
    ]);
    expect(findings(source, 'en', { threshold: 25 })).toEqual([]);
  });

  it('has options with documented defaults', () => {
    expect(ruleById('tone/balance')?.defaults).toEqual({
      threshold: 40,
      sectionThreshold: 30,
      minSentences: 3,
    });
  });
});
