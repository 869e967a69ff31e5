import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze.js';
import type { Lang } from '../../../types.js';
import { presetConfig } from '../../presets.js';
import { RULES } from '../index.js';

function findings(source: string, lang: Lang) {
  const report = analyze(source, { lang, config: presetConfig('recommended', RULES) });
  return report.diagnostics.filter((d) => d.ruleId === 'tone/sanction-first');
}

describe('tone/sanction-first', () => {
  it('reports a section that opens with a sanction, on that sentence (fr)', () => {
    const source =
      '## Manquements\n\nCette section décrit les suites.\n\nTout manquement pourra entraîner des mesures disciplinaires.\nNous vous aiderons.\n';
    const found = findings(source, 'fr');
    expect(found.map((d) => d.message)).toEqual([
      'La section «\u00a0Manquements\u00a0» s’ouvre sur une sanction\u00a0: commencez par le but, les attentes et l’aide offerte, puis les conséquences.',
    ]);
    expect(source.slice(found[0].start.offset, found[0].end.offset)).toBe(
      'Tout manquement pourra entraîner des mesures disciplinaires.',
    );
  });

  it('reports a section with more sanctions than support, at its heading (en)', () => {
    const source =
      '## Breaches\n\nWe will help you fix mistakes.\nAny breach may result in disciplinary action.\nPosts that break these rules will be removed.\n';
    const found = findings(source, 'en');
    expect(found.map((d) => d.message)).toEqual([
      'Section “Breaches” has 2 sanction(s) for 1 supportive sentence(s): at least as much support (commitments, encouragement) as sanctions.',
    ]);
    expect(source.slice(found[0].start.offset, found[0].end.offset)).toBe('Breaches');
  });

  it('speaks of the text when there is no heading', () => {
    const found = findings('Any breach may result in disciplinary action.\n', 'en');
    expect(found.map((d) => d.message)).toEqual([
      'The text opens with a sanction: start with the purpose, the expectations and the help offered, then the consequences.',
    ]);
  });

  it('accepts support first and at least as much support as sanctions', () => {
    expect(
      findings(
        '## Breaches\n\nWe will help you fix mistakes.\nAny breach may result in disciplinary action.\n',
        'en',
      ),
    ).toEqual([]);
  });
});
