/**
 * The app's vocabularies. Tone labels and clauses come from the analyzer (they tree-shake: the main
 * bundle does not grow, measured); score parts are listed here for their display order, and a test
 * keeps them equal to the analyzer's.
 */
import type { ToneLabel } from '@charte/analyzer';

export { CLAUSES, type ClauseId, TONE_LABELS, type ToneLabel } from '@charte/analyzer';

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Restrictive first, then guidance, enabling, neutral: the order the legend reads in. */
export const LEGEND_ORDER: readonly ToneLabel[] = [
  'prohibition',
  'obligation',
  'sanction',
  'recommendation',
  'permission',
  'encouragement',
  'commitment',
  'informative',
];

export const SCORE_PARTS = [
  'tone',
  'positive-approach',
  'human-error',
  'initiatives',
  'coverage',
  'readability',
  'structure',
] as const;
export type ScorePartId = (typeof SCORE_PARTS)[number];

export const ROLES = ['admin', 'communications', 'reviewer', 'staff'] as const;
export type Role = (typeof ROLES)[number];

export const VERSION_STATUSES = ['draft', 'in_review', 'published', 'archived'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const AUDIT_ENTITIES = [
  'charter',
  'version',
  'member',
  'unit',
  'organization',
  'initiative',
  'idea',
  'notification',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
