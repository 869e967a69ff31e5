/** One short English sentence per rule, naming the cue and what it does; and the confidence of a choice. */
import type { RuleId, Strength } from './hit.js';

const q = (cue: string) => `“${cue}”`;

const TEMPLATES: Record<RuleId, (cue: string) => string> = {
  'prohibition.modal': (c) => `${q(c)} forbids an action.`,
  'prohibition.negated-permission': (c) => `${q(c)} withholds a permission, so it forbids the action.`,
  'prohibition.content': (c) =>
    `${q(c)} says what content may not hold: its authors are forbidden to post it.`,
  'prohibition.negative-imperative': (c) => `${q(c)} is a negative imperative: it forbids an action.`,
  'prohibition.predicate': (c) => `${q(c)} declares the action forbidden.`,
  'prohibition.not-tolerated': (c) => `${q(c)} says the behaviour is not tolerated.`,
  'prohibition.only': (c) => `${q(c)} reserves the action to some, so it forbids it to everyone else.`,
  'prohibition.negative-subject': (c) => `${q(c)} allows it to no one, so it forbids the action.`,
  'prohibition.no-place': (c) => `${q(c)} leaves no room for the behaviour: it is forbidden.`,
  'prohibition.refusal-verb': (c) => `${q(c)} asks the reader to refrain: it forbids an action.`,
  'prohibition.verb': (c) => `${q(c)} forbids an action.`,
  'prohibition.fragment': (c) => `${q(c)} rules the thing out: it is forbidden.`,
  'prohibition.circumstances': (c) => `${q(c)} forbids the action in every case.`,
  'prohibition.will-not': (c) => `${q(c)} states what the reader will not do: a prohibition.`,
  'obligation.modal': (c) => `${q(c)} requires an action.`,
  'obligation.imperative': (c) => `${q(c)} is an imperative that states a rule.`,
  'obligation.predicate': (c) => `${q(c)} makes the action required.`,
  'obligation.expectation': (c) => `${q(c)} states what is expected: an obligation.`,
  'obligation.responsibility': (c) => `${q(c)} assigns a duty.`,
  'obligation.agreement': (c) => `${q(c)} has the reader agree to a rule, which binds them.`,
  'obligation.requiring-verb': (c) => `${q(c)} requires something of the reader.`,
  'obligation.polite': (c) => `${q(c)} is a polite request that keeps the force of a rule.`,
  'obligation.will': (c) => `${q(c)} states what the reader will do: a rule.`,
  'obligation.fragment': (c) => `${q(c)} restricts what is allowed: a rule.`,
  'recommendation.modal': (c) => `${q(c)} advises without requiring.`,
  'recommendation.predicate': (c) => `${q(c)} recommends without requiring.`,
  'recommendation.advice-imperative': (c) => `${q(c)} gives advice in the imperative.`,
  'recommendation.verb': (c) => `${q(c)} recommends without requiring.`,
  'permission.modal': (c) => `${q(c)} allows the action.`,
  'permission.predicate': (c) => `${q(c)} declares the action allowed.`,
  'permission.negated-obligation': (c) => `${q(c)} lifts an obligation, so it leaves a choice.`,
  'permission.negated-prohibition': (c) => `${q(c)} lifts a prohibition, so it allows the action.`,
  'permission.organization': (c) => `${q(c)} states what the organization may do.`,
  'permission.right': (c) => `${q(c)} states a right.`,
  'permission.reservation': (c) => `${q(c)} keeps a discretion that is no measure against anyone.`,
  'permission.negated-commitment': (c) => `${q(c)} declines a commitment, so it only leaves a choice.`,
  'permission.verb': (c) => `${q(c)} allows the action.`,
  'encouragement.verb': (c) => `${q(c)} encourages or values what people do.`,
  'encouragement.predicate': (c) => `${q(c)} welcomes or values what people do.`,
  'encouragement.invitation': (c) => `${q(c)} is an imperative that invites.`,
  'encouragement.thanks': (c) => `${q(c)} thanks or congratulates.`,
  'encouragement.valorizing': (c) => `${q(c)} showcases or recognizes what people do.`,
  'encouragement.question': (c) => `${q(c)} asks a question that invites.`,
  'encouragement.feel-free': (c) => `${q(c)} invites the reader to act.`,
  'encouragement.no-hesitation': (c) => `${q(c)} invites the reader to act.`,
  'commitment.pledge': (c) => `${q(c)} is a pledge by the organization.`,
  'commitment.will': (c) => `${q(c)} states what the organization will do for people.`,
  'commitment.for-people': (c) => `${q(c)} states what the organization may do for people.`,
  'commitment.reassurance': (c) => `${q(c)} reassures people about what will not happen.`,
  'commitment.conditional-pledge': (c) => `${q(c)} pledges what the organization will do in return.`,
  'commitment.present': (c) => `${q(c)} states what the organization does for people.`,
  'commitment.expect': (c) => `${q(c)} tells people what they can count on.`,
  'sanction.consequence': (c) => `${q(c)} states the consequence of a breach.`,
  'sanction.removal': (c) => `${q(c)} states a measure taken after a breach.`,
  'sanction.reservation': (c) => `${q(c)} reserves a measure against content or access.`,
  'sanction.subject-to': (c) => `${q(c)} states the penalty a breach exposes to.`,
  'sanction.fragment': (c) => `${q(c)} names a sanction.`,
  'informative.definition': (c) => `${q(c)} defines a term: no force.`,
  'informative.scope': (c) => `${q(c)} describes the text or its scope: no force.`,
  'informative.list-introducer': (c) => `${q(c)} only introduces a list: no force of its own.`,
  'informative.recognition': (c) => `${q(c)} acknowledges a fact: no force.`,
  'informative.note': (c) => `${q(c)} draws attention to a fact: no force.`,
  'informative.disclaimer': (c) =>
    `${q(c)} limits the organization's responsibility: no force on the reader.`,
  'informative.routine': (c) => `${q(c)} describes a routine procedure, not a penalty.`,
  'informative.question': (c) => `${q(c)} marks a question: no force.`,
  'informative.heading': () => 'A heading or title without a verb of force.',
  'informative.default': () => 'No cue of force: the sentence describes or gives context.',
  'informative.announcement': (c) => `${q(c)} announces a decision: no force on the reader.`,
  'informative.presentational': (c) => `${q(c)} presents what follows: no force.`,
  'informative.nature': (c) => `${q(c)} says what a thing is, not what is forbidden: no force.`,
};

/**
 * The explanation of a rule for a cue.
 *
 * @example
 * explain('prohibition.modal', 'must not') // → '“must not” forbids an action.'
 */
export function explain(rule: RuleId, cue: string): string {
  return TEMPLATES[rule](cue);
}

const BASE: Record<Strength, number> = { 3: 0.92, 2: 0.8, 1: 0.6 };

/**
 * How sure a choice is: the cue's strength, less when other clauses disagree or a later cue won.
 *
 * @example
 * confidence(3, false, false) // → 0.92
 */
export function confidence(strength: Strength, conflicting: boolean, overridden: boolean): number {
  let value = BASE[strength];
  if (conflicting) value -= 0.1;
  if (overridden) value -= 0.05;
  return Math.round(Math.max(0.3, Math.min(0.97, value)) * 100) / 100;
}

/** Confidence of a sentence with no cue (default informative), of a heading, of a question. */
export const DEFAULT_CONFIDENCE = 0.55;
export const HEADING_CONFIDENCE = 0.65;
