/**
 * The English tone grammar: labels one sentence with the taxonomy of docs/tone-taxonomy.md.
 *
 * Pipeline: tokens → clauses and subordinate parts → one cue per clause (imperative, verb group,
 * fixed phrase) → the deciding cue (first clause, "but", conditional pledges) → sentence-level
 * readings (list introducers, questions, headings) → label, cue span, confidence, explanation.
 */
import type { ToneResult } from '../../types.js';
import { segment } from './clauses.js';
import { newContext } from './context.js';
import { confidence, DEFAULT_CONFIDENCE, explain, HEADING_CONFIDENCE } from './explain.js';
import type { Hit } from './hit.js';
import { scanClause } from './scan.js';
import { select } from './select.js';
import { adviceLabel, finalMark, neutralIntroducer, presentational } from './sentence.js';
import { tokenize } from './tokens.js';

const hits: (Hit | null)[] = [];
const SUBJECT_CUE = new Set(['we', 'you', 'they']);

function result(text: string, h: Hit, conf: number, startOffset: number, endOffset: number): ToneResult {
  const cue = text.slice(startOffset, endOffset);
  return {
    label: h.label,
    confidence: conf,
    cue: { start: startOffset, end: endOffset, text: cue },
    explanation: explain(h.rule, cue),
  };
}

/**
 * Labels one English sentence (plain text, already split) with its tone.
 *
 * @example
 * classifyEnglish('Employees must not share student photos.')
 * // → { label: 'prohibition', confidence: 0.92,
 * //     cue: { start: 10, end: 18, text: 'must not' }, explanation: '“must not” forbids an action.' }
 */
export function classifyEnglish(text: string): ToneResult {
  const t = tokenize(text);
  const structure = segment(t, text);
  const c = newContext(t, structure.sub, text);
  for (let i = 0; i < structure.count; i++) {
    const h = scanClause(c, structure.clauses[i]);
    if (h) h.clause = i;
    hits[i] = h;
  }
  const choice = select(hits, structure.clauses, structure.count);
  const mark = finalMark(c);
  const last = mark >= 0 ? t.w[mark] : '';
  let chosen = choice.hit;
  let conf = chosen ? confidence(chosen.strength, choice.conflicting, choice.overridden) : DEFAULT_CONFIDENCE;

  const advice = chosen ? adviceLabel(c, chosen) : null;
  if (advice) chosen = advice;
  if (last === ':') {
    const listed = presentational(c, mark) ?? (chosen ? neutralIntroducer(c, chosen, mark) : null);
    if (listed) {
      chosen = listed;
      conf = confidence(listed.strength, false, false);
    }
  } else if (last === '?' && chosen?.label !== 'encouragement') {
    return {
      label: 'informative',
      confidence: confidence(2, chosen !== null, false),
      cue: { start: t.s[mark], end: t.e[mark], text: text.slice(t.s[mark], t.e[mark]) },
      explanation: explain('informative.question', text.slice(t.s[mark], t.e[mark])),
    };
  }

  if (chosen) {
    // "we will help", "you can share": the subject pronoun right before the cue belongs to it.
    const before = chosen.start - 1;
    const from = before >= 0 && !chosen.imperative && SUBJECT_CUE.has(t.w[before]) ? before : chosen.start;
    return result(text, chosen, conf, t.s[from], t.e[chosen.end - 1]);
  }
  const heading = last !== '.' && last !== '!' && last !== '?' && last !== ':' && last !== ';';
  return {
    label: 'informative',
    confidence: heading ? HEADING_CONFIDENCE : DEFAULT_CONFIDENCE,
    cue: null,
    explanation: explain(heading ? 'informative.heading' : 'informative.default', ''),
  };
}
