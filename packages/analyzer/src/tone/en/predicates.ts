/**
 * Predicates after a form of "be" ("is prohibited", "are required to", "is welcome"): the label they
 * give, the label they give when negated, and the word that must follow for the reading to hold.
 */
import type { ToneLabel } from '../../types.js';
import type { RuleId } from './hit.js';
import { words } from './words.js';

export interface Predicate {
  /** Label when affirmed; null when the affirmed predicate has no force. */
  pos: ToneLabel | null;
  /** Label when negated ("is not allowed"); null when it then has no force. */
  neg: ToneLabel | null;
  strength: 1 | 2 | 3;
  rule: RuleId;
  negRule: RuleId;
  /** The next word must be one of these ("free to", "responsible for"). */
  needs?: ReadonlySet<string>;
}

const TO = words('to');
const TO_THAT = words('to that');

const table = new Map<string, Predicate>();
function add(list: string, p: Predicate): void {
  for (const w of words(list)) table.set(w, p);
}

add('prohibited forbidden disallowed outlawed proscribed', {
  pos: 'prohibition',
  neg: 'permission',
  strength: 3,
  rule: 'prohibition.predicate',
  negRule: 'permission.negated-prohibition',
});
add('unacceptable impermissible illegal unlawful off-limits inappropriate', {
  pos: 'prohibition',
  neg: null,
  strength: 2,
  rule: 'prohibition.predicate',
  negRule: 'prohibition.predicate',
});
add('barred precluded', {
  pos: 'prohibition',
  neg: 'permission',
  strength: 3,
  rule: 'prohibition.predicate',
  negRule: 'permission.negated-prohibition',
  needs: words('from'),
});
add('tolerated condoned', {
  pos: null,
  neg: 'prohibition',
  strength: 3,
  rule: 'prohibition.not-tolerated',
  negRule: 'prohibition.not-tolerated',
});
add('accepted acceptable appropriate', {
  pos: 'permission',
  neg: 'prohibition',
  strength: 2,
  rule: 'permission.predicate',
  negRule: 'prohibition.negated-permission',
});
add('allowed permitted authorized authorised permissible ok okay fine alright', {
  pos: 'permission',
  neg: 'prohibition',
  strength: 3,
  rule: 'permission.predicate',
  negRule: 'prohibition.negated-permission',
});
add('free entitled eligible', {
  pos: 'permission',
  neg: 'prohibition',
  strength: 3,
  rule: 'permission.predicate',
  negRule: 'prohibition.negated-permission',
  needs: TO,
});
add('optional voluntary', {
  pos: 'permission',
  neg: 'obligation',
  strength: 2,
  rule: 'permission.predicate',
  negRule: 'obligation.predicate',
});
add('required mandatory compulsory obligatory', {
  pos: 'obligation',
  neg: 'permission',
  strength: 3,
  rule: 'obligation.predicate',
  negRule: 'permission.negated-obligation',
});
add('obliged obligated compelled bound', {
  pos: 'obligation',
  neg: 'permission',
  strength: 3,
  rule: 'obligation.predicate',
  negRule: 'permission.negated-obligation',
  needs: words('to by'),
});
add('expected asked requested instructed directed', {
  pos: 'obligation',
  neg: 'permission',
  strength: 2,
  rule: 'obligation.expectation',
  negRule: 'permission.negated-obligation',
  needs: TO_THAT,
});
add('necessary essential imperative vital crucial critical', {
  pos: 'obligation',
  neg: 'permission',
  strength: 2,
  rule: 'obligation.predicate',
  negRule: 'permission.negated-obligation',
  needs: TO_THAT,
});
add('needed', {
  pos: 'obligation',
  neg: 'permission',
  strength: 2,
  rule: 'obligation.predicate',
  negRule: 'permission.negated-obligation',
});
add('responsible accountable answerable', {
  pos: 'obligation',
  neg: null,
  strength: 3,
  rule: 'obligation.responsibility',
  negRule: 'informative.disclaimer',
  needs: words('for to'),
});
add('liable', {
  pos: 'sanction',
  neg: null,
  strength: 2,
  rule: 'sanction.consequence',
  negRule: 'informative.disclaimer',
  needs: words('to for'),
});
add('punishable grounds', {
  pos: 'sanction',
  neg: null,
  strength: 3,
  rule: 'sanction.consequence',
  negRule: 'sanction.consequence',
});
add('recommended advisable preferable suggested', {
  pos: 'recommendation',
  neg: 'recommendation',
  strength: 3,
  rule: 'recommendation.predicate',
  negRule: 'recommendation.predicate',
});
add('best wise better smart', {
  pos: 'recommendation',
  neg: 'recommendation',
  strength: 3,
  rule: 'recommendation.predicate',
  negRule: 'recommendation.predicate',
  needs: TO_THAT,
});
add('discouraged', {
  pos: 'recommendation',
  neg: null,
  strength: 3,
  rule: 'recommendation.predicate',
  negRule: 'recommendation.predicate',
});
add('advised cautioned reminded', {
  pos: 'recommendation',
  neg: null,
  strength: 2,
  rule: 'recommendation.predicate',
  negRule: 'recommendation.predicate',
  needs: words('to that not of'),
});
add('important', {
  pos: 'recommendation',
  neg: null,
  strength: 2,
  rule: 'recommendation.predicate',
  negRule: 'recommendation.predicate',
  needs: TO_THAT,
});
add('encouraged invited', {
  pos: 'encouragement',
  neg: 'recommendation',
  strength: 3,
  rule: 'encouragement.predicate',
  negRule: 'recommendation.predicate',
});
add('urged', {
  pos: 'encouragement',
  neg: 'recommendation',
  strength: 2,
  rule: 'encouragement.predicate',
  negRule: 'recommendation.predicate',
  needs: TO,
});
add('welcomed appreciated valued', {
  pos: 'encouragement',
  neg: null,
  strength: 2,
  rule: 'encouragement.predicate',
  negRule: 'encouragement.predicate',
});
add('proud grateful thankful delighted thrilled', {
  pos: 'encouragement',
  neg: null,
  strength: 2,
  rule: 'encouragement.predicate',
  negRule: 'encouragement.predicate',
});
add('committed dedicated', {
  pos: 'commitment',
  neg: 'permission',
  strength: 3,
  rule: 'commitment.pledge',
  negRule: 'permission.negated-commitment',
  needs: TO,
});

/**
 * The predicate entry of a word after "be", if any. Words with a reading that depends on their
 * context ("welcome", "subject", "here", "happy", "able", participles) are handled by the rules.
 *
 * @example
 * predicate('prohibited')?.pos // → 'prohibition'
 */
export function predicate(w: string): Predicate | undefined {
  return table.get(w);
}

/** Words after "be" that mean an ability, a likelihood or a state of mind: no force. */
export const NEUTRAL_PREDICATES = words(
  'able unable aware likely unlikely sure certain familiar possible available interested happy glad pleased eager ready willing here',
);
