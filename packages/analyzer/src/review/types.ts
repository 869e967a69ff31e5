/**
 * The review's data model: what turns tone labels into advice — sections and pillars with their balance,
 * clause coverage, readability, the overall score and its breakdown. Plain, serializable data.
 */
import type { AnalyzedSentence, Balance, Block, Lang, Section, Severity, ToneResult } from '../types.js';

/** The four pillars of a charter that does more than forbid. */
export const PILLARS = ['encadrer', 'communiquer', 'eduquer', 'valoriser'] as const;
export type Pillar = (typeof PILLARS)[number];

/** The checklist of key clauses (`coverage/<clause>` rules). */
export const CLAUSES = [
  'purpose',
  'scope',
  'official-accounts',
  'personal-use',
  'privacy',
  'image-consent',
  'respect',
  'intellectual-property',
  'human-error',
  'initiatives',
  'community-management',
  'help-contact',
  'incident-reporting',
  'proportional-consequences',
  'review-date',
] as const;
export type ClauseId = (typeof CLAUSES)[number];

export interface ClauseCoverage {
  clause: ClauseId;
  present: boolean;
  /** Indexes (in `Report.sentences`) of the sentences that satisfy the clause, best first. */
  sentences: number[];
}

export interface SectionReview {
  section: number;
  title: string | null;
  balance: Balance;
  /** Pillars this section serves, detected from its heading and its content. */
  pillars: Pillar[];
}

export interface PillarReview {
  pillar: Pillar;
  /** Sections serving the pillar. */
  sections: number[];
  balance: Balance;
}

export interface Readability {
  /** Kandel–Moles for French, Flesch reading ease for English. */
  formula: 'kandel-moles' | 'flesch';
  /** 0–100 (higher is easier); null when there is too little text. */
  score: number | null;
  words: number;
  sentences: number;
  syllables: number;
  wordsPerSentence: number;
  /** Sentences over the long-sentence threshold. */
  longSentences: number;
}

export type ScorePartId =
  | 'tone'
  | 'positive-approach'
  | 'human-error'
  | 'initiatives'
  | 'coverage'
  | 'readability'
  | 'structure';

/** One line of the score breakdown. */
export interface ScorePart {
  id: ScorePartId;
  /** Share of the overall score, the weights adding up to 1. */
  weight: number;
  /** 0–100. */
  score: number;
  /** What the part measured, in the document's language, e.g. "12 enabling sentences for 9 restrictive". */
  detail: string;
}

export interface Scores {
  /** 0–100: Σ weight × part score, rounded. */
  overall: number;
  parts: ScorePart[];
}

export interface Review {
  sections: SectionReview[];
  pillars: PillarReview[];
  coverage: ClauseCoverage[];
  readability: Readability;
  scores: Scores;
}

/** An organization's profile from the configuration, used by coverage and suggestions. */
export interface OrganizationProfile {
  name: string | null;
  kind: 'school-service-centre' | 'school' | 'city' | 'company' | 'other' | null;
  values: string[];
  platforms: string[];
}

export type RuleSeverity = Severity | 'off';

export interface RuleSetting {
  severity: RuleSeverity;
  options: Record<string, unknown>;
}

/** Configuration after presets, the file and front matter overrides are merged and validated. */
export interface ResolvedConfig {
  /** Every known rule id → its setting. */
  rules: Record<string, RuleSetting>;
  organization: OrganizationProfile;
  /** Overall score (0–100) under which a lint run fails (`thresholds.minScore`); absent when not set. */
  minScore?: number;
}

/** What coverage and pillar detection read. */
export interface ReviewInput {
  sentences: readonly AnalyzedSentence[];
  sections: readonly Section[];
  blocks: readonly Block[];
  lang: Lang;
  organization: OrganizationProfile;
}

/**
 * A concrete positive rewording of one sentence: replace text[start, end) of the sentence's plain text
 * with `replacement`. `pattern` names the grammatical pattern that produced it (documented and tested).
 */
export interface Rewording {
  pattern: string;
  start: number;
  end: number;
  replacement: string;
  /** The whole sentence after the rewording, for display. */
  result: string;
}

/** What a rewording is computed from. */
export interface RewordingInput {
  text: string;
  lang: Lang;
  tone: ToneResult;
  organization: OrganizationProfile;
}
