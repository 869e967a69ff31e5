/**
 * What a verb governs: the infinitive after a modal ("peut se voir retirer", "doit être approuvé"),
 * after "de"/"à" ("se réserve le droit de masquer"), or the participle of a passive.
 */
import { type Ctx, is, skipAdverbs, w } from './context.js';
import { F, NOT_VERBS, nounKey, SANCTION_NOUNS } from './lexicon.js';
import { INF, PP, type VerbEntry, verbAs } from './verbs.js';

export interface Complement {
  /** Index of the governed verb (the participle for a passive or "se voir"). */
  v: number;
  entry: VerbEntry;
  /** "être" + participle. */
  passive: boolean;
  /** "se voir" + participle or infinitive: something befalls the subject. */
  seVoir: boolean;
  /** "ne pas" before the infinitive. */
  negated: boolean;
  /** A "vous"/"nous" object pronoun before the infinitive ("peut vous aider"). */
  toPeople: boolean;
  /** A reflexive "se"/"s'" before the infinitive ("peut se limiter à"). */
  reflexive: boolean;
  /** End (exclusive) of the verb group. */
  e: number;
}

/**
 * Whether `word` can be an infinitive: a known infinitive or a regular "-er" form.
 *
 * @example
 * infinitiveEntry('publier')?.lemma // → 'publier'
 * infinitiveEntry('dossier') // → undefined
 */
export function infinitiveEntry(word: string): VerbEntry | undefined {
  const e = verbAs(word, INF);
  if (e) return e;
  if (word.length >= 5 && word.endsWith('er') && !NOT_VERBS.has(word) && !word.includes("'")) {
    return { lemma: word, mask: INF, cls: 0 };
  }
  return undefined;
}

/** Skips a comma-bounded aside (", si vous le souhaitez,") starting at `i`; returns the index after it. */
function skipAside(c: Ctx, i: number): number {
  if (w(c, i) !== ',') return i;
  for (let k = i + 1; k < c.toks.length && k <= i + 10; k++) {
    if (w(c, k) === ',') return k + 1;
    if (c.toks[k].punct) return i;
  }
  return i;
}

/**
 * The infinitive (or passive participle) governed from position `i` on: skips adverbs, negation
 * particles, an aside between commas, "ne pas" and object pronouns.
 *
 * @example
 * // "… peut se voir retirer le privilège": complementFrom(ctx, index after "peut").entry.lemma → 'retirer'
 */
export function complementFrom(c: Ctx, i: number): Complement | null {
  let k = skipAdverbs(c, i);
  while (k < c.toks.length && (c.toks[k].hy || is(c, k, F.NEG_PARTICLES))) k++;
  if ((w(c, k) === 'en' || w(c, k) === 'sous') && w(c, k + 1).startsWith('aucun')) k += 3;
  k = skipAdverbs(c, skipAside(c, skipAdverbs(c, k)));
  let negated = false;
  if (is(c, k, F.NE) && is(c, k + 1, F.NEG_BEFORE_INF)) {
    negated = true;
    k += 2;
  }
  let toPeople = false;
  let reflexive = false;
  while (k < c.toks.length && is(c, k, F.CLITICS)) {
    const t = w(c, k);
    if (t === 'vous' || t === 'nous') toPeople = true;
    if (t === 'se' || t === "s'") reflexive = true;
    k++;
  }
  const entry = infinitiveEntry(w(c, k));
  if (!entry) return null;
  const base: Complement = {
    v: k,
    entry,
    passive: false,
    seVoir: false,
    negated,
    toPeople,
    reflexive,
    e: k + 1,
  };
  if (entry.lemma === 'etre') {
    const p = skipAdverbs(c, k + 1);
    const pp = verbAs(w(c, p), PP);
    if (pp) return { ...base, v: p, entry: pp, passive: true, e: p + 1 };
  }
  if (entry.lemma === 'voir' && reflexive) {
    const p = skipAdverbs(c, k + 1);
    const next = verbAs(w(c, p), PP) ?? infinitiveEntry(w(c, p));
    if (next) return { ...base, v: p, entry: next, seVoir: true, e: p + 1 };
  }
  return base;
}

/**
 * Whether a penalty noun ("sanctions", "mesures disciplinaires", "retrait") follows within `span` words.
 *
 * @example
 * // "… pourra entraîner des mesures disciplinaires": penaltyAhead(ctx, index after "entraîner") → index of "mesures"
 */
export function penaltyAhead(c: Ctx, i: number, span = 7): number {
  for (let k = i, n = 0; k < c.toks.length && n < span; k++, n++) {
    if (c.toks[k].w === '.' || c.toks[k].w === ';') return -1;
    const key = nounKey(c.toks[k].w, SANCTION_NOUNS);
    // "mesure" is a penalty only when qualified: "mesures disciplinaires", not "dans la mesure du possible".
    if (
      key === 'mesure' &&
      !/^(?:disciplin|administrativ|correct|approprie|necessaire|sanction)/.test(w(c, k + 1))
    )
      continue;
    if (key) return k;
  }
  return -1;
}
