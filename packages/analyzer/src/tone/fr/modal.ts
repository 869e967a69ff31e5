/**
 * Modal verbs: "devoir" (obligation; negated → prohibition; conditional → recommendation),
 * "pouvoir" (permission, or possibility, sanction, commitment depending on subject and complement;
 * negated → prohibition, rule 2, but a thing that "ne peut se limiter à…" is described, not forbidden), "falloir", and "avoir" + "le droit de" / "l'obligation de" / "à".
 */
import { type Complement, complementFrom, infinitiveEntry, penaltyAhead } from './complement.js';
import { type Ctx, entriesAt, is, type Proposed, propose, skipAdverbs, w } from './context.js';
import { F } from './lexicon.js';
import { negationAt } from './negation.js';
import { type Subject, subjectOf } from './subject.js';
import { COND, FUT, PRES, VC } from './verbs.js';

/** What people do on a page: "peut" with these verbs grants a permission whoever the subject is. */
const USER_ACTIONS = new Set(
  'relayer partager publier commenter creer utiliser demander consulter signaler suivre repondre participer exprimer mentionner indiquer ajouter quitter reserver inscrire abonner telecharger contacter ecrire envoyer filmer photographier ouvrir gerer animer proposer soumettre choisir citer diffuser afficher retirer supprimer masquer desactiver joindre rejoindre commander emprunter voter'.split(
    ' ',
  ),
);

function isUserAction(lemma: string): boolean {
  return USER_ACTIONS.has(lemma);
}

/** "se limiter à", "se résumer à", "être réduit à": what a thing amounts to. */
const LIMITING = new Set(['limiter', 'resumer', 'reduire', 'borner', 'cantonner', 'confiner']);

/**
 * End (exclusive) of "se limiter à", "être réduit à"… after a negated modal whose subject is a thing,
 * or -1. "Une charte ne peut se limiter à des interdits" says what the charter is, it forbids nothing;
 * people ("Vous ne pouvez pas vous limiter à…") keep the prohibition.
 */
function limitedNature(c: Ctx, subj: Subject, comp: Complement | null): number {
  if (subj.cls !== 'thing' || subj.neg || !comp || !LIMITING.has(comp.entry.lemma)) return -1;
  if (!comp.reflexive && !comp.passive) return -1;
  const k = skipAdverbs(c, comp.e);
  return /^(?:a|au|aux)$/.test(w(c, k)) ? k + 1 : -1;
}

/**
 * "ne saurait" at `i`: only "ne saurait se limiter à…" with a thing as subject is read, as what the
 * thing is (informative); other uses are left to the other rules.
 *
 * @example
 * // "La charte ne saurait se réduire à une liste d'interdits" → informative
 */
export function savoirRule(c: Ctx, i: number): Proposed {
  const form = entriesAt(c, i)?.find((e) => e.lemma === 'savoir' && e.mask & COND);
  if (!form) return undefined;
  const neg = negationAt(c, i);
  if (!neg.neg) return undefined;
  const end = limitedNature(c, subjectOf(c, i, c.mainStart), complementFrom(c, i + 1));
  if (end < 0) return undefined;
  return propose(c, 'informative', 0.7, i, span(i, neg)[0], end, 'nature');
}

/** Span start/end including the negation words. */
function span(i: number, neg: { s: number; e: number }, end = i + 1): [number, number] {
  return [neg.s >= 0 ? Math.min(neg.s, i) : i, Math.max(end, neg.e)];
}

/** Lemmas of consequence verbs that need a following word ("donner lieu", "aller jusqu'à", "faire l'objet"). */
function isConsequence(c: Ctx, v: number, lemma: string, cls: number): boolean {
  if (lemma === 'donner') return w(c, v + 1) === 'lieu';
  if (lemma === 'aller') return w(c, v + 1) === "jusqu'";
  if (lemma === 'faire') return w(c, v + 1) === "l'" && w(c, v + 2) === 'objet';
  if (lemma === 'traduire') return w(c, v - 1) === 'se' || w(c, v - 1) === "s'";
  return (cls & VC.CONSEQUENCE) !== 0;
}

/**
 * "pouvoir" at `i`.
 *
 * @example
 * // "Vous ne pouvez pas utiliser le logo" → prohibition; "Tout manquement peut entraîner des sanctions" → sanction
 */
export function pouvoirRule(c: Ctx, i: number): Proposed {
  const form = entriesAt(c, i)?.find((e) => e.lemma === 'pouvoir' && e.mask & (PRES | FUT | COND));
  if (!form) return undefined;
  const cond = (form.mask & COND) !== 0 && (form.mask & (PRES | FUT)) === 0;
  const neg = negationAt(c, i);
  const subj = subjectOf(c, i, c.mainStart);
  const comp = complementFrom(c, i + 1);
  const [s, e] = span(i, neg);
  const compEnd = comp ? Math.max(e, comp.e) : e;
  const breach = subj.breach || c.breachLead;
  if (comp?.seVoir) return propose(c, 'sanction', 0.9, i, s, compEnd, 'breach-consequence');
  if (subj.only || neg.restr) return propose(c, 'prohibition', 0.85, i, subj.only ? subj.s : s, e, 'only');
  if (comp && isConsequence(c, comp.v, comp.entry.lemma, comp.entry.cls)) {
    const pen = penaltyAhead(c, comp.v + 1);
    if (breach || pen >= 0)
      return propose(c, 'sanction', 0.9, i, s, pen >= 0 ? pen + 1 : compEnd, 'breach-consequence');
    return propose(c, 'informative', 0.6, i, s, compEnd, 'epistemic');
  }
  if (neg.neg) {
    const nature = limitedNature(c, subj, comp);
    if (nature >= 0) return propose(c, 'informative', 0.7, i, s, nature, 'nature');
    if (comp?.passive && comp.entry.lemma === 'tenir') {
      const end = w(c, compEnd).startsWith('responsable') ? compEnd + 1 : compEnd;
      return propose(c, 'informative', 0.6, i, s, end, 'disclaimer');
    }
    if (subj.cls === 'org') return propose(c, 'permission', 0.7, i, s, e, 'negated-commitment');
    return propose(c, 'prohibition', 0.9, i, s, e, 'negated-permission');
  }
  if (comp?.passive) {
    if (comp.entry.cls & VC.REMOVAL || breach)
      return propose(c, 'sanction', 0.85, i, s, compEnd, 'passive-removal');
    if (subj.penalty) return propose(c, 'sanction', 0.85, i, s, compEnd, 'penalty');
    if (comp.entry.lemma === 'tenir') return propose(c, 'informative', 0.6, i, s, compEnd, 'disclaimer');
    // "peut être appelé à…": what may happen in a job, not a permission.
    if ((comp.entry.lemma === 'appeler' || comp.entry.lemma === 'amener') && w(c, comp.e) === 'a') {
      return propose(c, 'informative', 0.6, i, s, compEnd, 'epistemic');
    }
    // "peut être vue par des milliers de personnes": what may happen to a post, not a permission.
    if (comp.entry.cls & VC.EXPOSURE || (w(c, comp.e) === 'par' && subj.cls === 'thing' && !subj.doc)) {
      return propose(c, 'informative', 0.65, i, s, compEnd, 'epistemic');
    }
    return propose(c, 'permission', 0.6, i, s, compEnd, 'modal');
  }
  if (breach || subj.penalty) return propose(c, 'sanction', 0.8, i, s, compEnd, 'breach-consequence');
  if (comp && comp.entry.cls & VC.REMOVAL && subj.cls !== 'reader' && subj.cls !== 'person') {
    return propose(c, 'sanction', 0.85, i, s, compEnd, 'org-removal');
  }
  if (subj.cls === 'org') {
    if (comp && comp.entry.cls & VC.AMEND) return propose(c, 'permission', 0.8, i, s, compEnd, 'org-general');
    if (comp && (comp.entry.cls & VC.HELP || comp.toPeople)) {
      return propose(c, 'commitment', 0.75, i, s, compEnd, 'org-help');
    }
    return propose(c, 'permission', 0.7, i, s, e, 'org-general');
  }
  if (cond) {
    if (subj.cls === 'reader') return propose(c, 'recommendation', 0.6, i, s, e, 'suggestion');
    return propose(c, 'informative', 0.55, i, s, e, 'epistemic');
  }
  // A noun we do not know as a person ("les militants") doing what users do is still a permission;
  // a thing that "peut arriver", "peut contenir" is a possibility.
  if (subj.cls === 'thing' && !(comp && isUserAction(comp.entry.lemma))) {
    return propose(c, 'informative', 0.6, i, s, e, 'epistemic');
  }
  if (subj.cls === 'thing') return propose(c, 'permission', 0.65, i, s, e, 'modal');
  return propose(c, 'permission', subj.cls === 'none' || subj.cls === 'pron' ? 0.7 : 0.85, i, s, e, 'modal');
}

/**
 * "devoir" at `i`.
 *
 * @example
 * // "Le personnel doit respecter…" → obligation; "ne doivent pas être publiés" → prohibition
 */
export function devoirRule(c: Ctx, i: number): Proposed {
  const form = entriesAt(c, i)?.find((e) => e.lemma === 'devoir' && e.mask & (PRES | FUT | COND));
  if (!form) return undefined;
  const neg = negationAt(c, i);
  const [s, e] = span(i, neg);
  if (form.mask & COND && !(form.mask & (PRES | FUT)))
    return propose(c, 'recommendation', 0.9, i, s, e, 'modal');
  // "doivent souvent composer avec…": a frequency adverb makes it a description, not a rule.
  if (/^(?:souvent|parfois|quelquefois|rarement|frequemment)$/.test(w(c, i + 1))) {
    return propose(c, 'informative', 0.55, i, s, i + 2, 'epistemic');
  }
  if (neg.restr) return propose(c, 'obligation', 0.8, i, s, e, 'modal');
  if (neg.neg) {
    if (/^(?:necessairement|forcement|obligatoirement)$/.test(w(c, neg.e))) {
      return propose(c, 'permission', 0.7, i, s, neg.e + 1, 'negated-obligation');
    }
    return propose(c, 'prohibition', 0.92, i, s, e, 'lexical');
  }
  const comp = complementFrom(c, i + 1);
  if (comp && comp.entry.cls & VC.AVOID)
    return propose(c, 'prohibition', 0.8, i, s, comp.e, 'avoid-complement');
  if (comp?.negated) return propose(c, 'prohibition', 0.85, i, s, comp.e, 'negated-complement');
  return propose(c, 'obligation', 0.9, i, s, e, 'modal');
}

/**
 * "il faut", "il ne faut pas", "il faudrait".
 *
 * @example
 * // "Il faut obtenir le consentement…" → obligation
 */
export function falloirRule(c: Ctx, i: number): Proposed {
  const form = entriesAt(c, i)?.find((e) => e.lemma === 'falloir' && e.mask & (PRES | FUT | COND));
  if (!form) return undefined;
  const neg = negationAt(c, i);
  let [s, e] = span(i, neg);
  if (w(c, s - 1) === 'il') s--;
  const comp = complementFrom(c, i + 1);
  if (neg.neg) {
    if (comp && comp.entry.cls & VC.LITOTE)
      return propose(c, 'encouragement', 0.75, i, s, comp.e, 'imperative-litote');
    return propose(c, 'prohibition', 0.9, i, s, e, 'lexical');
  }
  if (form.mask & COND) return propose(c, 'recommendation', 0.8, i, s, e, 'modal');
  if (comp && comp.entry.cls & VC.AVOID)
    return propose(c, 'prohibition', 0.8, i, s, comp.e, 'avoid-complement');
  if (comp?.negated) return propose(c, 'prohibition', 0.85, i, s, comp.e, 'negated-complement');
  return propose(c, 'obligation', 0.9, i, s, e, 'modal');
}

const RIGHT = /^(?:droit)$/;
const CHOICE = /^(?:possibilite|liberte|latitude|loisir|choix)$/;
const DUTY = /^(?:obligation|devoir|responsabilite|charge|tache|mandat)$/;
const PURPOSE = /^(?:but|objectif|objet|vocation|role|fonction|mission|raison)$/;

/**
 * "avoir" + "le droit de", "la possibilité de", "l'obligation de", "à" + infinitive, "besoin de",
 * "sa place", "pour but de".
 *
 * @example
 * // "Vous n'êtes pas tenu…" is predicate.ts; "Le personnel n'a pas à répondre…" → permission
 */
export function avoirRule(c: Ctx, i: number): Proposed {
  const form = entriesAt(c, i)?.find((e) => e.lemma === 'avoir' && e.mask & (PRES | FUT | COND));
  if (!form) return undefined;
  // "il y a", "il y aura": existence, not possession.
  if (w(c, i - 1) === 'y') return undefined;
  const neg = negationAt(c, i);
  let k = neg.neg && neg.e > i ? neg.e : i + 1;
  k = skipAdverbs(c, k);
  let [s, e] = span(i, neg);
  const subj = subjectOf(c, i, c.mainStart);
  const a = w(c, k);
  // Determiners before the noun: "le droit", "la possibilité", "l'obligation", "un devoir".
  const det = /^(?:le|la|l'|un|une|pour|tout|toute|aucun|aucune|de|d')$/.test(a);
  const noun = det ? w(c, k + 1) : a;
  const after = det ? k + 2 : k + 1;
  const prep = w(c, after);
  const hasDe = prep === 'de' || prep === "d'" || prep === 'a' || prep === 'au' || prep === 'aux';
  e = Math.max(e, after + 1);
  if (RIGHT.test(noun) && (hasDe || !det)) {
    if (neg.neg || subj.only || subj.neg)
      return propose(
        c,
        'prohibition',
        0.9,
        i,
        subj.only ? subj.s : s,
        e,
        neg.neg ? 'negated-permission' : 'only',
      );
    return propose(c, 'permission', 0.88, i, s, e, 'lexical');
  }
  if (CHOICE.test(noun) && hasDe) {
    if (neg.neg) return propose(c, 'prohibition', 0.8, i, s, e, 'negated-permission');
    return propose(c, 'permission', 0.8, i, s, e, 'lexical');
  }
  if (DUTY.test(noun) && hasDe && a !== 'pour') {
    if (neg.neg) return propose(c, 'permission', 0.8, i, s, e, 'negated-obligation');
    return propose(c, 'obligation', 0.85, i, s, e, 'lexical');
  }
  if (a === 'pour' && (PURPOSE.test(noun) || DUTY.test(noun))) {
    if (subj.cls === 'person' || subj.cls === 'reader')
      return propose(c, 'obligation', 0.7, i, s, e, 'lexical');
    return propose(c, 'informative', 0.75, i, s, e, 'definition');
  }
  if (/^(?:sa|leur|votre|de|aucune)$/.test(a) && w(c, k + 1) === 'place' && neg.neg) {
    return propose(c, 'prohibition', 0.88, i, s, k + 2, 'lexical');
  }
  if (a === 'besoin' && neg.neg) return propose(c, 'permission', 0.75, i, s, k + 2, 'negated-obligation');
  if (a === 'interet' && w(c, k + 1) === 'a')
    return propose(c, 'recommendation', 0.8, i, s, k + 2, 'lexical');
  if (a === 'tout' && w(c, k + 1) === 'interet')
    return propose(c, 'recommendation', 0.8, i, s, k + 3, 'lexical');
  if (a === 'a') {
    let q = k + 1;
    if (is(c, q, F.NE) && is(c, q + 1, F.NEG_BEFORE_INF)) q += 2;
    while (is(c, q, F.CLITICS)) q++;
    if (!infinitiveEntry(w(c, q))) return undefined;
    if (neg.neg) return propose(c, 'permission', 0.85, i, s, k + 1, 'negated-obligation');
    return propose(c, 'obligation', 0.75, i, s, k + 1, 'lexical');
  }
  return undefined;
}
