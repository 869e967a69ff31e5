/**
 * Sentence structure: which tokens belong to the main clause. Leading adverbial and subordinate
 * phrases ("Afin de…, ", "Si vous…, ", "En cas de…, ", "Par ailleurs, "), subordinate clauses inside
 * the sentence ("…, si vous le souhaitez, …", "… afin que …"), parentheses, and a second main clause
 * after "et", ";" or ":" once the first has its verb (rule 12) are marked outside it (`ctx.sub`).
 * Framing openers ("Notez que", "N'oubliez pas que") are stripped: the clause they introduce decides.
 */
import { type Ctx, entriesAt, is, w } from './context.js';
import { DETERMINERS, F, SUBJECT_PRONOUNS } from './lexicon.js';
import { compile, matchAt, type Pattern, PatternIndex } from './pattern.js';
import { isFiniteAt, isInRelative } from './scope.js';
import { namesBreach } from './subject.js';
import { FINITE } from './verbs.js';

/** A framing opener whose clause decides; `fallback` labels the sentence when that clause has no force. */
export interface Frame {
  s: number;
  e: number;
  fallback: 'informative' | 'recommendation';
}

const FRAMES: Array<{ pattern: Pattern; fallback: Frame['fallback'] }> = [
  ...[
    "notez bien? que|qu'",
    "veuillez noter que|qu'",
    "prenez note que|qu'",
    "il est a noter que|qu'",
    'a noter :',
    'rappel :',
    'important :',
    'a savoir :',
    "nous vous? rappelons que|qu'",
    "rappelons que|qu'",
    "il est rappele que|qu'",
    "precisons que|qu'",
    "soulignons que|qu'",
    "il faut savoir|noter que|qu'",
    "il convient|importe de|d' noter|rappeler|preciser|souligner que|qu'",
    "il est bon de rappeler que|qu'",
    "nous tenons a rappeler|preciser|souligner que|qu'",
    "nous precisons que|qu'",
    "on rappelle que|qu'",
  ].map((p) => ({ pattern: compile(p, {}), fallback: 'informative' as const })),
  ...[
    "sachez que|qu'",
    "gardez a l' esprit que|qu'",
    "gardez en tete|memoire que|qu'",
    "ayez en tete que|qu'",
    "n' oubliez pas|jamais que|qu'",
    "rappelez -vous bien? que|qu'",
    "souvenez -vous que|qu'",
    "soyez conscient|consciente|conscients|conscientes du fait? que|qu'",
    "tenez compte du fait que|qu'",
    "retenez que|qu'",
  ].map((p) => ({ pattern: compile(p, {}), fallback: 'recommendation' as const })),
];

const FRAME_INDEX = new PatternIndex(FRAMES);

/** Words after which a comma-bounded phrase is a leading adverbial, not the main clause. */
function startsLead(c: Ctx, i: number): boolean {
  const t = w(c, i);
  if (is(c, i, F.LEAD_STARTERS | F.SUBORDINATORS)) return true;
  if ((t === 'une' || t === 'chaque' || t === 'a') && w(c, i + 1) === 'fois') return true;
  // A leading participle: "Implantés depuis des années, les réseaux sociaux…"; "En publiant, …".
  if (t.endsWith('ant') && t.length > 4) return true;
  if (t.length < 4 || !(t.endsWith('e') || t.endsWith('es'))) return false;
  const orig = c.text.slice(c.toks[i].s, c.toks[i].e).toLowerCase();
  return /(?:é|ée|és|ées)$/.test(orig) && !is(c, i - 1, F.NE);
}

/** Index of the next comma at depth 0 from `i` (parentheses and quotes skipped), or -1. */
function nextComma(c: Ctx, i: number): number {
  let depth = 0;
  for (let k = i; k < c.toks.length; k++) {
    const t = c.toks[k].w;
    if (t === '(' || t === '«') depth++;
    else if ((t === ')' || t === '»') && depth > 0) depth--;
    else if (depth === 0) {
      if (t === ',') return k;
      if (t === ';' || t === ':' || t === '—') return -1;
    }
  }
  return -1;
}

/**
 * Skips what opens a list item or a quoted rule: bullets and dashes, "(", "«", and markers such as
 * "1.", "3.2", "a)". Returns the first token of the sentence proper.
 */
function skipMarkers(c: Ctx): number {
  let p = 0;
  for (;;) {
    const t = c.toks[p];
    if (!t) return p;
    if (t.punct && t.w !== '?' && t.w !== '!') {
      p++;
      continue;
    }
    // Section numbers "3.2.1" and their final "." or ")".
    let q = p;
    while (/^\d{1,3}$/.test(w(c, q)) && w(c, q + 1) === '.' && /^\d{1,3}$/.test(w(c, q + 2))) q += 2;
    const next = c.toks[q + 1];
    const numbered = /^\d{1,3}$/.test(w(c, q)) && q > p;
    const marker =
      /^(?:\d{1,3}|[a-h]|[ivx]{1,4})$/.test(w(c, q)) && next && (next.w === ')' || next.w === '.');
    if (marker && q + 2 < c.toks.length) p = q + 2;
    else if (numbered && q + 1 < c.toks.length) p = q + 1;
    else return p;
  }
}

/** Marks leading phrases from `p`; returns the first token after them. */
function skipLeading(c: Ctx, p: number): number {
  for (;;) {
    let q = p;
    while (q < c.toks.length && (is(c, q, F.CLAUSE_ADVERBS) || w(c, q) === ',')) q++;
    if (q >= c.toks.length || !startsLead(c, q)) {
      if (q > p && w(c, q - 1) === ',') return q;
      return p;
    }
    const k = nextComma(c, q);
    if (k < 0 || k >= c.toks.length - 2) return p;
    for (let m = p; m <= k; m++) c.sub[m] = 1;
    if (namesBreach(c, q, k)) c.breachLead = true;
    p = k + 1;
  }
}

/** Subordinators inside the sentence that open a clause running to the next comma. */
function opensSubordinate(c: Ctx, i: number): boolean {
  const t = w(c, i);
  const next = w(c, i + 1);
  switch (t) {
    case 'si':
    case 'lorsque':
    case "lorsqu'":
    case 'quand':
    case 'afin':
    case 'puisque':
    case "puisqu'":
    case 'quoique':
    case 'pourvu':
      return true;
    case "s'":
      return next === 'il' || next === 'ils';
    case 'parce':
    case 'bien':
    case 'sans':
    case 'tandis':
    case 'apres':
      return next === 'que' || next === "qu'";
    case 'pour':
    case 'avant':
      return next === 'que' || next === "qu'" || (t === 'avant' && (next === 'de' || next === "d'"));
    case 'meme':
      return next === 'si' || next === "s'";
    case 'sauf':
      return next === 'si' || next === 'que' || next === 'lorsque';
    case 'a':
      return next === 'moins' || next === 'condition';
    case 'des':
    case 'tant':
    case 'alors':
      return next === 'que' || next === "qu'" || (t === 'des' && next === 'lors');
    case 'chaque':
      return next === 'fois';
    default:
      return false;
  }
}

/** Whether a new clause starts at `k`: a subject then a finite verb, or a finite verb (shared subject). */
function startsClause(c: Ctx, k: number): boolean {
  let i = k;
  while (i < c.toks.length && (is(c, i, F.NE) || is(c, i, F.CLITICS))) i++;
  if (i > k && entriesAt(c, i)?.some((e) => e.mask & FINITE)) return true; // "et s'engage", "et ne doit"
  if (isFiniteAt(c, k)) return true; // "et doivent"
  const t = w(c, k);
  if (!SUBJECT_PRONOUNS.has(t) && !DETERMINERS.has(t)) return false;
  for (let j = k + 1; j < c.toks.length && j <= k + 8; j++) {
    if (c.toks[j].punct) return false;
    if (isFiniteAt(c, j)) return true;
  }
  return false;
}

const BOUNDARIES = new Set(['et', ';', ':', '—']);

/** Marks the second main clause (rule 12) once the first has a finite verb. */
function markSecondClause(c: Ctx): void {
  let boundary = -1;
  for (let i = c.mainStart + 1; i < c.toks.length - 1 && boundary < 0; i++) {
    if (BOUNDARIES.has(c.toks[i].w) && !c.sub[i]) boundary = i;
  }
  if (boundary < 0) return;
  // The first finite verb of the main clause (outside relative clauses), if any.
  let first = -1;
  for (let i = c.mainStart; i < c.toks.length && first < 0; i++) {
    if (!c.sub[i] && !c.toks[i].punct && isFiniteAt(c, i) && !isInRelative(c, i, c.mainStart)) first = i;
  }
  if (first < 0) return;
  for (let i = Math.max(boundary, first + 1); i < c.toks.length - 1; i++) {
    const t = c.toks[i];
    if (c.sub[i] || !BOUNDARIES.has(t.w)) continue;
    if (t.w !== 'et' || startsClause(c, i + 1)) {
      for (let m = i; m < c.toks.length; m++) c.sub[m] = 1;
      return;
    }
  }
}

/** Marks subordinate clauses and parentheses inside the main clause. */
function markInnerSubordinates(c: Ctx): void {
  let paren = 0;
  for (let i = c.mainStart; i < c.toks.length; i++) {
    const t = c.toks[i].w;
    if (t === '(') paren++;
    if (paren > 0) c.sub[i] = 1;
    if (t === ')' && paren > 0) paren--;
    if (paren === 0 && is(c, i, F.INNER_STARTS) && opensSubordinate(c, i)) {
      let k = i;
      while (k < c.toks.length && c.toks[k].w !== ',' && c.toks[k].w !== ';') c.sub[k++] = 1;
      i = k;
    }
  }
}

/**
 * Finds the main clause of the sentence and marks everything else in `ctx.sub`.
 * Returns the framing opener, if any.
 *
 * @example
 * // "Afin de protéger la vie privée, il est interdit de publier…": mainStart → index of "il"
 */
export function analyzeClauses(c: Ctx): Frame | null {
  let p = skipMarkers(c);
  p = skipLeading(c, p);
  let frame: Frame | null = null;
  for (const f of FRAME_INDEX.at(w(c, p)) ?? []) {
    const m = matchAt(f.pattern, c.toks, p);
    if (m && m.e < c.toks.length) {
      frame = { s: m.s, e: m.e, fallback: f.fallback };
      for (let k = p; k < m.e; k++) c.sub[k] = 1;
      p = skipLeading(c, m.e);
      break;
    }
  }
  c.mainStart = p;
  markInnerSubordinates(c);
  markSecondClause(c);
  return frame;
}
