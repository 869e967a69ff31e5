/**
 * Positive rewordings of restrictive sentences: a prohibition or a cold obligation gets, where the
 * grammar allows, a concrete rewording that says what to do, as an edit on the sentence's text; where
 * no pattern applies, `enablingTemplate` gives an enabling sentence to add beside it.
 */
import type { Rewording, RewordingInput } from '../types.js';
import { isColdObligation } from './cold.js';
import { rewordEnglish } from './en/index.js';
import { rewordFrench } from './fr/index.js';
import { rewriteSentence } from './shape.js';

export { isColdObligation } from './cold.js';
export { enablingTemplate } from './templates.js';

/** Past this length a "sentence" is not a rule to reword (and patterns stay linear in practice). */
const MAX_LENGTH = 600;

/**
 * A concrete positive rewording of a prohibition or a cold obligation, or null when no pattern
 * applies safely. `start`/`end` are offsets in `input.text` (0-based, end exclusive); replacing that
 * span with `replacement` gives `result`.
 *
 * @example
 * rewordSentence({
 *   text: "Il est interdit de publier la photo d'un élève sans le consentement de ses parents.",
 *   lang: 'fr', tone, organization,
 * })?.result
 * // → "Vous pouvez publier la photo d'un élève une fois le consentement de ses parents obtenu."
 */
export function rewordSentence(input: RewordingInput): Rewording | null {
  const label = input.tone.label;
  if (label !== 'prohibition' && label !== 'obligation') return null;
  if (input.text.length > MAX_LENGTH) return null;
  if (label === 'obligation' && !isColdObligation(input.text, input.lang)) return null;
  const rewrite = input.lang === 'fr' ? rewordFrench : rewordEnglish;
  const change = rewriteSentence(input.text, input.lang, label, rewrite);
  if (!change) return null;
  return {
    pattern: change.pattern,
    start: change.start,
    end: change.end,
    replacement: change.replacement,
    result: change.result,
  };
}
