/**
 * A small pattern language over tokens, compiled once at module load.
 *
 * Steps are separated by spaces:
 * - `word` or `a|b|c`: one token with one of these folded forms (`n'`, `qu'` for elided forms);
 * - `@NAME`: one token in a named word class;
 * - `-word`: a pronoun attached by a hyphen ("rappelez -vous");
 * - `_`: any word;
 * - `~`: up to three adverbs;
 * - `*N`: a gap of up to N words (never crossing punctuation);
 * - a trailing `?` makes a step optional; a leading `^` marks the head (the token that orders candidates).
 * Punctuation is matched literally (`:`).
 */
import { ADVERBS } from './lexicon.js';
import type { Token } from './tokens.js';

type Step =
  | { kind: 'set'; words: ReadonlySet<string>; opt: boolean; head: boolean; hy: boolean }
  | { kind: 'any'; opt: boolean; head: boolean }
  | { kind: 'adv' }
  | { kind: 'gap'; max: number };

export interface Pattern {
  steps: Step[];
  /** Folded words that can start a match (used to index patterns). */
  first: ReadonlySet<string>;
}

export type Classes = Readonly<Record<string, ReadonlySet<string>>>;

/**
 * Compiles a pattern.
 *
 * @example
 * compile("il est ~ interdit de|d'", {}).first // → Set { 'il' }
 */
export function compile(source: string, classes: Classes): Pattern {
  const steps: Step[] = [];
  for (let raw of source.trim().split(/\s+/)) {
    if (raw === '~') {
      steps.push({ kind: 'adv' });
      continue;
    }
    if (/^\*\d+$/.test(raw)) {
      steps.push({ kind: 'gap', max: Number(raw.slice(1)) });
      continue;
    }
    let head = false;
    let opt = false;
    let hy = false;
    if (raw.startsWith('^')) {
      head = true;
      raw = raw.slice(1);
    }
    if (raw.length > 1 && raw.endsWith('?')) {
      opt = true;
      raw = raw.slice(0, -1);
    }
    if (raw.length > 1 && raw.startsWith('-')) {
      hy = true;
      raw = raw.slice(1);
    }
    if (raw === '_') {
      steps.push({ kind: 'any', opt, head });
      continue;
    }
    let words: ReadonlySet<string>;
    if (raw.startsWith('@')) {
      const cls = classes[raw.slice(1)];
      if (!cls) throw new Error(`unknown word class ${raw}`);
      words = cls;
    } else words = new Set(raw.split('|'));
    steps.push({ kind: 'set', words, opt, head, hy });
  }
  const s0 = steps[0];
  if (s0?.kind !== 'set' || s0.opt) throw new Error(`pattern must start with a required word: ${source}`);
  return { steps, first: s0.words };
}

/** A match: tokens [s, e) and the head index. */
export interface Match {
  s: number;
  e: number;
  head: number;
}

/**
 * Matches `p` at token `i`.
 *
 * @example
 * // tokens of "il est strictement interdit de publier"
 * matchAt(compile("il est ~ interdit de", {}), toks, 0) // → { s: 0, e: 5, head: 0 }
 */
export function matchAt(p: Pattern, toks: readonly Token[], i: number): Match | null {
  const head: [number] = [i];
  const e = step(p.steps, 0, toks, i, head);
  return e < 0 ? null : { s: i, e, head: head[0] };
}

/** Matches steps[si…] from token `ti`; returns the end or -1. `head[0]` receives the head index. */
function step(
  steps: readonly Step[],
  si: number,
  toks: readonly Token[],
  ti: number,
  head: [number],
): number {
  if (si === steps.length) return ti;
  const st = steps[si];
  switch (st.kind) {
    case 'adv': {
      let t = ti;
      for (let k = 0; k < 3 && t < toks.length && ADVERBS.has(toks[t].w); k++) t++;
      return step(steps, si + 1, toks, t, head);
    }
    case 'gap': {
      for (let k = 0; k <= st.max; k++) {
        const r = step(steps, si + 1, toks, ti + k, head);
        if (r >= 0) return r;
        if (ti + k >= toks.length || toks[ti + k].punct) break;
      }
      return -1;
    }
    case 'any':
    case 'set': {
      const t = toks[ti];
      const ok = t !== undefined && (st.kind === 'any' ? !t.punct : st.words.has(t.w) && (!st.hy || t.hy));
      if (ok) {
        const r = step(steps, si + 1, toks, ti + 1, head);
        if (r >= 0) {
          if (st.head) head[0] = ti;
          return r;
        }
      }
      return st.opt ? step(steps, si + 1, toks, ti, head) : -1;
    }
  }
}

/** Patterns indexed by the words that can start them. */
export class PatternIndex<T extends { pattern: Pattern }> {
  private readonly byFirst = new Map<string, T[]>();

  constructor(rules: readonly T[]) {
    for (const r of rules) {
      for (const word of r.pattern.first) {
        const list = this.byFirst.get(word);
        if (list) list.push(r);
        else this.byFirst.set(word, [r]);
      }
    }
  }

  /** Rules that may start at a token with folded form `word`. */
  at(word: string): readonly T[] | undefined {
    return this.byFirst.get(word);
  }
}
