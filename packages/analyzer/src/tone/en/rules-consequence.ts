/**
 * Consequences (taxonomy rule 3): "Violations may result in disciplinary action", "Hateful language
 * can lead to expulsion", "You risk losing access". A consequence is a sanction when a breach is in
 * view or a sanction is named; "This may result in unfollowing some accounts" is not.
 */
import { breachIn, type Context, sanctionNounAfter } from './context.js';
import { type Hit, hit } from './hit.js';
import { lemma } from './verbs.js';

/**
 * The sanction hit of a consequence verb at `verb` (from the group start `start`), or null.
 *
 * @example
 * // "Violations may result in disciplinary action." → sanction, cue "may result in disciplinary action"
 * consequence(ctx, 1, 2, 0)?.label // → 'sanction'
 */
export function consequence(c: Context, start: number, verb: number, subjectFrom: number): Hit | null {
  const t = c.t;
  const base = lemma(t.w[verb]) ?? t.w[verb];
  let objectFrom = verb + 1;
  if (base === 'result') {
    if (t.w[verb + 1] !== 'in') return null;
    objectFrom = verb + 2;
  } else if (base === 'lead') {
    if (t.w[verb + 1] !== 'to') return null;
    objectFrom = verb + 2;
  } else if (base === 'lose') {
    return hit('sanction', 'sanction.consequence', 2, start, verb + 1);
  } else if (base === 'constitute') {
    if (t.w[verb + 1] !== 'grounds') return null;
    return hit('sanction', 'sanction.consequence', 3, start, verb + 2);
  }
  const noun = sanctionNounAfter(c, objectFrom, 8);
  if (noun >= 0) return hit('sanction', 'sanction.consequence', 3, start, noun + 1);
  if ((base === 'result' || base === 'lead' || base === 'cost') && breachIn(c, subjectFrom, start)) {
    return hit('sanction', 'sanction.consequence', 2, start, objectFrom);
  }
  return null;
}
