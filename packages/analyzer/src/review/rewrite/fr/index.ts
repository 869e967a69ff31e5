/**
 * French rewordings of one core clause: directives (negated imperatives, infinitives, modals, "il est
 * interdit de", "nul ne peut", "seuls … peuvent"), nominal prohibitions, two coordinated directives,
 * and cold obligations.
 */
import type { CoreRewording, CoreRewriter } from '../shape.js';
import { readDirective } from './frames.js';
import { rewordNominal } from './nominal.js';
import { rewordObligation } from './obligation.js';
import { rewordDirective } from './transforms.js';

function rewordOne(core: string): CoreRewording | null {
  const d = readDirective(core);
  const direct = d ? rewordDirective(d) : null;
  if (direct) return direct;
  const n = rewordNominal(core);
  if (!n) return null;
  return 'rewording' in n ? n.rewording : rewordDirective(n.directive);
}

/** "Ne ridiculisez jamais vos collègues et ne minimisez pas leur apport" → both halves reworded. */
function coordinated(core: string): CoreRewording | null {
  const m = core.match(/^(.+?),? et (ne |n')(.+)$/is);
  if (!m) return null;
  const left = readDirective(m[1]);
  const right = readDirective(m[2] + m[3]);
  if (!left || !right || left.frame !== right.frame) return null;
  if (left.frame !== 'imperative' && left.frame !== 'infinitive') return null;
  const a = rewordDirective(left);
  const b = rewordDirective(right);
  if (!a || !b) return null;
  const second = b.generatedStart ? b.text[0].toLowerCase() + b.text.slice(1) : b.text;
  // A permission and an instruction do not share one verb phrase: they are set apart.
  const mixed = a.text.startsWith('Vous pouvez') !== b.text.startsWith('Vous pouvez');
  return {
    pattern: 'fr/coordination',
    text: `${a.text}${mixed ? ' ; ' : ' et '}${second}`,
    generatedStart: a.generatedStart,
  };
}

/**
 * Rewords a French core clause, or null when no pattern applies safely.
 *
 * @example
 * rewordFrench('Ne partagez jamais vos identifiants', 'prohibition')?.text // → 'Gardez vos identifiants pour vous'
 */
export const rewordFrench: CoreRewriter = (core, label) => {
  if (label === 'obligation') return rewordObligation(core);
  return rewordOne(core) ?? coordinated(core);
};
