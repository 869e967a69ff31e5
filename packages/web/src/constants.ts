/**
 * The analyzer's vocabularies, copied here so the main bundle does not pull in the analyzer (it runs
 * in the worker only); a test keeps these lists equal to the analyzer's.
 */

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const TONE_LABELS = [
  'prohibition',
  'obligation',
  'recommendation',
  'permission',
  'encouragement',
  'commitment',
  'sanction',
  'informative',
] as const;
export type ToneLabel = (typeof TONE_LABELS)[number];

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

export const AUDIT_ENTITIES = ['charter', 'version', 'member', 'unit', 'organization'] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
