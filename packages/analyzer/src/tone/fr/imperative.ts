/**
 * Directives without a subject (rule 5 and rule 8): imperatives ("Respectez…" → obligation,
 * "Ne publiez pas…" → prohibition, "Partagez vos bons coups !" → encouragement, "Pensez à…",
 * "Évitez…" → recommendation, "N'hésitez pas" → encouragement, "Veuillez…" keeps its force), and
 * rule lines in the infinitive ("Ne pas publier…", "Respecter la vie privée.").
 */

import type { ToneLabel } from '../../types.js';
import { infinitiveEntry } from './complement.js';
import { type Ctx, entriesAt, is, propose, skipAdverbs, type Why, w } from './context.js';
import { DETERMINERS, F, NE, NEG_BEFORE_INF, NOT_VERBS } from './lexicon.js';
import { negationAt } from './negation.js';
import { isFiniteAt, isInRelative } from './scope.js';
import { IMP, INF, P1P, P2P, VC, type VerbEntry, verbEntries } from './verbs.js';

interface Verdict {
  label: ToneLabel;
  why: Why;
  conf: number;
  /** Extra tokens of the cue after the verb. */
  extra: number;
}

const ADVICE_ADJECTIVE = /^(?:conscient|prudent|vigilant|attenti[fv]|avise|critique|curieu|sur |sure)/;
const RESTRICTIVE = /^(?:uniquement|seulement|exclusivement)$/;

// Infinitives after "Faites-nous" that ask people to share: "découvrir", "connaître", "savoir".
const SHOWING = /^(?:decouvrir|connaitre|savoir|voir|partager|vivre|rever)$/;
const PAUSE_NOUNS = /^(?:temps|moment|instant|minute|minutes|seconde|secondes|pause|recul)$/;
const HABIT_NOUNS = /^(?:habitude|reflexe)$/;
const PAUSE_DETERMINERS = /^(?:le|un|une|l'|du|quelques|votre|ton|deux|trois|cinq|dix)$/;

/** Whether "avant de …" / "avant que …" follows `k` in the same sentence. */
function beforeAnotherAct(c: Ctx, k: number): boolean {
  for (let q = k; q < c.toks.length; q++) {
    const t = c.toks[q];
    if (t.punct && (t.w === '.' || t.w === '!' || t.w === ';' || t.w === '?')) return false;
    if (t.w === 'avant' && /^(?:de|d'|que|qu')$/.test(w(c, q + 1))) return true;
  }
  return false;
}

/**
 * Token after a habit or a pause taken before acting ("l'habitude", "le réflexe", "le temps", "un
 * moment", "quelques minutes", "du recul") that starts at `k`, or -1: "Prenez le temps de…" advises
 * (rule 8). A pause set as the condition of another act ("Prenez le temps de vous relire avant de
 * publier") restates that act's rule, as "Relisez-vous avant de publier" does: no advice then.
 */
function pauseEnd(c: Ctx, k: number): number {
  let j = k;
  if (PAUSE_DETERMINERS.test(w(c, j))) j++;
  if (w(c, j) === 'petit' || w(c, j) === 'petite' || w(c, j) === 'bon') j++;
  if (j === k) return -1;
  if (HABIT_NOUNS.test(w(c, j))) return j + 1;
  return PAUSE_NOUNS.test(w(c, j)) && !beforeAnotherAct(c, j + 1) ? j + 1 : -1;
}

/** The imperative reading of token `i`, guessing an "-er" lemma for unknown "-ez" forms. */
function imperativeEntry(c: Ctx, i: number, persons: number): VerbEntry | undefined {
  const word = w(c, i);
  const list = entriesAt(c, i);
  if (list) return list.find((e) => e.mask & IMP && e.mask & persons);
  if (word.length > 4 && word.endsWith('ez') && !NOT_VERBS.has(word)) {
    const lemma = `${word.slice(0, -2)}er`;
    return verbEntries(lemma)?.find((e) => e.mask & INF) ?? { lemma, mask: IMP | P2P, cls: 0 };
  }
  return undefined;
}

/** What a positive directive verb does, from its lemma and the words after it. */
function positive(c: Ctx, v: number, e: VerbEntry, base: number): Verdict {
  const k = skipAdverbs(c, v + 1);
  const n1 = w(c, k);
  const n2 = w(c, k + 1);
  const hyNous = c.toks[v + 1]?.hy && w(c, v + 1) === 'nous';
  const rule: Verdict = { label: 'obligation', why: 'imperative', conf: base, extra: 0 };
  const advice: Verdict = { label: 'recommendation', why: 'imperative-advice', conf: base + 0.05, extra: 0 };
  const invite: Verdict = { label: 'encouragement', why: 'imperative-invite', conf: base + 0.05, extra: 0 };
  switch (e.lemma) {
    case 'vouloir':
      if (NE.has(n1) && NEG_BEFORE_INF.has(n2))
        return { label: 'prohibition', why: 'polite', conf: 0.88, extra: 2 };
      return { label: 'obligation', why: 'polite', conf: 0.85, extra: 0 };
    case 'etre':
      if (ADVICE_ADJECTIVE.test(n1)) return { ...advice, extra: k - v };
      if (n1 === 'les' && n2.startsWith('bienvenu')) return { ...invite, extra: 2 };
      return rule;
    case 'faire':
      if (n1 === 'attention') return { ...advice, extra: 1 };
      if ((hyNous && w(c, v + 2) === 'part') || n1 === 'part') return { ...invite, extra: 2 };
      // "Faites-nous découvrir vos projets", "Faites-nous savoir…": an invitation to share with us.
      if (hyNous && SHOWING.test(w(c, v + 2))) return { ...invite, extra: 2 };
      return rule;
    case 'garder':
      if ((n1 === 'a' && n2 === "l'") || (n1 === 'en' && /^(?:tete|memoire)$/.test(n2)))
        return { ...advice, extra: 2 };
      if (c.toks[v + 1]?.hy && (w(c, v + 2) === 'de' || w(c, v + 2) === "d'")) {
        return { label: 'prohibition', why: 'imperative', conf: 0.8, extra: 1 };
      }
      return rule;
    case 'prendre': {
      if (n1 === 'garde') return { ...advice, extra: 1 };
      const pause = pauseEnd(c, k);
      if (pause > 0) return { ...advice, extra: pause - v - 1 };
      break;
    }
    case 'accorder':
    case 'donner':
    case 'laisser':
    case 'offrir': {
      // "Accordez-vous un moment pour…", "Donnez-vous le temps de…": a pause advised (rule 8).
      const self = c.toks[v + 1]?.hy && /^(?:vous|toi|nous)$/.test(w(c, v + 1));
      const pause = self ? pauseEnd(c, skipAdverbs(c, v + 2)) : -1;
      if (pause > 0) return { ...advice, extra: pause - v - 1 };
      break;
    }
    case 'sentir':
      return c.toks[v + 1]?.hy && w(c, v + 2).startsWith('libre') ? { ...invite, extra: 2 } : rule;
    case 'abstenir':
      return { label: 'prohibition', why: 'imperative', conf: 0.88, extra: 1 };
    case 'rappeler':
    case 'souvenir':
    case 'mefier':
      return c.toks[v + 1]?.hy ? { ...advice, extra: 1 } : rule;
    default:
  }
  if (e.cls & VC.ADVICE) return advice;
  if (e.cls & VC.INVITE_US && (hyNous || (n1 === 'avec' && n2 === 'nous'))) return { ...invite, extra: 1 };
  if (e.cls & VC.INVITING) {
    for (let q = v + 1; q < v + 4 && q < c.toks.length; q++) if (RESTRICTIVE.test(w(c, q))) return rule;
    return invite;
  }
  return rule;
}

/** What a negative directive does: forbids, except litotes ("N'hésitez pas") and reminders. */
function negative(c: Ctx, e: VerbEntry | undefined, particleEnd: number): Verdict {
  if (e && e.cls & VC.LITOTE)
    return { label: 'encouragement', why: 'imperative-litote', conf: 0.88, extra: 0 };
  if (e?.lemma === 'avoir' && w(c, particleEnd) === 'peur') {
    return { label: 'encouragement', why: 'imperative-litote', conf: 0.85, extra: 1 };
  }
  if (e && e.cls & VC.NEG_ADVICE)
    return { label: 'recommendation', why: 'imperative-advice', conf: 0.8, extra: 0 };
  return { label: 'prohibition', why: 'imperative-negative', conf: 0.9, extra: 0 };
}

/** Whether a directive may start at `i`: start of the main clause, or after punctuation or "et". */
function clauseInitial(c: Ctx, i: number): boolean {
  if (i === c.mainStart) return true;
  const prev = c.toks[i - 1];
  if (!prev) return true;
  if (prev.punct) return prev.w !== '«' && prev.w !== '"';
  return is(c, i - 1, F.CONJUNCTIONS | F.CLAUSE_ADVERBS) || prev.w === 'toujours';
}

/** "Ne publiez pas", "N'employez jamais", "Ne pas publier", "Ne jamais partager". */
function negativeAt(c: Ctx, i: number): boolean {
  if (is(c, i, F.NE) && is(c, i + 1, F.NEG_BEFORE_INF)) {
    let v = i + 2;
    while (is(c, v, F.CLITICS)) v++;
    const inf = infinitiveEntry(w(c, v));
    if (!inf) return false;
    const d = negative(c, inf, v + 1);
    propose(
      c,
      d.label,
      d.conf - 0.03,
      v,
      i,
      v + 1 + d.extra,
      d.why === 'imperative-negative' ? 'infinitive-negative' : d.why,
    );
    return true;
  }
  let v = i + 1;
  while (is(c, v, F.CLITICS) && !c.toks[v].hy) v++;
  const word = w(c, v);
  if (!word || c.toks[v].punct) return false;
  const known = entriesAt(c, v);
  const e = imperativeEntry(c, v, P1P | P2P) ?? known?.find((x) => x.mask & IMP);
  if (known && !e) return false;
  const neg = negationAt(c, v);
  if (!neg.neg && !neg.restr) return false;
  if (!e && !word.endsWith('ez')) return false;
  if (neg.restr) {
    propose(c, 'obligation', 0.75, v, i, v + 1, 'imperative');
    return true;
  }
  const d = negative(c, e, neg.e);
  propose(c, d.label, d.conf, v, i, neg.e + d.extra, d.why);
  return true;
}

/** Positive imperatives: "-ez" / "-ons" forms, "Veuillez", and "tu" forms opening the sentence. */
function positiveAt(c: Ctx, i: number): boolean {
  let e = imperativeEntry(c, i, P1P | P2P);
  if (!e && i === c.mainStart) {
    // "Respecte les autres." — a "tu" imperative opening the sentence, before an object.
    const tu = entriesAt(c, i)?.find((x) => x.mask & IMP);
    const next = w(c, i + 1);
    if (tu && (DETERMINERS.has(next) || c.toks[i + 1]?.hy) && !/^(?:de|d'|du|des)$/.test(next)) e = tu;
  }
  if (!e) return false;
  // "-ons" words that are nouns ("questions", "raisons") never reach here: they are not verb forms.
  const d = positive(c, i, e, 0.78);
  propose(c, d.label, d.conf, i, i, i + 1 + d.extra, d.why);
  return true;
}

/** "Respecter la vie privée d'autrui." — a rule line in the infinitive, with nothing finite after it. */
function infinitiveAt(c: Ctx, i: number): void {
  // "Toujours vérifier…": an adverb may open the rule line.
  while (/^(?:toujours|systematiquement|egalement|aussi|bien)$/.test(w(c, i))) i++;
  const v = w(c, i) === 'se' || w(c, i) === "s'" ? i + 1 : i;
  const inf = infinitiveEntry(w(c, v));
  // "Voir aussi : …" refers to another text.
  if (!inf || inf.lemma === 'voir') return;
  const last = c.text.trimEnd().slice(-1);
  if (!/[.!;:…]/.test(last)) return;
  for (let k = v + 1; k < c.toks.length; k++) {
    if (!c.sub[k] && isFiniteAt(c, k) && !isInRelative(c, k, c.mainStart)) return;
  }
  const d = positive(c, v, inf, 0.7);
  propose(c, d.label, d.conf, v, i, v + 1 + d.extra, d.why === 'imperative' ? 'infinitive' : d.why);
}

/**
 * Proposes directive readings at the clause starts of the main clause.
 *
 * @example
 * // "Partagez vos réussites : elles inspirent toute la communauté !" → encouragement
 */
export function imperativeRules(c: Ctx): void {
  for (let i = c.mainStart; i < c.toks.length; i++) {
    if (c.sub[i] || c.toks[i].punct || !clauseInitial(c, i)) continue;
    if (is(c, i, F.NE)) {
      negativeAt(c, i);
      continue;
    }
    if (positiveAt(c, i)) continue;
    if (i === c.mainStart) infinitiveAt(c, i);
  }
}
