/**
 * English rewordings of one core clause: directives (negative imperatives, negated modals, "no one
 * may", "only X may", gerund subjects), nominal prohibitions, two coordinated directives, and cold
 * obligations.
 */
import type { CoreRewording, CoreRewriter } from '../shape.js';
import { readDirective } from './frames.js';
import { rewordNominal } from './nominal.js';
import { rewordObligation } from './obligation.js';
import { rewordDirective } from './transforms.js';

function rewordOne(core: string): CoreRewording | null {
  const d = readDirective(core);
  return (d ? rewordDirective(d) : null) ?? rewordNominal(core);
}

/** "Do not insult other members, and never share their personal details" → both halves reworded. */
function coordinated(core: string): CoreRewording | null {
  const m = core.match(/^(.+?),? and ((?:do not|don't|never) .+)$/is);
  if (!m) return null;
  const left = readDirective(m[1]);
  const right = readDirective(m[2]);
  if (left?.frame !== 'imperative' || right?.frame !== 'imperative') return null;
  const a = rewordDirective(left);
  const b = rewordDirective(right);
  if (!a || !b) return null;
  const second = b.generatedStart ? b.text[0].toLowerCase() + b.text.slice(1) : b.text;
  // A permission and an instruction do not share one verb phrase: they are set apart.
  const mixed = a.text.startsWith('You may') !== b.text.startsWith('You may');
  return {
    pattern: 'en/coordination',
    text: `${a.text}${mixed ? '; ' : ' and '}${second}`,
    generatedStart: a.generatedStart,
  };
}

/**
 * Rewords an English core clause, or null when no pattern applies safely.
 *
 * @example
 * rewordEnglish('Never share your password', 'prohibition')?.text // → 'Keep your password to yourself'
 */
export const rewordEnglish: CoreRewriter = (core, label) => {
  if (label === 'obligation') return rewordObligation(core);
  return rewordOne(core) ?? coordinated(core);
};
