import type { ClauseCoverage, ReviewInput } from '../types.js';
import { DETECTORS } from './clauses/index.js';
import type { ClauseDetector, SentenceView } from './detector.js';
import { headingSupport, sectionTitles } from './headings.js';
import { organizationTerms } from './organization.js';
import { foldSentence } from './text.js';

/** A clause counts as present when one sentence reaches this score (content evidence + heading). */
const PRESENT = 1;

/**
 * Which key clauses the charter covers, with the sentences that cover them, best first. A sentence
 * counts by what it says (FR/EN lexicons and its tone label) and by the heading it sits under; a
 * heading alone, with nothing under it, covers nothing.
 *
 * @example
 * const report = analyze('## Droit à l’image\n\nDemandez l’accord des parents avant de publier une photo.');
 * const { sections, blocks, lang } = report.document;
 * detectCoverage({ sentences: report.sentences, sections, blocks, lang, organization })
 *   .find((c) => c.clause === 'image-consent') // → { clause: 'image-consent', present: true, sentences: [1] }
 */
export function detectCoverage(input: ReviewInput): ClauseCoverage[] {
  const views = sentenceViews(input);
  const titles = sectionTitles(input.sections);
  return DETECTORS.map((detector) => coverageOf(detector, input, views, titles));
}

function sentenceViews(input: ReviewInput): (SentenceView | null)[] {
  const terms = organizationTerms(input.organization);
  return input.sentences.map((s) =>
    input.blocks[s.block]?.kind === 'heading'
      ? null
      : { text: foldSentence(s), label: s.tone.label, lang: s.lang, terms },
  );
}

function coverageOf(
  detector: ClauseDetector,
  input: ReviewInput,
  views: readonly (SentenceView | null)[],
  titles: readonly (string | null)[],
): ClauseCoverage {
  const support = headingSupport(input.sections, titles, detector.headings);
  const found: { index: number; score: number }[] = [];
  for (let i = 0; i < views.length; i++) {
    const view = views[i];
    if (view === null) continue;
    let evidence: number = detector.content[view.lang](view);
    if (view.label === 'sanction') {
      if (detector.sanctions === 'none') continue;
      if (detector.sanctions === 'weak') evidence = Math.min(evidence, 0.5);
    }
    const sentence = input.sentences[i];
    const score = evidence + (support[sentence.section] ?? 0);
    if (score >= PRESENT) found.push({ index: sentence.index, score });
  }
  found.sort((a, b) => b.score - a.score || a.index - b.index);
  return { clause: detector.id, present: found.length > 0, sentences: found.map((f) => f.index) };
}
