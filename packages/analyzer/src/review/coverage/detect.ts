import type { ClauseCoverage, ReviewInput } from '../types.js';
import { DETECTORS } from './clauses/index.js';
import type { ClauseDetector, SentenceView } from './detector.js';
import { headingSupport, sectionTitles } from './headings.js';
import { organizationTerms } from './organization.js';
import { foldSentence } from './text.js';

/** A clause counts as present when one sentence reaches this score (content evidence + heading). */
const PRESENT = 1;
/** The most a sentence labeled `sanction` shows a clause whose policy is `weak`. */
const WEAK_CAP = 0.5;

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
    const sentence = input.sentences[i];
    const heading = support[sentence.section] ?? 0;
    // The policy is checked before the content, which is the costly part: a sanction that cannot
    // reach PRESENT is not read at all.
    const capped = view.label === 'sanction' && detector.sanctions !== 'full';
    if (capped && (detector.sanctions === 'none' || heading + WEAK_CAP < PRESENT)) continue;
    let evidence: number = detector.content[view.lang](view);
    if (capped) evidence = Math.min(evidence, WEAK_CAP);
    const score = evidence + heading;
    if (score >= PRESENT) found.push({ index: sentence.index, score });
  }
  found.sort((a, b) => b.score - a.score || a.index - b.index);
  return { clause: detector.id, present: found.length > 0, sentences: found.map((f) => f.index) };
}
