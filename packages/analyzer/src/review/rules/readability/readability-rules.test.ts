import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze.js';
import type { Lang } from '../../../types.js';
import { presetConfig } from '../../presets.js';
import { RULES } from '../index.js';

function findings(source: string, lang: Lang, id: string, options: Record<string, unknown> = {}) {
  const config = presetConfig('recommended', RULES);
  config.rules[id] = { severity: 'warning', options };
  const report = analyze(source, { lang, config });
  return { report, found: report.diagnostics.filter((d) => d.ruleId === id) };
}

const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');

describe('readability/long-sentence', () => {
  it('reports a sentence over the limit with its word count (fr, en)', () => {
    const fr = `${words(36, 'texte')}.`;
    const { found } = findings(fr, 'fr', 'readability/long-sentence');
    expect(found.map((d) => d.message)).toEqual([
      'Phrase de 36 mots\u00a0: 35 au plus\u00a0; coupez-la en deux ou allégez-la.',
    ]);
    expect([found[0].start.offset, found[0].end.offset]).toEqual([0, fr.length]);
    expect(findings(`${words(36, 'text')}.`, 'en', 'readability/long-sentence').found[0].message).toBe(
      'Sentence of 36 words: 35 at most; split it in two or trim it.',
    );
  });

  it('takes its limit from `max`, which also counts long sentences in the readability report', () => {
    const source = `${words(12, 'texte')}. ${words(8, 'texte')}.`;
    const { found, report } = findings(source, 'fr', 'readability/long-sentence', { max: 10 });
    expect(found).toHaveLength(1);
    expect(report.review.readability.longSentences).toBe(1);
    expect(findings(source, 'fr', 'readability/long-sentence').found).toEqual([]);
  });
});

describe('readability/score', () => {
  const hard = [
    'La responsabilisation individuelle des intervenants relativement à l’utilisation institutionnelle des plateformes numériques constitue une préoccupation organisationnelle fondamentale.',
    'L’établissement de mécanismes d’encadrement appropriés nécessite la sensibilisation systématique des collaborateurs concernés.',
    'L’institutionnalisation progressive de ces orientations demeure particulièrement souhaitable.',
  ].join(' ');

  it('reports a hard text with its Kandel–Moles score (fr)', () => {
    const { found, report } = findings(hard, 'fr', 'readability/score');
    const r = report.review.readability;
    expect(r.formula).toBe('kandel-moles');
    expect(r.score).not.toBeNull();
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(
      /^Lisibilité de \d+\/100 \(Kandel–Moles\u00a0; \d+,\d mots par phrase, \d,\d syllabes par mot\)\u00a0: au moins 40 attendu/,
    );
    expect(findings(hard, 'fr', 'readability/score', { min: 0 }).found).toEqual([]);
  });

  it('uses Flesch for English and stays silent on plain text', () => {
    const plain =
      'Social media help us share news from our schools. You can talk about your class projects. Ask the parents before you show a child. If you are not sure, write to us. We are glad to help you.\n';
    const { found, report } = findings(plain, 'en', 'readability/score');
    expect(report.review.readability.formula).toBe('flesch');
    expect(report.review.readability.score).toBeGreaterThan(60);
    expect(found).toEqual([]);
  });

  it('says nothing about a text too short to measure', () => {
    const { found, report } = findings('Texte court.', 'fr', 'readability/score', { min: 100 });
    expect(report.review.readability.score).toBeNull();
    expect(found).toEqual([]);
  });
});
