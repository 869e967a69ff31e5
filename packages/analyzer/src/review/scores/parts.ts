/**
 * The parts of the overall score (docs/scores.md). Each returns 0–100 and a detail in the document's
 * language; the weights say how much each part counts and add up to 1.
 */
import { balanceOf } from '../../report/balance.js';
import type { Lang } from '../../types.js';
import type { ReviewFacts } from '../facts.js';
import { pillarName, scoreDetail } from '../messages.js';
import { hasEnablingNear } from '../nearby.js';
import { type ClauseId, PILLARS, type ScorePart, type ScorePartId } from '../types.js';

export const WEIGHTS: Readonly<Record<ScorePartId, number>> = {
  tone: 0.25,
  'positive-approach': 0.2,
  'human-error': 0.15,
  initiatives: 0.15,
  coverage: 0.15,
  readability: 0.05,
  structure: 0.05,
};

/** Balance at or above this share of enabling voice gets full marks: as much encouragement as rules. */
export const TONE_FULL_MARKS = 50;
/** Encouraging sentences for full marks on their half of the initiatives part. */
export const ENCOURAGEMENT_FULL_MARKS = 3;

type PartResult = Omit<ScorePart, 'id' | 'weight'>;

/** Tone: 2 × document balance, capped at 100; 50 when no sentence is enabling or restrictive. */
export function tonePart(facts: ReviewFacts): PartResult {
  const b = balanceOf(facts.documentCounts);
  if (b.score === null) return { score: 50, detail: scoreDetail(facts.lang, 'toneNone') };
  return {
    score: Math.min(100, Math.round((100 * b.score) / TONE_FULL_MARKS)),
    detail: scoreDetail(facts.lang, 'tone', {
      enabling: b.enabling,
      restrictive: b.restrictive,
      balance: b.score,
    }),
  };
}

/** Positive approach: share of prohibitions and obligations with an enabling sentence in their section. */
export function positiveApproachPart(facts: ReviewFacts): PartResult {
  let total = 0;
  let near = 0;
  for (const s of facts.sentences) {
    if (s.tone.label !== 'prohibition' && s.tone.label !== 'obligation') continue;
    total++;
    if (hasEnablingNear(facts, s.index, 'section')) near++;
  }
  if (total === 0) return { score: 100, detail: scoreDetail(facts.lang, 'positiveNone') };
  return {
    score: Math.round((100 * near) / total),
    detail: scoreDetail(facts.lang, 'positive', { near, total }),
  };
}

/** Human error: 100 with the clause; without it, 40 when nothing is sanctioned, 0 when something is. */
export function humanErrorPart(facts: ReviewFacts): PartResult {
  if (facts.clause('human-error').present)
    return { score: 100, detail: scoreDetail(facts.lang, 'humanErrorPresent') };
  const sanctions = facts.documentCounts.sanction;
  if (sanctions === 0) return { score: 40, detail: scoreDetail(facts.lang, 'humanErrorNoSanction') };
  return { score: 0, detail: scoreDetail(facts.lang, 'humanErrorMissing', { sanctions }) };
}

/** Initiatives: 50 for the clause, plus up to 50 for encouraging sentences (full at 3). */
export function initiativesPart(facts: ReviewFacts): PartResult {
  const present = facts.clause('initiatives').present;
  const encouragement = facts.documentCounts.encouragement;
  const score =
    (present ? 50 : 0) +
    Math.round((50 * Math.min(encouragement, ENCOURAGEMENT_FULL_MARKS)) / ENCOURAGEMENT_FULL_MARKS);
  const clause = scoreDetail(facts.lang, present ? 'yes' : 'no');
  return { score, detail: scoreDetail(facts.lang, 'initiatives', { clause, encouragement }) };
}

/** Coverage: share of the checked clauses (those whose `coverage/<clause>` rule is on) that are present. */
export function coveragePart(facts: ReviewFacts, checked: readonly ClauseId[]): PartResult {
  if (checked.length === 0) return { score: 100, detail: scoreDetail(facts.lang, 'coverageNone') };
  const present = checked.filter((clause) => facts.clause(clause).present).length;
  return {
    score: Math.round((100 * present) / checked.length),
    detail: scoreDetail(facts.lang, 'coverage', { present, total: checked.length }),
  };
}

/** Readability: the reading-ease score itself; 50 when the text is too short to measure. */
export function readabilityPart(facts: ReviewFacts): PartResult {
  const r = facts.readability;
  if (r.score === null) return { score: 50, detail: scoreDetail(facts.lang, 'readabilityNone') };
  const formula = r.formula === 'kandel-moles' ? 'Kandel–Moles' : 'Flesch';
  return {
    score: r.score,
    detail: scoreDetail(facts.lang, 'readability', {
      formula,
      score: r.score,
      wps: formatNumber(facts.lang, r.wordsPerSentence),
    }),
  };
}

/** Structure: 25 per pillar served by at least one section. */
export function structurePart(facts: ReviewFacts): PartResult {
  const served = PILLARS.filter((pillar) => facts.sectionPillars.some((pillars) => pillars.includes(pillar)));
  const names = served.length
    ? served.map((p) => pillarName(facts.lang, p)).join(', ')
    : scoreDetail(facts.lang, 'none');
  return {
    score: 25 * served.length,
    detail: scoreDetail(facts.lang, 'structure', { served: served.length, names }),
  };
}

function formatNumber(lang: Lang, value: number): string {
  return lang === 'fr' ? String(value).replace('.', ',') : String(value);
}
