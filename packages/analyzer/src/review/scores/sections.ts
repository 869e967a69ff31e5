/**
 * Balance per section and per pillar. A section's balance counts its own text (between its heading and
 * the next heading), so sections never count a sentence twice; a pillar's balance counts every sentence
 * of the sections serving it, subsections included, each once.
 */
import { balanceOf, emptyCounts } from '../../report/balance.js';
import type { LabelCounts } from '../../types.js';
import type { ReviewFacts } from '../facts.js';
import { PILLARS, type PillarReview, type SectionReview } from '../types.js';

/**
 * @example
 * sectionReviews(facts)[1] // → { section: 1, title: 'Encadrer', balance: {…}, pillars: ['encadrer'] }
 */
export function sectionReviews(facts: ReviewFacts): SectionReview[] {
  return facts.document.sections.map((section) => ({
    section: section.index,
    title: section.title,
    balance: balanceOf(facts.sectionCounts[section.index] ?? emptyCounts()),
    pillars: [...(facts.sectionPillars[section.index] ?? [])],
  }));
}

/**
 * @example
 * pillarReviews(facts).find((p) => p.pillar === 'valoriser')?.balance.score // → 100
 */
export function pillarReviews(facts: ReviewFacts): PillarReview[] {
  const { sections } = facts.document;
  return PILLARS.map((pillar) => {
    const serving = sections
      .filter((s) => facts.sectionPillars[s.index]?.includes(pillar))
      .map((s) => s.index);
    // Mark each serving section's subtree once, then add up the own counts of the marked sections.
    const inPillar = new Uint8Array(sections.length);
    const stack = [...serving];
    while (stack.length > 0) {
      const index = stack.pop() as number;
      if (inPillar[index] || !sections[index]) continue;
      inPillar[index] = 1;
      stack.push(...sections[index].children);
    }
    const counts: LabelCounts = emptyCounts();
    inPillar.forEach((marked, index) => {
      if (!marked) return;
      const own = facts.sectionCounts[index];
      for (const label of Object.keys(counts) as (keyof LabelCounts)[]) counts[label] += own[label];
    });
    return { pillar, sections: serving, balance: balanceOf(counts) };
  });
}
