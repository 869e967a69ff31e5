/**
 * Chooses among the cues of coordinated clauses. The first clause with force decides (taxonomy rule
 * 12), with three exceptions that English grammar makes: after "but" the contrasted clause carries the
 * point; a weak first cue gives way to a real one; and "Do X and we will Y" is a conditional pledge.
 */
import type { Clause } from './clauses.js';
import type { Hit } from './hit.js';

export interface Choice {
  hit: Hit | null;
  /** The chosen cue is not the first one found. */
  overridden: boolean;
  /** Another clause carries a different label. */
  conflicting: boolean;
}

const choice: Choice = { hit: null, overridden: false, conflicting: false };

/**
 * Picks the deciding cue among `hits` (one per clause, null when the clause has none).
 *
 * @example
 * // "We're here to help, but we expect users to be courteous." → the "but" clause decides
 * select(hits, clauses, 2).hit?.label // → 'obligation'
 */
export function select(
  hits: ReadonlyArray<Hit | null>,
  clauses: ReadonlyArray<Clause>,
  count: number,
): Choice {
  let current: Hit | null = null;
  let overridden = false;
  let conflicting = false;
  for (let i = 0; i < count; i++) {
    const h = hits[i];
    if (!h) continue;
    if (!current) {
      current = h;
      continue;
    }
    if (h.label !== current.label) conflicting = true;
    const link = clauses[i].link;
    if (link === 'but' && h.strength >= current.strength && h.label !== 'informative') {
      current = h;
      overridden = true;
    } else if (current.strength === 1 && h.strength >= 2) {
      current = h;
      overridden = true;
    } else if (
      current.imperative &&
      (current.label === 'encouragement' || current.label === 'obligation') &&
      link === 'and' &&
      (h.rule === 'commitment.will' || h.rule === 'encouragement.valorizing')
    ) {
      // "Share your post and we'll reshare it": the imperative is the condition of the pledge.
      current = { ...h, label: 'commitment', rule: 'commitment.conditional-pledge' };
      overridden = true;
    }
  }
  choice.hit = current;
  choice.overridden = overridden;
  choice.conflicting = conflicting;
  return choice;
}
