/**
 * English prohibitions whose subject is what is forbidden: "Harassment, threats and hate speech are
 * prohibited on our pages", "Hate speech will not be tolerated", "There is no room for X in our
 * community", "We do not tolerate X" → "Keep our pages free of …" / "Keep your exchanges free of …".
 */
import type { CoreRewording } from '../shape.js';
import { COMMON_OPENER, CONTENT, HURTFUL } from './words.js';

const PLACE = "((?:on|in|across|within|at) (?:our|this|the|these|your|all|any) [\\p{L}'’ -]{1,40}?)";
const INTENSIFIER =
  '(?: under any circumstances| in any circumstances| at any time| whatsoever| of any kind)?';
const FORMS = [
  new RegExp(
    `^(.+?) (?:is|are|will be|shall be) (?:strictly |expressly |absolutely |also )?(?:prohibited|forbidden|banned|unacceptable|not (?:allowed|permitted|tolerated|accepted|welcome|acceptable))(?: ${PLACE})?${INTENSIFIER}$`,
    'isu',
  ),
  new RegExp(
    `^(.+?) (?:will not|won't|shall not|cannot|can't) be (?:tolerated|allowed|permitted|accepted)(?: ${PLACE})?${INTENSIFIER}$`,
    'isu',
  ),
  new RegExp(`^there is no (?:room|place|tolerance) (?:for|of) (.+?)(?: ${PLACE})?${INTENSIFIER}$`, 'isu'),
  new RegExp(`^(.+?) (?:has|have) no place(?: ${PLACE})?${INTENSIFIER}$`, 'isu'),
  new RegExp(
    `^we (?:do not|don't|will not|won't) (?:tolerate|accept|allow) (.+?)(?: ${PLACE})?${INTENSIFIER}$`,
    'isu',
  ),
];

/** "on our pages" → "our pages". */
function placeNP(place: string): string {
  return place.replace(/^(?:on|in|across|within|at) /i, '');
}

/**
 * "Keep our pages free of harassment, threats and hate speech", or null.
 *
 * @example
 * rewordNominal('Hate speech will not be tolerated under any circumstances')
 * // → { pattern: 'en/keep-free', text: 'Keep your exchanges free of hate speech', generatedStart: true }
 */
export function rewordNominal(core: string): CoreRewording | null {
  for (const re of FORMS) {
    const m = core.match(re);
    if (!m) continue;
    let np = m[1];
    if (/^(?:or|and|any of the following)\b/i.test(np) || /[;:()]|\b(?:not|never)\b/i.test(np)) return null;
    if (!CONTENT.test(np) && !HURTFUL.test(np)) return null;
    // A gerund subject ("Posting …") is a directive, read elsewhere.
    if (/^\p{L}+ing\b/iu.test(np) && !/^(?:swearing|trolling|bullying|advertising|campaigning)\b/i.test(np))
      return null;
    const first = np.split(/[ ,]/)[0];
    if (COMMON_OPENER.test(first)) np = first.toLowerCase() + np.slice(first.length);
    const where = m[2] ? placeNP(m[2]) : 'your exchanges';
    return { pattern: 'en/keep-free', text: `Keep ${where} free of ${np}`, generatedStart: true };
  }
  return null;
}
