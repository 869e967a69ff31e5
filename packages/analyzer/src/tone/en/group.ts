/**
 * Verb groups: a modal or auxiliary chain with its negation and its head ("must not post",
 * "are not permitted", "will be removed", "do not have to", "may also be used").
 */
import type { TokenList } from './tokens.js';
import { BE, DO, HAVE, isAdverb, MODALS } from './words.js';

/** The modal meaning of a group; semi-modals get their own names. */
export type Modal =
  | ''
  | 'must'
  | 'shall'
  | 'should'
  | 'may'
  | 'might'
  | 'can'
  | 'could'
  | 'will'
  | 'would'
  | 'ought'
  | 'have-to'
  | 'need-to'
  | 'be-to';

export interface Group {
  start: number;
  /** Token after the head. */
  end: number;
  modal: Modal;
  /** "not" or "never" inside the group. */
  neg: boolean;
  /** "may only", "can only": a restriction. */
  only: boolean;
  /** A form of "be" precedes the head: the head is a participle or a predicate. */
  be: boolean;
  /** "do" support ("do not tolerate", "does not require"). */
  doAux: boolean;
  /** The lexical verb or predicate word; -1 when the group ends before one. */
  head: number;
}

const group: Group = {
  start: 0,
  end: 0,
  modal: '',
  neg: false,
  only: false,
  be: false,
  doAux: false,
  head: -1,
};

function skipAdverbs(t: TokenList, k: number, g: Group): number {
  while (k < t.n) {
    const w = t.w[k];
    if (w === 'not' || w === 'never') g.neg = true;
    else if (w === 'only') g.only = true;
    else if (!isAdverb(w) && w !== 'ever') break;
    k++;
  }
  return k;
}

function isHave(t: TokenList, k: number): boolean {
  return HAVE.has(t.w[k]);
}

/**
 * Parses the verb group that starts at token `i` (a modal, an auxiliary or a lexical verb). The
 * returned object is reused by the next call.
 *
 * @example
 * const t = tokenize('Staff must not be listed.');
 * parseGroup(t, 1) // → { modal: 'must', neg: true, be: true, head: 4, … }
 */
export function parseGroup(t: TokenList, i: number): Group {
  const g = group;
  g.start = i;
  g.modal = '';
  g.neg = false;
  g.only = false;
  g.be = false;
  g.doAux = false;
  g.head = -1;
  let k = i;
  const w0 = t.w[i];
  if (MODALS.has(w0)) {
    g.modal = w0 as Modal;
    k++;
    if (w0 === 'ought' && t.w[k] === 'to') k++;
  } else if (DO.has(w0)) {
    g.doAux = true;
    k++;
  } else if (HAVE.has(w0) && t.w[i + 1] === 'to') {
    g.modal = 'have-to';
    k += 2;
  } else if ((w0 === 'need' || w0 === 'needs') && t.w[i + 1] === 'to') {
    g.modal = 'need-to';
    k += 2;
  } else if (w0 === 'need' && t.w[i + 1] === 'not') {
    g.modal = 'need-to';
    g.neg = true;
    k += 2;
  } else if (BE.has(w0)) {
    g.be = true;
    k++;
  } else if (HAVE.has(w0)) {
    k++;
    if (t.w[k] === 'been') {
      g.be = true;
      k++;
    } else {
      // Lexical "have" ("have the right to", "has no place") unless a participle follows.
      const next = t.w[k] ?? '';
      if (!(next.endsWith('ed') || next === 'set' || next === 'made')) k--;
    }
  }
  k = skipAdverbs(t, k, g);
  // "may, with the principal's approval, create": an aside between the modal and its verb.
  if (g.modal !== '' && t.w[k] === ',') {
    for (let j = k + 1; j < Math.min(t.n, k + 12); j++) {
      if (t.w[j] === ',') {
        k = skipAdverbs(t, j + 1, g);
        break;
      }
    }
  }
  if (!g.be) {
    if ((g.doAux || g.modal !== '') && isHave(t, k) && t.w[k + 1] === 'to') {
      g.modal = 'have-to';
      k = skipAdverbs(t, k + 2, g);
    } else if (
      (g.doAux || g.modal !== '') &&
      (t.w[k] === 'need' || t.w[k] === 'needs') &&
      t.w[k + 1] === 'to'
    ) {
      g.modal = 'need-to';
      k = skipAdverbs(t, k + 2, g);
    }
    if (g.modal !== '' && isHave(t, k) && t.w[k + 1] === 'been') {
      g.be = true;
      k = skipAdverbs(t, k + 2, g);
    } else if (BE.has(t.w[k]) && t.w[k] !== 'been' && (g.modal !== '' || g.doAux)) {
      g.be = true;
      k = skipAdverbs(t, k + 1, g);
    }
  }
  if (g.be) {
    if (t.w[k] === 'being' || t.w[k] === 'been') k = skipAdverbs(t, k + 1, g);
    // "are to report", "are not to be used": a duty.
    if (t.w[k] === 'to' && t.word[k + 1] === 1 && g.modal === '') {
      g.modal = 'be-to';
      g.be = false;
      k = skipAdverbs(t, k + 1, g);
      if (t.w[k] === 'be') {
        g.be = true;
        k = skipAdverbs(t, k + 1, g);
      }
    }
  }
  g.head = k < t.n && t.word[k] === 1 ? k : -1;
  g.end = g.head >= 0 ? g.head + 1 : k;
  return g;
}
