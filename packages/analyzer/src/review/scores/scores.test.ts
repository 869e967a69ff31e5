import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { runRules } from '../engine.js';
import { UNKNOWN_ORGANIZATION } from '../presets.js';
import { CLAUSES, type ClauseId, type Pillar } from '../types.js';
import { computeScores, pillarReviews, sectionReviews, WEIGHTS } from './index.js';

const CHARTER = [
  '# Charte',
  '## Encadrer',
  'Il est interdit de publier la photo d’un élève sans consentement.',
  'Vous devez respecter la vie privée de vos collègues.',
  'Tout manquement pourra entraîner des mesures disciplinaires.',
  '### Photos',
  'Vous pouvez publier des photos de groupe.',
  '## Valoriser',
  'Nous encourageons les initiatives des équipes.',
  'Nous vous invitons à partager vos bons coups.',
].join('\n\n');

/** The facts of CHARTER with chosen clauses present and pillars per section. */
function factsOf(present: ClauseId[], pillars: Record<number, Pillar[]>) {
  const report = analyze(CHARTER, { lang: 'fr' });
  const { facts } = runRules({
    document: report.document,
    sentences: report.sentences,
    counts: report.counts,
    organization: UNKNOWN_ORGANIZATION,
    coverage: CLAUSES.map((clause) => ({ clause, present: present.includes(clause), sentences: [] })),
    sectionPillars: report.document.sections.map((s) => pillars[s.index] ?? []),
    rules: [],
    longSentenceWords: 30,
  });
  return { report, facts };
}

describe('scores', () => {
  it('has weights adding up to 1', () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('scores each part by its documented formula and sums the rounded parts', () => {
    const { report, facts } = factsOf(['human-error', 'purpose', 'scope'], {
      2: ['encadrer'],
      4: ['valoriser'],
    });
    // Sanity of the labels the formulas read.
    expect(report.counts).toMatchObject({
      prohibition: 1,
      obligation: 1,
      sanction: 1,
      permission: 1,
      encouragement: 2,
    });
    const scores = computeScores(facts, CLAUSES);
    const part = (id: string) => scores.parts.find((p) => p.id === id)?.score;
    expect(part('tone')).toBe(100); // balance 50 → 2 × 50
    // Prohibition and obligation sit in « Encadrer », whose own text has no enabling sentence (the
    // permission is in its subsection): 0 of 2.
    expect(part('positive-approach')).toBe(0);
    expect(part('human-error')).toBe(100);
    expect(part('initiatives')).toBe(0 + Math.round((50 * 2) / 3));
    expect(part('coverage')).toBe(Math.round((100 * 3) / 15));
    expect(part('structure')).toBe(50);
    expect(part('readability')).toBe(facts.readability.score ?? 50);
    const expected = Math.round(scores.parts.reduce((sum, p) => sum + WEIGHTS[p.id] * p.score, 0));
    expect(scores.overall).toBe(expected);
    expect(scores.parts.map((p) => p.id)).toEqual(Object.keys(WEIGHTS));
  });

  it('gives human error 0 with sanctions and no clause, 40 without sanctions', () => {
    const scores = computeScores(factsOf([], {}).facts, CLAUSES);
    expect(scores.parts.find((p) => p.id === 'human-error')).toMatchObject({ score: 0 });
    const calm = analyze('# Charte\n\nVous pouvez publier.', { lang: 'fr' });
    expect(calm.review.scores.parts.find((p) => p.id === 'human-error')?.score).toBe(40);
  });

  it('counts only the clauses that are checked', () => {
    const { facts } = factsOf(['human-error'], {});
    expect(
      computeScores(facts, ['human-error', 'initiatives']).parts.find((p) => p.id === 'coverage')?.score,
    ).toBe(50);
    expect(computeScores(facts, []).parts.find((p) => p.id === 'coverage')?.score).toBe(100);
  });

  it('writes the details in the document’s language', () => {
    const fr = computeScores(factsOf([], {}).facts, CLAUSES).parts[0].detail;
    expect(fr).toContain('phrase(s) habilitante(s)');
    const en = analyze('# Charter\n\nDo not post photos. You may post drawings.', { lang: 'en' });
    expect(en.review.scores.parts[0].detail).toContain('enabling sentence(s)');
  });
});

describe('balance per section and pillar', () => {
  it('counts a section’s own text, and a pillar’s whole subtree once', () => {
    const { facts } = factsOf([], { 2: ['encadrer'], 3: ['encadrer'], 4: ['valoriser'] });
    const sections = sectionReviews(facts);
    expect(sections[2]).toMatchObject({ title: 'Encadrer', pillars: ['encadrer'] });
    expect(sections[2].balance).toMatchObject({ enabling: 0, restrictive: 3, score: 0 });
    expect(sections[3].balance).toMatchObject({ enabling: 1, restrictive: 0, score: 100 });
    const pillars = pillarReviews(facts);
    const encadrer = pillars.find((p) => p.pillar === 'encadrer');
    expect(encadrer?.sections).toEqual([2, 3]);
    // The subsection « Photos » is counted once although both it and its parent serve the pillar.
    expect(encadrer?.balance).toMatchObject({ enabling: 1, restrictive: 3, score: 25 });
    expect(pillars.find((p) => p.pillar === 'eduquer')?.balance.score).toBeNull();
  });
});
