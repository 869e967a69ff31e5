/**
 * The overall score: Σ weight × part, over the parts of `parts.ts`, each part rounded first so the
 * breakdown adds up as shown. Documented in docs/scores.md.
 */
import type { ReviewFacts } from '../facts.js';
import type { ClauseId, ScorePart, ScorePartId, Scores } from '../types.js';
import {
  coveragePart,
  humanErrorPart,
  initiativesPart,
  positiveApproachPart,
  readabilityPart,
  structurePart,
  tonePart,
  WEIGHTS,
} from './parts.js';

export { ENCOURAGEMENT_FULL_MARKS, TONE_FULL_MARKS, WEIGHTS } from './parts.js';
export { pillarReviews, sectionReviews } from './sections.js';

/**
 * The score breakdown of a reviewed document.
 *
 * @example
 * computeScores(facts, CLAUSES) // → { overall: 72, parts: [{ id: 'tone', weight: 0.25, score: 100, detail: '…' }, …] }
 */
export function computeScores(facts: ReviewFacts, checkedClauses: readonly ClauseId[]): Scores {
  const results: Record<ScorePartId, Omit<ScorePart, 'id' | 'weight'>> = {
    tone: tonePart(facts),
    'positive-approach': positiveApproachPart(facts),
    'human-error': humanErrorPart(facts),
    initiatives: initiativesPart(facts),
    coverage: coveragePart(facts, checkedClauses),
    readability: readabilityPart(facts),
    structure: structurePart(facts),
  };
  const parts: ScorePart[] = (Object.keys(WEIGHTS) as ScorePartId[]).map((id) => ({
    id,
    weight: WEIGHTS[id],
    ...results[id],
  }));
  const overall = Math.round(parts.reduce((sum, part) => sum + part.weight * part.score, 0));
  return { overall, parts };
}
