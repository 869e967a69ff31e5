/**
 * Runs every rule over the main clause in one pass: each word is looked up once (phrase index and
 * verb lexicon) and only the rules it can trigger run. Words inside a relative clause are skipped.
 */
import type { Ctx } from './context.js';
import { finiteRule } from './finite.js';
import { imperativeRules } from './imperative.js';
import { avoirRule, devoirRule, falloirRule, pouvoirRule, savoirRule } from './modal.js';
import { phraseRules, startsPhrase } from './phrases.js';
import { predicateRule } from './predicate.js';
import { isInRelative } from './scope.js';

/** Words that may be a future form missing from the lexicon ("présentera", "accompagnerons"). */
function futureLike(word: string): boolean {
  return word.length > 4 && (word.endsWith('ra') || word.endsWith('ront') || word.endsWith('rons'));
}

/**
 * Collects the candidate labels of the sentence in `ctx.cands`.
 *
 * @example
 * // after analyzeClauses(ctx): runRules(ctx); ctx.cands[0].label → 'prohibition' for "Il est interdit de…"
 */
export function runRules(c: Ctx): void {
  imperativeRules(c);
  // A rule triggered at token i proposes a head ≥ i: once past the best head, nothing can win.
  let best = Number.POSITIVE_INFINITY;
  let seen = 0;
  for (let i = c.mainStart; i < c.toks.length; i++) {
    for (; seen < c.cands.length; seen++) best = Math.min(best, c.cands[seen].head);
    if (i > best) break;
    const t = c.toks[i];
    if (c.sub[i] || t.punct) continue;
    const phrase = startsPhrase(t.w);
    const entries = c.ve[i];
    if (!phrase && !entries && !futureLike(t.w)) continue;
    if (isInRelative(c, i, c.mainStart)) continue;
    if (phrase) phraseRules(c, i);
    if (entries) {
      for (const e of entries) {
        switch (e.lemma) {
          case 'pouvoir':
            pouvoirRule(c, i);
            break;
          case 'devoir':
            devoirRule(c, i);
            break;
          case 'falloir':
            falloirRule(c, i);
            break;
          case 'avoir':
            avoirRule(c, i);
            break;
          case 'savoir':
            savoirRule(c, i);
            break;
          case 'etre':
          case 'rester':
          case 'demeurer':
            predicateRule(c, i);
            break;
          default:
        }
      }
    }
    finiteRule(c, i);
  }
}
