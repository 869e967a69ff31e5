/**
 * Clause structure of one sentence: where each coordinated main clause starts, how it is linked to
 * the previous one, and which tokens sit in a subordinate part (leading "If …, " or "To …, " phrases,
 * relative and complement clauses, parentheses). Cues in subordinate parts never decide the label
 * (taxonomy rule 1).
 */
import {
  ADVERB,
  BASE_VERB,
  COMPLEMENT_TAKER,
  FINITE,
  FUNCTION,
  PREPOSITION,
  STOP,
  SUBJECT_PRONOUN,
  SUBORDINATOR,
} from './tags.js';
import type { TokenList } from './tokens.js';
import { CONSEQUENCE_VERBS, isBaseVerb, isMainVerbForm, lemma, NOUN_OR_VERB } from './verbs.js';
import {
  COMPLEMENT_TAKERS,
  CONNECTIVES,
  DETERMINERS,
  FINITE_AUX,
  FUNCTION_WORDS,
  isAdverb,
  PHRASE_OPENERS,
  PREPOSITIONS,
  SUBORDINATORS,
  TIME_DETERMINERS,
  words,
} from './words.js';

export type Link = 'none' | 'and' | 'but' | 'or' | 'so' | 'semi';

export interface Clause {
  start: number;
  end: number;
  /** First token of the main part, after connectives and leading subordinate phrases. */
  main: number;
  /** How the clause is joined to the previous one. */
  link: Link;
}

export interface Structure {
  clauses: Clause[];
  count: number;
  /** 1 when the token is in a subordinate, relative, complement or parenthetical part. */
  sub: Uint8Array;
}

const shared: Structure = { clauses: [], count: 0, sub: new Uint8Array(256) };

const MEDIAL_SUBORDINATORS = words(
  'if unless because although though whereas while whilst whenever wherever when where whether once lest',
);
const CLAUSE_AFTER = words(
  'they you we he she it i the a an your our their this these those other others any all someone anyone everyone',
);
const PRONOUN_SUBJECTS = words('we you they i he she');
const ABBREVIATIONS = words('e g i etc dr mr mrs ms no st vs inc ltd jr sr co p ex approx dept');
const OBJECT_PRONOUN_STARTS = words('we you they he she i');
// Words other than subordinators, pronouns and prepositions that open a subordinate part.
const OPENS_PART = words('so as now provided given even such who whom whose which that');

function addClause(s: Structure, start: number, end: number, link: Link): void {
  if (end <= start) return;
  const c = s.clauses[s.count];
  if (c) {
    c.start = start;
    c.end = end;
    c.main = start;
    c.link = link;
  } else {
    s.clauses.push({ start, end, main: start, link });
  }
  s.count++;
}

function mark(sub: Uint8Array, from: number, to: number): void {
  for (let k = from; k < to; k++) sub[k] = 1;
}

/** First comma outside parentheses in [from, to), or -1. */
function commaIn(t: TokenList, sub: Uint8Array, from: number, to: number): number {
  for (let k = from; k < to; k++) if (t.w[k] === ',' && t.word[k] === 0 && sub[k] === 0) return k;
  return -1;
}

function hasFinite(t: TokenList, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((t.tag[k] & FINITE) !== 0) return true;
  return false;
}

/** A subject pronoun that starts the main clause after a leading "If …" written without a comma. */
function pronounMain(t: TokenList, from: number, to: number): number {
  for (let k = from + 2; k < to - 1; k++) {
    if (!PRONOUN_SUBJECTS.has(t.w[k])) continue;
    const prev = t.w[k - 1];
    if (t.word[k - 1] === 0 || SUBORDINATORS.has(prev) || PREPOSITIONS.has(prev) || FUNCTION_WORDS.has(prev))
      continue;
    const next = t.w[k + 1];
    if (FINITE_AUX.has(next) || lemma(next) !== undefined) return k;
  }
  return -1;
}

function isListMark(w: string): boolean {
  return /^(?:\d{1,3}|[a-h]|[ivx]{1,4})$/.test(w);
}

function isParticipleOpener(w: string): boolean {
  return w.length > 4 && (w.endsWith('ing') || w.endsWith('ed')) && !isBaseVerb(w);
}

/** Skips connectives and leading subordinate phrases; returns the main clause's first token. */
function stripOpeners(t: TokenList, sub: Uint8Array, start: number, end: number): number {
  let j = start;
  // A list number or letter ("1.", "2)", "a.") is no part of the clause.
  if (j + 1 < end && isListMark(t.w[j]) && (t.w[j + 1] === '.' || t.w[j + 1] === ')')) {
    sub[j] = 1;
    j++;
  }
  for (let guard = 0; guard < 6 && j < end; guard++) {
    while (j < end && (t.word[j] === 0 || (CONNECTIVES.has(t.w[j]) && t.w[j + 1] !== 'that'))) {
      // Keep "No", "Only" and quotes' words; skip punctuation and connectives.
      sub[j] = 1;
      j++;
    }
    if (j >= end) break;
    const w = t.w[j];
    const next = t.w[j + 1];
    const comma = commaIn(t, sub, j, end);
    const subordinator =
      SUBORDINATORS.has(w) ||
      (w === 'even' && (next === 'if' || next === 'though' || next === 'when')) ||
      (w === 'in' && next === 'case') ||
      ((w === 'now' || w === 'given') && next === 'that');
    if (subordinator) {
      if (comma > 0) {
        mark(sub, j, comma + 1);
        j = comma + 1;
        continue;
      }
      const k = pronounMain(t, j, end);
      if (k > 0) {
        mark(sub, j, k);
        j = k;
        continue;
      }
      break;
    }
    // "Under no circumstances" and "At no time" carry the prohibition: never strip them.
    if (next === 'no') break;
    const phrase =
      PHRASE_OPENERS.has(w) ||
      isParticipleOpener(w) ||
      (isAdverb(w) && next === ',' && w.endsWith('ly')) ||
      (TIME_DETERMINERS.has(w) && comma > 0 && comma - j <= 4);
    if (phrase && comma > 0 && comma - j <= 24 && !hasFinite(t, j, comma)) {
      mark(sub, j, comma + 1);
      j = comma + 1;
      continue;
    }
    break;
  }
  return j;
}

/**
 * End of a subordinate or relative part that starts at `from`: the next comma or clause end, or,
 * when `stopAtVerb`, the first auxiliary after the part's own verb ("Users who break the rules | may be
 * blocked"). `found` tells whether it stopped at such an auxiliary.
 */
function regionEnd(
  t: TokenList,
  from: number,
  to: number,
  stopAtVerb: boolean,
): { end: number; found: boolean } {
  for (let j = from + 1; j < to; j++) {
    const w = t.w[j];
    if (t.word[j] === 0 && (w === ',' || w === ';' || w === ':' || w === '—'))
      return { end: j, found: false };
    if (stopAtVerb && j >= from + 2 && (t.tag[j] & STOP) !== 0) return { end: j, found: true };
    if (stopAtVerb && j >= from + 3 && isMainVerbForm(w) && isNounLike(t, j - 1))
      return { end: j, found: true };
  }
  return { end: to, found: false };
}

function isNounLike(t: TokenList, k: number): boolean {
  return t.word[k] === 1 && (t.tag[k] & (FUNCTION | COMPLEMENT_TAKER | ADVERB)) === 0;
}

/** Marks relative, complement and adverbial clauses inside one clause's main part. */
function markInner(t: TokenList, sub: Uint8Array, c: Clause): void {
  let seenFinite = false;
  for (let i = c.main; i < c.end; i++) {
    if (sub[i] || t.word[i] === 0) continue;
    const w = t.w[i];
    const tag = t.tag[i];
    const next = t.w[i + 1];
    if ((tag & STOP) !== 0 || (i === c.main && (tag & BASE_VERB) !== 0) || w === 'never') seenFinite = true;
    else if (i - 1 === c.main && (t.tag[i - 1] & SUBJECT_PRONOUN) !== 0) seenFinite = true;
    if (i === c.main) continue;
    // Most tokens open nothing: test the few words that do before anything else.
    if ((tag & (SUBORDINATOR | SUBJECT_PRONOUN | PREPOSITION)) === 0 && !OPENS_PART.has(w)) continue;
    const prev = t.w[i - 1];
    const adverbial =
      MEDIAL_SUBORDINATORS.has(w) ||
      ((w === 'before' || w === 'after' || w === 'until' || w === 'till' || w === 'since') &&
        CLAUSE_AFTER.has(next)) ||
      (w === 'so' && next === 'that') ||
      (w === 'as' && (next === 'long' || next === 'soon')) ||
      ((w === 'provided' || w === 'given' || w === 'now') && next === 'that') ||
      (w === 'in' && next === 'case') ||
      (w === 'even' && (next === 'if' || next === 'though' || next === 'when'));
    if (adverbial) {
      const r = regionEnd(t, i, c.end, !seenFinite);
      mark(sub, i, r.end);
      i = r.end - 1;
      continue;
    }
    // Examples in apposition: "such as phone numbers and addresses", "including blogs".
    if (
      (w === 'such' && next === 'as') ||
      w === 'including' ||
      (w === 'for' && (next === 'example' || next === 'instance'))
    ) {
      const r = regionEnd(t, i, c.end, false);
      mark(sub, i, r.end);
      i = r.end - 1;
      continue;
    }
    if (w === 'who' || w === 'whom' || w === 'whose' || w === 'which') {
      const r = regionEnd(t, i, c.end, true);
      mark(sub, i, r.end);
      i = r.end - 1;
      continue;
    }
    if (w === 'that') {
      // "This means that …" keeps the complement as the main content.
      if (prev === 'means' || prev === 'mean') continue;
      const known = lemma(prev);
      // A verb before "that" opens a complement; a plural-looking word is a noun ("pictures that").
      const verbBefore = known !== undefined && !NOUN_OR_VERB.has(known) && !prev.endsWith('s');
      if (COMPLEMENT_TAKERS.has(prev) || (verbBefore && !DETERMINERS.has(prev))) {
        mark(sub, i, c.end);
        return;
      }
      if (isNounLike(t, i - 1)) {
        const r = regionEnd(t, i, c.end, true);
        mark(sub, i, r.end);
        i = r.end - 1;
      }
      continue;
    }
    // A reduced relative: "anything you would not want …", "Some reasons we may delete … are listed".
    // "could expose you to …", "may cost you …": after a consequence verb the pronoun is its object.
    if (
      OBJECT_PRONOUN_STARTS.has(w) &&
      isNounLike(t, i - 1) &&
      !PREPOSITIONS.has(prev) &&
      !CONSEQUENCE_VERBS.has(lemma(prev) ?? '')
    ) {
      const r = regionEnd(t, i, c.end, true);
      if (seenFinite || r.found) {
        mark(sub, i, r.end);
        i = r.end - 1;
      }
    }
  }
}

/** Whether a '.', '!' or '?' inside the sentence ends a clause (not "e.g." or "1.5"). */
function endsInside(t: TokenList, text: string, k: number): boolean {
  if (k + 1 >= t.n || t.word[k + 1] === 0) return false;
  const prev = t.w[k - 1] ?? '';
  if (t.w[k] === '.' && (prev.length <= 1 || ABBREVIATIONS.has(prev))) return false;
  const c = text.charCodeAt(t.s[k + 1]);
  return c >= 65 && c <= 90;
}

/**
 * Splits the sentence's tokens into coordinated clauses and marks subordinate tokens.
 *
 * @example
 * const s = segment(tokenize('If you wish, you can post.'), 'If you wish, you can post.');
 * s.clauses[0].main // → 4 (the token "you" after the comma)
 */
export function segment(t: TokenList, text: string): Structure {
  const s = shared;
  if (s.sub.length < t.n + 1) s.sub = new Uint8Array(t.n * 2 + 16);
  const sub = s.sub;
  sub.fill(0, 0, t.n + 1);
  s.count = 0;

  // Parentheses and brackets are asides.
  let depth = 0;
  for (let k = 0; k < t.n; k++) {
    const w = t.w[k];
    if (t.word[k] === 0 && (w === '(' || w === '[')) depth++;
    if (depth > 0) sub[k] = 1;
    if (t.word[k] === 0 && (w === ')' || w === ']') && depth > 0) depth--;
  }

  let start = 0;
  let link: Link = 'none';
  for (let k = 0; k < t.n; k++) {
    if (sub[k]) continue;
    const w = t.w[k];
    const next = t.w[k + 1];
    if (t.word[k] === 0) {
      const last = k === t.n - 1;
      if (w === ';' || w === '—' || (w === '-' && !last) || (w === ':' && !last)) {
        addClause(s, start, k + 1, link);
        start = k + 1;
        link = 'semi';
      } else if ((w === '.' || w === '!' || w === '?') && endsInside(t, text, k)) {
        addClause(s, start, k + 1, link);
        start = k + 1;
        link = 'semi';
      } else if (
        w === ',' &&
        (next === 'and' || next === 'but' || next === 'or' || next === 'so' || next === 'yet')
      ) {
        addClause(s, start, k + 1, link);
        start = k + 1;
        link = next === 'yet' ? 'but' : next;
        k++;
      }
      continue;
    }
    if (k > start && (w === 'but' || w === 'yet') && next !== 'also' && next !== 'not') {
      addClause(s, start, k, link);
      start = k;
      link = 'but';
    } else if (k > start && (w === 'and' || w === 'so') && PRONOUN_SUBJECTS.has(next)) {
      addClause(s, start, k, link);
      start = k;
      link = w;
    } else if (k > start && w === 'and' && (next === 'our' || next === 'your' || next === 'their')) {
      // "… and our team will look into it": a new clause only when a verb group follows its subject.
      for (let j = k + 2; j < Math.min(t.n, k + 6); j++) {
        if ((t.tag[j] & STOP) !== 0) {
          addClause(s, start, k, link);
          start = k;
          link = 'and';
          break;
        }
        if (t.word[j] === 0) break;
      }
    }
  }
  addClause(s, start, t.n, link);

  for (let ci = 0; ci < s.count; ci++) {
    const c = s.clauses[ci];
    c.main = stripOpeners(t, sub, c.start, c.end);
    markInner(t, sub, c);
  }
  return s;
}
