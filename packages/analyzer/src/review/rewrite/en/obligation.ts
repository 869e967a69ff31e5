/**
 * Cold English obligations made warm without losing their force: "Staff must follow …" → "We count on
 * staff to follow …". Only obligations about people (the reader or staff), never about things
 * ("Every account must be registered") or the organization itself ("We must …").
 */
import type { CoreRewording } from '../shape.js';
import { personSubject } from './frames.js';
import { subjectAfterPreposition } from './transforms.js';
import { verbAt } from './verbs.js';

/** Adverbs of force that "count on" already carries. */
const FORCE = /^(?:absolutely|strictly|without exception) /i;

/**
 * A warm rewording of a cold English obligation clause, or null.
 *
 * @example
 * rewordObligation('Staff must follow the same standards online as in person')
 * // → { pattern: 'en/count-on', text: 'We count on staff to follow the same standards online as in person', … }
 */
export function rewordObligation(core: string): CoreRewording | null {
  let who: string | null = null;
  let rest: string;
  const impersonal = core.match(/^it is (?:mandatory|required|compulsory|obligatory) to (.+)$/is);
  const modal = core.match(
    /^(.+?) (?:must|shall|have to|has to|need to|needs to|(?:is|are) (?:required|expected|obliged|obligated) to|will be required to)( (?:always|regularly|also|promptly))? (.+)$/is,
  );
  if (impersonal) {
    who = 'you';
    rest = impersonal[1];
  } else if (modal && personSubject(modal[1])) {
    who = subjectAfterPreposition(modal[1]);
    rest = (modal[2] ?? '').trim() === '' ? modal[3] : `${modal[2].trim()} ${modal[3]}`;
  } else return null;
  if (who === null) return null;
  const body = rest.replace(FORCE, '');
  const verb = verbAt(body.replace(/^(?:always|regularly|also|promptly) /i, ''));
  if (!verb) return null;
  // A state ("have consent", "be 13") or a piece of knowledge ("be aware that") is not something we count on
  // someone to do.
  if (
    /^(?:have|own|hold|possess|be (?:at least |over |under )?\d+|be aged|be (?:aware|conscious) (?:that|of))\b|^(?:know|understand|realize|realise|note|acknowledge|accept|remember) that\b/i.test(
      body,
    )
  )
    return null;
  // A passive ("must be registered") says what is done to the subject, not what we count on it to do.
  if (/^be \p{L}+(?:ed|en|wn|ne)\b/iu.test(body)) return null;
  return { pattern: 'en/count-on', text: `We count on ${who} to ${body}`, generatedStart: true };
}
