/** What a rule reports when it finds a cue: the label, the rule, how strong the cue is, where it is. */
import type { ToneLabel } from '../../types.js';

/** The rules of the English grammar; each has an explanation in `explain.ts`. */
export const RULE_IDS = [
  'prohibition.modal',
  'prohibition.negated-permission',
  'prohibition.content',
  'prohibition.negative-imperative',
  'prohibition.predicate',
  'prohibition.not-tolerated',
  'prohibition.only',
  'prohibition.negative-subject',
  'prohibition.no-place',
  'prohibition.refusal-verb',
  'prohibition.verb',
  'prohibition.fragment',
  'prohibition.circumstances',
  'prohibition.will-not',
  'obligation.modal',
  'obligation.imperative',
  'obligation.predicate',
  'obligation.expectation',
  'obligation.responsibility',
  'obligation.agreement',
  'obligation.requiring-verb',
  'obligation.polite',
  'obligation.will',
  'obligation.fragment',
  'recommendation.modal',
  'recommendation.predicate',
  'recommendation.advice-imperative',
  'recommendation.verb',
  'permission.modal',
  'permission.predicate',
  'permission.negated-obligation',
  'permission.negated-prohibition',
  'permission.organization',
  'permission.right',
  'permission.reservation',
  'permission.negated-commitment',
  'permission.verb',
  'encouragement.verb',
  'encouragement.predicate',
  'encouragement.invitation',
  'encouragement.thanks',
  'encouragement.valorizing',
  'encouragement.question',
  'encouragement.feel-free',
  'encouragement.no-hesitation',
  'commitment.pledge',
  'commitment.will',
  'commitment.for-people',
  'commitment.reassurance',
  'commitment.conditional-pledge',
  'commitment.present',
  'commitment.expect',
  'sanction.consequence',
  'sanction.removal',
  'sanction.reservation',
  'sanction.subject-to',
  'sanction.fragment',
  'informative.definition',
  'informative.scope',
  'informative.list-introducer',
  'informative.recognition',
  'informative.note',
  'informative.disclaimer',
  'informative.routine',
  'informative.question',
  'informative.heading',
  'informative.default',
  'informative.announcement',
  'informative.presentational',
  'informative.nature',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** 3: a strong, unambiguous cue; 2: a usual cue; 1: a weak cue that a later, stronger one overrides. */
export type Strength = 1 | 2 | 3;

export interface Hit {
  label: ToneLabel;
  rule: RuleId;
  strength: Strength;
  /** First token of the cue. */
  start: number;
  /** Token after the cue. */
  end: number;
  /** Index of the clause the cue is in (set by the scanner). */
  clause: number;
  /** The cue is an imperative at the start of its clause. */
  imperative: boolean;
}

/**
 * Builds a hit (the clause is filled in by the scanner).
 *
 * @example
 * hit('prohibition', 'prohibition.modal', 3, 1, 3).label // → 'prohibition'
 */
export function hit(
  label: ToneLabel,
  rule: RuleId,
  strength: Strength,
  start: number,
  end: number,
  imperative = false,
): Hit {
  return { label, rule, strength, start, end, clause: -1, imperative };
}
