/** What every rule may look at: the tokens, the subordinate marks, and a few sentence-wide facts. */
import { emptyTokens, type TokenList } from './tokens.js';
import { lemma, SANCTION_NOUNS } from './verbs.js';

export interface Context {
  t: TokenList;
  sub: Uint8Array;
  text: string;
  /** Cached answer of `breachInView` (-1: not computed yet). */
  breach: number;
  /**
   * The clause being scanned speaks of frequency ("Sometimes posts can't be scheduled"): its "can" and
   * "may" tell what happens, not what is allowed.
   */
  circumstantial: boolean;
}

const context: Context = {
  t: emptyTokens(0),
  sub: new Uint8Array(0),
  text: '',
  breach: -1,
  circumstantial: false,
};

/** Resets the shared context for a new sentence. */
export function newContext(t: TokenList, sub: Uint8Array, text: string): Context {
  context.t = t;
  context.sub = sub;
  context.text = text;
  context.breach = -1;
  return context;
}

// Stems of breaches of a rule: a removal "for posts that violate …" is a sanction (taxonomy rule 11).
const BREACH =
  /\b(?:violat|breach|break|broke|infring|fail|non-?complian|misconduct|misus|abus|inappropriate|offensive|unacceptable|contrary|harass|hate|hateful|spam|illegal|unlawful|obscen|profan|defamat|discriminat|threat|violent|improper|unsuitable|objectionable|offen[cds]|infraction|prohibited|disrespect|vulgar|off-topic|foul|insult|bull[yi]|troll|attack|slur|racis|sexis|pornograph|libel|slander|plagiar|impersonat|scam|phishing|unauthori[sz]ed|without (?:prior |written )?(?:approval|permission|authori[sz]ation|consent))/i;

/** Whether the sentence speaks of a breach of the rules (memoized per sentence). */
export function breachInView(c: Context): boolean {
  if (c.breach < 0) c.breach = BREACH.test(c.text) ? 1 : 0;
  return c.breach === 1;
}

/** Whether tokens [from, to) speak of a breach. */
export function breachIn(c: Context, from: number, to: number): boolean {
  if (to <= from) return false;
  return BREACH.test(c.text.slice(c.t.s[from], c.t.e[to - 1]));
}

const LIABILITY = new Set(['liability', 'responsibility']);

/**
 * Whether "accept" at `verb` takes liability or responsibility as object ("will not accept any
 * liability"): a disclaimer, not a refusal of behaviour.
 *
 * @example
 * // "We accept no responsibility for outages." with "accept" at token 1
 * acceptsLiability(ctx, 1) // → true
 */
export function acceptsLiability(c: Context, verb: number): boolean {
  for (let k = verb + 1; k < verb + 3; k++) if (LIABILITY.has(c.t.w[k])) return true;
  return false;
}

/** Index of the first sanction noun in the `span` tokens after `from`, or -1. */
export function sanctionNounAfter(c: Context, from: number, span: number): number {
  const t = c.t;
  const to = Math.min(t.n, from + span);
  for (let k = from; k < to; k++) {
    const w = t.w[k];
    // The object ends with the clause: "if your comment is removed" names no sanction of the main verb.
    if (w === ';' || w === '.' || c.sub[k] === 1) return -1;
    // "administrative measures", "corrective action": measures are sanctions only when qualified.
    if (MEASURE_NOUNS.has(w) && MEASURE_QUALIFIERS.has(t.w[k - 1])) return k;
    if (SANCTION_NOUNS.has(w) && w !== 'action') {
      // "disciplinary action": the cue ends with the noun the adjective qualifies.
      return (w === 'disciplinary' || w === 'legal' || w === 'criminal') && t.word[k + 1] === 1 ? k + 1 : k;
    }
    // "losing access", "being blocked": a measure named by a verb form.
    const base = lemma(w);
    if (base !== undefined && (w.endsWith('ing') || w.endsWith('ed')) && SANCTION_STEMS.has(base)) return k;
  }
  return -1;
}

const MEASURE_NOUNS = new Set(['action', 'actions', 'measure', 'measures', 'proceedings', 'steps']);
const MEASURE_QUALIFIERS = new Set([
  'disciplinary',
  'administrative',
  'legal',
  'corrective',
  'punitive',
  'judicial',
  'criminal',
]);

const SANCTION_STEMS = new Set([
  'remove',
  'delete',
  'block',
  'ban',
  'suspend',
  'terminate',
  'revoke',
  'restrict',
  'close',
  'lose',
  'expel',
  'dismiss',
  'discipline',
  'report',
  'bar',
  'disable',
  'deny',
  'prosecute',
  'penalize',
  'sanction',
]);
