/**
 * Finite verbs judged by their class and their subject: directive verbs ("exige", "demande de",
 * "interdit", "autorise", "recommande"), valorizing verbs ("encourage", "remercie", "souligne"), the
 * organization's pledges, removals and controls in the present or future, consequences of a breach
 * ("entraînera des sanctions") and definitions ("désigne", "s'applique à"). Verbs with rules of their
 * own ("s'engager à", "se réserver le droit de"…) are in lemmas.ts.
 */

import { penaltyAhead } from './complement.js';
import { type Ctx, entriesAt, w } from './context.js';
import { byLemma } from './lemmas.js';
import { FUTURE_LOOKALIKES } from './lexicon.js';
import { isFiniteAt } from './scope.js';
import { subjectOf } from './subject.js';
import { after, asks, type Env, envFor, forbids, isOrg, pledgeSense, reassures, say } from './verb-env.js';
import { FINITE, FUT, VC } from './verbs.js';

/** Verbs with a rule of their own even though they have no class. */
const SPECIAL = new Set([
  'souhaiter',
  'desirer',
  'vouloir',
  'engager',
  'reserver',
  'risquer',
  'encourir',
  'faire',
  'valoir',
  'aller',
  'recevoir',
  'beneficier',
  'obtenir',
]);

function byClass(env: Env): boolean {
  const { c, e, subj, neg } = env;
  const cls = e.cls;
  const k = after(env);
  const lemma = e.lemma;
  const special = byLemma(env);
  if (special !== undefined) return special;
  if (cls & VC.CONSEQUENCE) {
    const pen = penaltyAhead(c, k);
    if (subj.breach || c.breachLead || pen >= 0) {
      if (lemma === 'donner' && w(c, k) !== 'lieu') return false;
      return say(env, 'sanction', 0.9, 'breach-consequence', pen >= 0 ? pen + 1 : env.end);
    }
  }
  // "Rien dans cette charte n'empêche…", "Aucune règle ne limite…": a restriction denied by a
  // negative subject or a rule leaves people free (rule 2).
  if (cls & VC.LIFT && neg.neg && (subj.neg || subj.doc)) {
    return say(env, 'permission', 0.8, 'negated-prohibition');
  }
  if (cls & VC.PROHIBIT && !(lemma === 'bannir' && env.fut)) {
    if (subj.cls === 'thing' && !subj.doc && !subj.neg) return false;
    return neg.neg
      ? say(env, 'permission', 0.8, 'negated-prohibition')
      : say(env, 'prohibition', 0.9, 'lexical');
  }
  if (lemma === 'autoriser') {
    if (subj.cls === 'thing' && !subj.doc) return false;
    return neg.neg
      ? say(env, 'prohibition', 0.85, 'negated-permission')
      : say(env, 'permission', 0.85, 'lexical');
  }
  if (
    cls & VC.REQUIRE &&
    /^(?:exiger|requerir|necessiter|imposer|obliger|astreindre|contraindre)$/.test(lemma)
  ) {
    if (lemma === 'imposer' && !env.reflexive && subj.cls === 'thing') return false;
    if (neg.neg) return say(env, 'permission', 0.75, 'negated-obligation');
    if (forbids(env)) return say(env, 'prohibition', 0.8, 'negated-complement');
    return say(env, 'obligation', 0.85, 'lexical');
  }
  if (cls & VC.ASK) {
    if (!asks(env)) return false;
    if (forbids(env)) return say(env, 'prohibition', 0.88, 'negated-complement');
    return say(env, 'obligation', 0.85, 'polite');
  }
  if (cls & VC.RECOMMEND && lemma !== 'conseiller') return say(env, 'recommendation', 0.88, 'lexical');
  if (cls & VC.VALORIZE) {
    const personOnly = (cls & VC.PERSON_ONLY) !== 0;
    const ok =
      subj.cls === 'org' ||
      subj.cls === 'person' ||
      subj.cls === 'pron' ||
      subj.cls === 'reader' ||
      (subj.cls === 'generic' && env.toPeople) ||
      (!personOnly && subj.cls === 'thing');
    if (ok) {
      if (neg.neg) return cls & VC.INVITE ? say(env, 'recommendation', 0.6, 'lexical') : false;
      return say(env, 'encouragement', 0.88, 'lexical');
    }
  }
  const orgLike = isOrg(subj) || (subj.cls === 'pron' && env.fut && !!(cls & VC.REMOVAL));
  // "Nous refusons toute publicité": declares it unwelcome; "Nous refuserons…" acts on it (sanction).
  if ((lemma === 'refuser' || lemma === 'rejeter') && !env.fut && isOrg(subj)) {
    return neg.neg ? false : say(env, 'prohibition', 0.8, 'lexical');
  }
  if (cls & VC.REMOVAL && (orgLike || subj.cls === 'pron')) {
    return neg.neg
      ? say(env, 'commitment', 0.7, 'negated-sanction')
      : say(env, 'sanction', 0.85, 'org-removal');
  }
  if (!isOrg(subj)) {
    if (cls & VC.DEFINE && subj.cls === 'thing' && !/^(?:rappeler|comprendre)$/.test(lemma)) {
      return say(env, 'informative', 0.7, 'definition');
    }
    return false;
  }
  if (cls & VC.CONTROL) return say(env, 'informative', 0.65, 'org-control');
  if (cls & (VC.PLEDGE | VC.EFFORT) && pledgeSense(env)) {
    if (neg.neg) {
      if (reassures(env)) return say(env, 'commitment', 0.7, 'reassurance');
      // "Le centre n'offre pas de consultations": a fact about its services, not a declined pledge.
      if (!env.fut && !(env.e.cls & VC.EFFORT)) return say(env, 'informative', 0.6, 'definition');
      return say(env, 'permission', 0.7, 'negated-commitment');
    }
    return say(env, 'commitment', env.fut ? 0.88 : 0.8, env.fut ? 'org-future' : 'org-pledge');
  }
  if (env.fut) return futureOfOrg(env);
  return false;
}

/** The organization's future: a pledge, unless it removes (sanction) or controls (informative). */
function futureOfOrg(env: Env): boolean {
  const cls = env.e.cls;
  if (cls & VC.CONTROL) return say(env, 'informative', 0.6, 'org-control');
  if (env.neg.neg) {
    if (reassures(env)) return say(env, 'commitment', 0.75, 'reassurance');
    return say(env, 'permission', 0.65, 'negated-commitment');
  }
  if (cls & VC.PUBLISH) return say(env, 'commitment', 0.65, 'org-future');
  return say(env, 'commitment', 0.8, 'org-future');
}

/** Future forms not in the lexicon, recognized by their ending ("présentera", "accompagnerons"). */
const FUTURE_ENDING = /(?:era|eront|erons|ira|iront|irons|dra|dront|drons|tra|tront|trons)$/;

/**
 * Finite verb at `i` (any reading with a class, or a future form), judged with its subject.
 *
 * @example
 * // "Nous vous encourageons à partager…" → encouragement; "Le collège s'engage à offrir…" → commitment
 */
export function finiteRule(c: Ctx, i: number): void {
  const word = w(c, i);
  const list = entriesAt(c, i);
  if (list) {
    let relevant = false;
    for (const e of list)
      if (e.mask & FUT || (e.mask & FINITE && (e.cls !== 0 || SPECIAL.has(e.lemma)))) relevant = true;
    if (!relevant || !isFiniteAt(c, i)) return;
    for (const e of list) {
      if (!(e.mask & FINITE) || (e.cls === 0 && !SPECIAL.has(e.lemma))) continue;
      if (byClass(envFor(c, i, e))) return;
    }
    const fut = list.find((e) => e.mask & FUT);
    if (
      fut &&
      !/^(?:etre|avoir|pouvoir|devoir|falloir)$/.test(fut.lemma) &&
      isOrg(subjectOf(c, i, c.mainStart))
    ) {
      futureOfOrg(envFor(c, i, fut));
    }
    return;
  }
  if (word.length < 5 || !FUTURE_ENDING.test(word) || FUTURE_LOOKALIKES.has(word)) return;
  const subj = subjectOf(c, i, c.mainStart);
  if (!isOrg(subj) || subj.s < 0) return;
  futureOfOrg(envFor(c, i, { lemma: word, mask: FUT, cls: 0 }));
}
