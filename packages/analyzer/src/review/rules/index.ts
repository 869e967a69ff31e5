/** The registry: every review rule, in the order their documentation lists them. */
import type { Rule } from '../rule.js';
import { COVERAGE_RULES } from './coverage/index.js';
import { longSentence } from './readability/long-sentence.js';
import { readabilityScore } from './readability/score.js';
import { missingPillar } from './structure/missing-pillar.js';
import { balance } from './tone/balance.js';
import { bareProhibition } from './tone/bare-prohibition.js';
import { coldObligation } from './tone/cold-obligation.js';
import { noRoomForError } from './tone/no-room-for-error.js';
import { sanctionFirst } from './tone/sanction-first.js';
import { shouting } from './tone/shouting.js';

export const RULES: readonly Rule[] = [
  balance,
  bareProhibition,
  coldObligation,
  sanctionFirst,
  noRoomForError,
  shouting,
  missingPillar,
  ...COVERAGE_RULES,
  longSentence,
  readabilityScore,
];

/** A rule by id. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
