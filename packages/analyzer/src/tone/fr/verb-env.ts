/**
 * The surroundings of a finite verb: its subject, negation, pronouns and what follows it — shared by
 * the rules of finite.ts and lemmas.ts.
 */

import type { ToneLabel } from '../../types.js';
import { type Ctx, cliticRunStart, is, propose, skipAdverbs, type Why, w } from './context.js';
import { F } from './lexicon.js';
import { negationAt } from './negation.js';
import { type Subject, subjectOf } from './subject.js';
import { FUT, VC, type VerbEntry } from './verbs.js';

export interface Env {
  c: Ctx;
  i: number;
  e: VerbEntry;
  subj: Subject;
  neg: ReturnType<typeof negationAt>;
  reflexive: boolean;
  /** An object pronoun for people before the verb: "nous vous invitons". */
  toPeople: boolean;
  fut: boolean;
  s: number;
  end: number;
}

/**
 * Proposes a candidate headed by the verb of `env`; returns `true` so that a rule can `return say(…)`.
 *
 * @example
 * // say(env, 'commitment', 0.9, 'org-pledge') proposes a commitment headed by the verb
 */
export function say(env: Env, label: ToneLabel, conf: number, why: Why, end = env.end): true {
  propose(env.c, label, conf, env.i, env.s, Math.max(end, env.end), why);
  return true;
}

/**
 * The word after the verb, its negation and adverbs.
 *
 * @example
 * // "Nous ne tolérons aucune forme de…": after(env) → index of "forme"
 */
export function after(env: Env): number {
  const k = env.neg.neg && env.neg.e > env.i ? env.neg.e : env.i + 1;
  return skipAdverbs(env.c, k);
}

/**
 * Index of "de"/"d'" within `span` words after `k`, or -1.
 *
 * @example
 * // "se réserve le droit, sans préavis, de masquer": deAfter(ctx, index of "droit", 10, true) → index of "de"
 */
export function deAfter(c: Ctx, k: number, span: number, crossCommas = false): number {
  for (let q = k, n = 0; q < c.toks.length && n < span; q++, n++) {
    const t = w(c, q);
    if (t === 'de' || t === "d'") return q;
    if (c.toks[q].punct && !(crossCommas && t === ',')) return -1;
  }
  return -1;
}

/**
 * Whether the subject is the organization ("nous", "le centre", "l'équipe").
 *
 * @example
 * // subject of "Nous vous invitons" → true; of "Les élèves peuvent" → false
 */
export function isOrg(s: Subject): boolean {
  return s.cls === 'org';
}

/**
 * Whether the subject is the reader or other people ("vous", "les élèves", "on").
 *
 * @example
 * // subject of "Chaque élève s'engage" → true; of "Le collège s'engage" → false
 */
export function isPeople(s: Subject): boolean {
  return s.cls === 'reader' || s.cls === 'person' || s.cls === 'generic';
}

/**
 * Whether a verb of asking ("demander", "prier") has a person to ask or a "de" complement.
 *
 * @example
 * // "Nous vous demandons de…" → true; "Leur usage demande du recul" → false
 */
export function asks(env: Env): boolean {
  const { c, i } = env;
  if (env.toPeople || /^(?:leur|lui)$/.test(w(c, i - 1))) return true;
  const k = after(env);
  const t = w(c, k);
  if (t === 'de' || t === "d'" || t === 'que' || t === "qu'") return true;
  if (/^(?:a|au|aux)$/.test(t)) return deAfter(c, k + 1, 6) >= 0;
  return false;
}

/**
 * "… de ne pas …" after the verb: the request forbids.
 *
 * @example
 * // "Nous vous demandons de ne pas publier…" → true
 */
export function forbids(env: Env): boolean {
  const { c } = env;
  const de = deAfter(c, after(env), 7);
  return de >= 0 && is(c, de + 1, F.NE) && is(c, de + 2, F.NEG_BEFORE_INF);
}

/**
 * Broad pledge verbs count only in their pledge sense ("met à votre disposition", "prend en compte").
 *
 * @example
 * // "Nous mettons à votre disposition…" → true; "Nous mettons en ligne…" → false
 */
export function pledgeSense(env: Env): boolean {
  const { c, e } = env;
  const k = after(env);
  const n1 = w(c, k);
  const n2 = w(c, k + 1);
  switch (e.lemma) {
    case 'mettre':
      return (n1 === 'a' && /^(?:votre|vos|la|disposition)$/.test(n2)) || (n1 === 'en' && n2 === 'place');
    case 'prendre':
      return (n1 === 'en' && /^(?:compte|consideration|charge)$/.test(n2)) || n1 === 'soin' || n1 === 'au';
    case 'rendre':
      return /^(?:disponible|accessible|compte)/.test(n1);
    case 'donner':
      return /^(?:suite|reponse|acces)$/.test(n1) || n2 === 'suite' || n2 === 'reponse' || n2 === 'parole';
    case 'presenter':
    case 'communiquer':
    case 'conseiller':
    case 'proposer':
      return env.fut || env.toPeople;
    default:
      return true;
  }
}

/** Verbs of disclosure: "Nous ne partagerons jamais vos données" reassures. */
const DISCLOSE =
  /^(?:partager|vendre|divulguer|transmettre|communiquer|diffuser|publier|ceder|louer|devoiler|reveler)$/;

/**
 * A negated act of the organization that would harm people: saying it will not happen reassures.
 *
 * @example
 * // "Nous ne partagerons jamais vos données" → true; "Nous ne répondrons pas le dimanche" → false
 */
export function reassures(env: Env): boolean {
  if (env.e.cls & (VC.PUBLISH | VC.REMOVAL) || DISCLOSE.test(env.e.lemma)) return true;
  const k = after(env);
  return /^(?:vos|votre|tes|ton|ta)$/.test(w(env.c, k));
}

/**
 * The surroundings of the finite verb at `i` read as `e`.
 *
 * @example
 * // "Nous vous invitons…": envFor(ctx, 2, invitons).subj.cls → 'org', .toPeople → true
 */
export function envFor(c: Ctx, i: number, e: VerbEntry): Env {
  const run = cliticRunStart(c, i);
  // The first "nous"/"vous" of the run is the subject when nothing before can be one
  // ("Nous vous invitons"), an object otherwise ("Le service vous aidera").
  const before = c.toks[run - 1];
  const lead = w(c, run);
  const leadIsSubject =
    (lead === 'nous' || lead === 'vous') &&
    (!before || before.punct || /^(?:et|ou|mais|puis|qui|que|qu'|donc|alors)$/.test(before.w));
  let reflexive = false;
  let toPeople = false;
  for (let q = leadIsSubject ? run + 1 : run; q < i; q++) {
    const t = w(c, q);
    if (/^(?:se|s'|me|m'|te|t')$/.test(t)) reflexive = true;
    if (t === 'nous' || t === 'vous') {
      if (leadIsSubject && t === lead) reflexive = true;
      else toPeople = true;
    }
  }
  const neg = negationAt(c, i);
  const s = neg.s >= 0 ? Math.min(neg.s, run) : reflexive ? run : i;
  return {
    c,
    i,
    e,
    subj: subjectOf(c, i, c.mainStart),
    neg,
    reflexive,
    toPeople,
    fut: (e.mask & FUT) !== 0,
    s,
    end: Math.max(i + 1, neg.e),
  };
}
