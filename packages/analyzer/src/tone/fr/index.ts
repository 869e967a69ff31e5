/**
 * French tone grammar: labels one sentence with the tone taxonomy (docs/tone-taxonomy.md), with the
 * cue that decided, a confidence and a French explanation. Pipeline: fold → tokens → clauses (main
 * clause, frames, rule 12) → rules (modals, predicates, finite verbs, phrases, imperatives) → the
 * candidate whose head comes first in the main clause wins.
 */
import type { ToneLabel, ToneResult } from '../../types.js';
import { analyzeClauses, type Frame } from './clauses.js';
import { type Candidate, type Ctx, newContext, type Why } from './context.js';
import { explainFrench } from './explain.js';
import { foldText } from './fold.js';
import { NE } from './lexicon.js';
import { runRules } from './rules.js';
import { tokenize } from './tokens.js';

/** Whether the sentence is a question (last visible character "?"). */
function isQuestion(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === '?') return true;
    if (
      ch !== ' ' &&
      ch !== '\u00a0' &&
      ch !== '\u202f' &&
      ch !== '»' &&
      ch !== '"' &&
      ch !== ')' &&
      ch !== ']'
    ) {
      return false;
    }
  }
  return false;
}

/** "Pourquoi ne pas partager… ?", "Pourquoi pas…", "Et si vous…", "Que diriez-vous de…": invitations. */
function invitingQuestion(c: Ctx): Candidate | null {
  const t = c.toks;
  const first = c.mainStart;
  const at = (k: number) => t[k]?.w ?? '';
  if (at(first) === 'pourquoi') {
    if (at(first + 1) === 'pas') return cand('encouragement', 0.8, first, first + 2);
    if (NE.has(at(first + 1))) {
      for (let k = first + 2; k < t.length && k < first + 5; k++) {
        if (at(k) === 'pas') return cand('encouragement', 0.8, first, k + 1);
      }
    }
  }
  if (at(first) === 'et' && (at(first + 1) === 'si' || at(first + 1) === "s'")) {
    return cand('encouragement', 0.7, first, first + 2);
  }
  if (at(first) === 'que' && at(first + 1) === 'diriez') return cand('encouragement', 0.75, first, first + 3);
  return null;
}

function cand(
  label: ToneLabel,
  conf: number,
  s: number,
  e: number,
  why: Why = 'invitation-question',
): Candidate {
  return { label, conf, head: s, s, e, why };
}

/** The winning candidate: the first head in the main clause; at the same head, the most confident. */
function choose(cands: readonly Candidate[]): { best: Candidate; contested: boolean } | null {
  let best: Candidate | null = null;
  for (const k of cands) {
    if (!best || k.head < best.head) best = k;
    else if (k.head === best.head) {
      // The more specific reading (longer cue) wins, then the more confident.
      const len = k.e - k.s;
      const bestLen = best.e - best.s;
      if (len > bestLen || (len === bestLen && k.conf > best.conf)) best = k;
    }
  }
  if (!best) return null;
  const chosen = best;
  const contested = cands.some((k) => k.label !== chosen.label && k.conf >= 0.6);
  return { best: chosen, contested };
}

function result(c: Ctx, k: Candidate, conf: number): ToneResult {
  const start = c.toks[k.s].s;
  const end = c.toks[k.e - 1].e;
  const text = c.text.slice(start, end);
  return {
    label: k.label,
    confidence: Math.round(Math.min(0.99, Math.max(0.05, conf)) * 100) / 100,
    cue: { start, end, text },
    explanation: explainFrench(k.label, k.why, text),
  };
}

function informative(why: Why, conf: number): ToneResult {
  return {
    label: 'informative',
    confidence: conf,
    cue: null,
    explanation: explainFrench('informative', why, null),
  };
}

function fromFrame(c: Ctx, f: Frame): ToneResult {
  const k: Candidate = {
    label: f.fallback,
    conf: 0.6,
    head: f.s,
    s: f.s,
    e: f.e,
    why: f.fallback === 'recommendation' ? 'frame-advice' : 'frame-note',
  };
  // Keep the cue to the opener's words, without the final "que" or ":".
  if (k.e - k.s > 1) k.e--;
  return result(c, k, 0.6);
}

/**
 * Labels one French sentence.
 *
 * @example
 * classifyFrench('Il est interdit de publier des photos sans consentement.')
 * // → { label: 'prohibition', confidence: 0.93, cue: { start: 0, end: 18, text: 'Il est interdit de' },
 * //     explanation: '« Il est interdit de » exprime une interdiction.' }
 */
export function classifyFrench(text: string): ToneResult {
  const toks = tokenize(foldText(text));
  let words = 0;
  for (const t of toks) if (!t.punct) words++;
  if (words === 0) return informative('none', 0.5);
  const c = newContext(text, toks);
  const frame = analyzeClauses(c);
  if (isQuestion(text)) {
    const inv = invitingQuestion(c);
    if (inv) return result(c, inv, inv.conf);
    return {
      label: 'informative',
      confidence: 0.75,
      cue: null,
      explanation: explainFrench('informative', 'question', ''),
    };
  }
  runRules(c);
  const chosen = choose(c.cands);
  if (!chosen) {
    if (frame) return fromFrame(c, frame);
    return informative('none', 0.55);
  }
  const { best, contested } = chosen;
  if (frame?.fallback === 'recommendation' && best.label === 'informative') return fromFrame(c, frame);
  return result(c, best, contested ? best.conf * 0.9 : best.conf);
}
