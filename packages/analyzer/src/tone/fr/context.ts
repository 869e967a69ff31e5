/**
 * The state shared by the grammar's passes over one sentence: its tokens, which of them lie outside
 * the main clause, and the candidate labels found so far.
 */
import type { ToneLabel } from '../../types.js';
import { F, flaggedWords } from './lexicon.js';
import type { Token } from './tokens.js';
import { type VerbEntry, verbForms } from './verbs.js';

/** What is known of a word: its closed-class flags and its verb readings, in one lookup. */
interface WordInfo {
  fl: number;
  ve: readonly VerbEntry[] | undefined;
}

const WORDS = (() => {
  const map = new Map<string, WordInfo>();
  for (const [form, ve] of verbForms()) map.set(form, { fl: 0, ve });
  for (const [word, fl] of flaggedWords()) {
    const known = map.get(word);
    if (known) known.fl = fl;
    else map.set(word, { fl, ve: undefined });
  }
  return map;
})();

/** Why a candidate was proposed; `explain.ts` turns it into a French sentence. */
export type Why =
  | 'lexical'
  | 'modal'
  | 'negated-permission'
  | 'negated-obligation'
  | 'negated-prohibition'
  | 'negated-commitment'
  | 'negated-sanction'
  | 'reassurance'
  | 'negated-complement'
  | 'avoid-complement'
  | 'only'
  | 'imperative'
  | 'imperative-negative'
  | 'imperative-invite'
  | 'imperative-advice'
  | 'imperative-litote'
  | 'infinitive'
  | 'infinitive-negative'
  | 'polite'
  | 'reader-pledge'
  | 'reader-agrees'
  | 'org-pledge'
  | 'org-future'
  | 'org-help'
  | 'org-general'
  | 'org-removal'
  | 'org-control'
  | 'breach-consequence'
  | 'penalty'
  | 'reserve-remove'
  | 'reserve'
  | 'passive-valorize'
  | 'passive-benefit'
  | 'passive-removal'
  | 'epistemic'
  | 'suggestion'
  | 'definition'
  | 'recognize'
  | 'question'
  | 'invitation-question'
  | 'frame-advice'
  | 'frame-note'
  | 'disclaimer'
  | 'nature'
  | 'none';

/** A label proposed by one rule. `head` orders candidates; `s`..`e` (token indexes, `e` exclusive) is the cue. */
export interface Candidate {
  label: ToneLabel;
  conf: number;
  head: number;
  s: number;
  e: number;
  why: Why;
}

export interface Ctx {
  text: string;
  toks: Token[];
  /** 1 for tokens outside the main clause: leading adverbial or subordinate clauses, second clause. */
  sub: number[];
  /** Closed-class flags of each token (`F` in lexicon.ts), looked up once. */
  fl: number[];
  /** Verb readings of each token, looked up once (undefined: not a verb form). */
  ve: Array<readonly VerbEntry[] | undefined>;
  /** First token of the main clause. */
  mainStart: number;
  /** A breach is named before the main clause ("En cas de manquement, …", "Si vous enfreignez …"). */
  breachLead: boolean;
  cands: Candidate[];
  /** Subjects already found, by verb index (see subject.ts); allocated on first use. */
  subjects: unknown[] | null;
}

/**
 * A fresh context for the tokens of `text`.
 *
 * @example
 * newContext('Respectez les autres.', toks).mainStart // → 0
 */
export function newContext(text: string, toks: Token[]): Ctx {
  const ve = new Array<readonly VerbEntry[] | undefined>(toks.length);
  const fl: number[] = [];
  const sub: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    sub.push(0);
    const info = t.punct ? undefined : WORDS.get(t.w);
    fl.push(info ? info.fl : 0);
    if (!info) continue;
    // Folding merges the preposition "à" with the verb "a": the original accent tells them apart.
    const prep = t.w === 'a' && text.charCodeAt(t.s) !== 97 && text.charCodeAt(t.s) !== 65;
    ve[i] = prep ? undefined : info.ve;
  }
  return {
    text,
    toks,
    fl,
    ve,
    sub,
    mainStart: 0,
    breachLead: false,
    cands: [],
    subjects: null,
  };
}

/**
 * The verb readings of token `i` (undefined out of range or when it is not a verb form).
 *
 * @example
 * // tokens of "Vous devez publier": entriesAt(ctx, 1)?.[0].lemma → 'devoir'
 */
export function entriesAt(c: Ctx, i: number): readonly VerbEntry[] | undefined {
  return i >= 0 && i < c.ve.length ? c.ve[i] : undefined;
}

/**
 * Whether token `i` has one of the closed-class flags `flag` (`F` in lexicon.ts).
 *
 * @example
 * // tokens of "Nous ne tolérons pas": is(ctx, 1, F.NE) → true
 */
export function is(c: Ctx, i: number, flag: number): boolean {
  return i >= 0 && i < c.fl.length && (c.fl[i] & flag) !== 0;
}

/**
 * The folded word at `i`, or '' out of range.
 *
 * @example
 * // tokens of "Il est interdit": w(ctx, 2) → 'interdit'; w(ctx, 9) → ''
 */
export function w(c: Ctx, i: number): string {
  return i >= 0 && i < c.toks.length ? c.toks[i].w : '';
}

/** What a rule returns: `true` when it proposed a candidate. */
export type Proposed = true | undefined;

/**
 * Adds a candidate; returns `true` so that a rule can `return propose(…)`.
 *
 * @example
 * // propose(ctx, 'prohibition', 0.9, 2, 0, 3, 'lexical') adds a candidate headed by token 2
 */
export function propose(
  c: Ctx,
  label: ToneLabel,
  conf: number,
  head: number,
  s: number,
  e: number,
  why: Why,
): true {
  c.cands.push({ label, conf, head, s: Math.max(0, s), e: Math.min(c.toks.length, Math.max(e, s + 1)), why });
  return true;
}

/**
 * First index ≥ i that is not an adverb (at most `max` skipped).
 *
 * @example
 * // tokens of "est strictement interdit": skipAdverbs(ctx, 1) → 2
 */
export function skipAdverbs(c: Ctx, i: number, max = 3): number {
  let k = 0;
  while (k < max && i < c.toks.length && is(c, i, F.ADVERBS)) {
    i++;
    k++;
  }
  return i;
}

/**
 * Walks back from `i - 1` over clitics and "ne": the index of the first token of that run.
 *
 * @example
 * // tokens of "vous ne le publiez": cliticRunStart(ctx, 3) → 1
 */
export function cliticRunStart(c: Ctx, i: number): number {
  let j = i - 1;
  while (j >= 0 && !c.toks[j].hy && (is(c, j, F.CLITICS) || is(c, j, F.NE))) j--;
  return j + 1;
}
