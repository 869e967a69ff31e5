/**
 * Verbs with rules of their own: "s'engager à" and "se réserver le droit de" (rule 10), "risquer",
 * "faire l'objet de", "valoir mieux", "aller" + infinitive, "remercier de", "recevoir une réponse",
 * "souhaiter"/"tenir à" + infinitive, "entendre par", "reconnaître que", "permettre à … de"…
 */

import { complementFrom, infinitiveEntry, penaltyAhead } from './complement.js';
import { type Ctx, is, w } from './context.js';
import { F } from './lexicon.js';
import { after, deAfter, type Env, isOrg, isPeople, say } from './verb-env.js';
import { INF, PRES, VC } from './verbs.js';

const OEUVRE = /^(?:oeuvre|œuvre)$/;
const POSSESSIVE = /^(?:notre|son|leur|mon|votre)$/;

/**
 * Token after an effort phrase that starts at `k`, after "faire" and its adverbs: "de notre mieux",
 * "(tout) son possible", "le maximum", "l'impossible", "tous les efforts"; or -1.
 *
 * @example
 * // "Nous faisons de notre mieux pour…": bestEffortEnd(ctx, index of "de") → index after "mieux"
 */
function bestEffortEnd(c: Ctx, k: number): number {
  const a = w(c, k);
  if (a === 'de' && POSSESSIVE.test(w(c, k + 1)) && w(c, k + 2) === 'mieux') return k + 3;
  if (a === 'tout' && POSSESSIVE.test(w(c, k + 1)) && w(c, k + 2) === 'possible') return k + 3;
  if (POSSESSIVE.test(a) && /^(?:possible|maximum)$/.test(w(c, k + 1))) return k + 2;
  if (a === 'le' && w(c, k + 1) === 'maximum') return k + 2;
  if (a === "l'" && w(c, k + 1) === 'impossible') return k + 2;
  if (a === 'tous' && /^(?:les|nos|ses|leurs)$/.test(w(c, k + 1)) && w(c, k + 2) === 'efforts') return k + 3;
  return -1;
}

/** "s'engage à": who pledges decides (rule 10). */
function engager(env: Env): boolean {
  const k = after(env);
  if (!env.reflexive || (w(env.c, k) !== 'a' && w(env.c, k) !== 'au')) return false;
  const { subj, neg } = env;
  if (isPeople(subj)) {
    return neg.neg
      ? say(env, 'permission', 0.7, 'negated-obligation', k + 1)
      : say(env, 'obligation', 0.85, 'reader-pledge', k + 1);
  }
  return neg.neg
    ? say(env, 'permission', 0.8, 'negated-commitment', k + 1)
    : say(env, 'commitment', subj.cls === 'org' ? 0.92 : 0.75, 'org-pledge', k + 1);
}

/** "se réserve le droit de …": removing or blocking is a sanction, anything else a permission. */
function reserver(env: Env): boolean {
  const { c } = env;
  const k = after(env);
  if (!env.reflexive || w(c, k) !== 'le' || w(c, k + 1) !== 'droit') return false;
  const de = deAfter(c, k + 2, 10, true);
  if (de < 0) return say(env, 'permission', 0.7, 'reserve', k + 2);
  let sanction = false;
  let last = de + 1;
  // Up to three coordinated infinitives: "de cacher ou d'effacer … et d'exclure".
  for (let q = de, n = 0; q >= 0 && n < 3; n++) {
    let v = q + 1;
    const negated = is(c, v, F.NE) && is(c, v + 1, F.NEG_BEFORE_INF);
    if (negated) v += 2;
    while (/^(?:le|la|les|l'|y|en|leur|lui|vous)$/.test(w(c, v)) && infinitiveEntry(w(c, v + 1))) v++;
    const inf = infinitiveEntry(w(c, v));
    if (!inf) break;
    last = v + 1;
    if (
      inf.cls & VC.REMOVAL ||
      (negated && inf.cls & VC.PUBLISH) ||
      /^(?:moderer|intervenir)$/.test(inf.lemma)
    ) {
      sanction = true;
      break;
    }
    q = deAfter(c, v + 1, 8, true);
  }
  return sanction
    ? say(env, 'sanction', 0.92, 'reserve-remove', last)
    : say(env, 'permission', 0.85, 'reserve', last);
}

/**
 * Rules of particular verbs; `undefined` lets the class rules of finite.ts decide.
 *
 * @example
 * // "Nous vous remercions de respecter ces consignes" → obligation (a polite order, rule 8)
 */
export function byLemma(env: Env): boolean | undefined {
  const { c, i, e, subj, neg } = env;
  const k = after(env);
  const lemma = e.lemma;
  switch (lemma) {
    case 'engager':
      return engager(env);
    case 'reserver':
      return reserver(env);
    case 'risquer':
    case 'encourir': {
      const pen = penaltyAhead(c, k, 5);
      if (pen >= 0) return say(env, 'sanction', 0.85, 'penalty', pen + 1);
      if (w(c, k) === 'de' || w(c, k) === "d'") {
        const comp = complementFrom(c, k + 1);
        if (comp && (comp.seVoir || comp.entry.cls & VC.REMOVAL))
          return say(env, 'sanction', 0.8, 'penalty', comp.e);
      }
      return false;
    }
    case 'faire':
      if (w(c, k) === "l'" && w(c, k + 1) === 'objet') {
        const pen = penaltyAhead(c, k + 2, 5);
        if (pen >= 0) return say(env, 'sanction', 0.88, 'penalty', pen + 1);
      }
      // "Nous faisons de notre mieux", "L'équipe fait tout son possible", "Nous ferons le maximum".
      if (isOrg(subj) && !neg.neg) {
        const end = bestEffortEnd(c, k);
        if (end > 0) return say(env, 'commitment', 0.75, env.fut ? 'org-future' : 'org-pledge', end);
      }
      return false;
    case 'remercier':
      // "Nous vous remercions de respecter…" is a polite order (rule 8); "… de votre compréhension" thanks.
      if (w(c, k) === 'de' || w(c, k) === "d'") {
        if (is(c, k + 1, F.NE) && is(c, k + 2, F.NEG_BEFORE_INF))
          return say(env, 'prohibition', 0.85, 'polite', k + 3);
        if (infinitiveEntry(w(c, k + 1)) && !/^(?:votre|vos|notre|nos|leur|leurs)$/.test(w(c, k + 1))) {
          return say(env, 'obligation', 0.8, 'polite', k + 2);
        }
      }
      return undefined;
    case 'recevoir':
    case 'beneficier':
    case 'obtenir': {
      // "Vous recevrez une réponse", "Les nouveaux employés bénéficieront d'une formation".
      if (!env.fut || neg.neg) return false;
      const pen = penaltyAhead(c, k, 5);
      if (pen >= 0) return say(env, 'sanction', 0.8, 'penalty', pen + 1);
      if (isPeople(subj) || subj.cls === 'pron') return say(env, 'commitment', 0.7, 'passive-benefit');
      // "Les questions reçues recevront une réponse": what people are promised.
      if (/^(?:reponse|suite|retour|accuse)$/.test(w(c, k + 1)) || w(c, k) === 'suite') {
        return say(env, 'commitment', 0.7, 'passive-benefit', k + 2);
      }
      return false;
    }
    case 'valoir':
      if (w(c, i + 1) === 'mieux' || w(c, i - 1) === 'mieux')
        return say(env, 'recommendation', 0.9, 'lexical', i + 2);
      return false;
    case 'aller': {
      // "nous allons vous accompagner": a near future.
      if (!isOrg(subj) || !(e.mask & PRES)) return false;
      const comp = complementFrom(c, i + 1);
      if (!comp || comp.entry.mask !== INF) return false;
      if (comp.entry.cls & VC.REMOVAL) return say(env, 'sanction', 0.85, 'org-removal', comp.e);
      return say(env, 'commitment', 0.85, 'org-future', comp.e);
    }
    case 'souhaiter':
    case 'desirer':
    case 'vouloir':
    case 'tenir': {
      // "Nous tenons à remercier…", "L'organisation souhaite encourager…": the wish takes the force of its verb.
      if (!isOrg(subj) || neg.neg) return false;
      const q = lemma === 'tenir' ? (w(c, k) === 'a' ? k + 1 : -1) : k;
      if (q < 0) return false;
      const comp = complementFrom(c, q);
      if (!comp || comp.entry.mask !== INF || comp.v > q + 2) return false;
      if (comp.entry.cls & VC.VALORIZE) return say(env, 'encouragement', 0.8, 'lexical', comp.e);
      if (comp.entry.cls & (VC.PLEDGE | VC.HELP)) return say(env, 'commitment', 0.75, 'org-pledge', comp.e);
      return false;
    }
    case 'entendre':
      // "On entend par X…", "Par X, on entend…": a definition.
      if (subj.cls === 'generic')
        return say(env, 'informative', 0.85, 'definition', w(c, k) === 'par' ? k + 1 : env.end);
      return false;
    case 'appliquer':
      if (env.reflexive) return say(env, 'informative', 0.75, 'definition', k);
      return false;
    case 'porter':
      if (w(c, k) === 'sur' && subj.cls === 'thing')
        return say(env, 'informative', 0.75, 'definition', k + 1);
      return false;
    case 'abstenir':
      return say(env, 'prohibition', 0.85, 'lexical');
    case 'permettre':
      if (subj.cls === 'thing' || subj.cls === 'none') return false;
      if (!(env.toPeople || /^(?:leur|lui)$/.test(w(c, i - 1)) || /^(?:a|au|aux)$/.test(w(c, k))))
        return false;
      return neg.neg
        ? say(env, 'prohibition', 0.85, 'negated-permission')
        : say(env, 'permission', 0.85, 'lexical');
    case 'tolerer':
    case 'admettre':
    case 'accepter':
      if (neg.neg) return say(env, 'prohibition', 0.9, 'negated-permission');
      if (lemma === 'accepter' && isPeople(subj)) return say(env, 'obligation', 0.7, 'reader-agrees');
      if (lemma === 'admettre' || !isOrg(subj)) return false;
      return say(env, 'permission', 0.65, 'org-general');
    case 'adherer':
    case 'consentir':
      if (isPeople(subj) && !neg.neg) return say(env, 'obligation', 0.7, 'reader-agrees');
      return false;
    case 'defendre':
      if (deAfter(c, k, 6) < 0) return false;
      return undefined;
    case 'attendre':
      if (!(env.reflexive && w(c, k) === 'a') && deAfter(c, k, 4) < 0) return false;
      return say(env, 'obligation', 0.8, 'lexical');
    case 'reconnaitre':
      // "vous reconnaissez avoir lu la nétiquette": the reader acknowledges, an obligation (rule 10).
      if (subj.cls === 'reader' && (w(c, k) === 'que' || w(c, k) === "qu'" || infinitiveEntry(w(c, k)))) {
        return say(env, 'obligation', 0.7, 'reader-agrees');
      }
      if (w(c, k) === 'que' || w(c, k) === "qu'") return say(env, 'informative', 0.75, 'recognize', k + 1);
      if (w(c, k) === 'le' && w(c, k + 1) === 'droit') return say(env, 'permission', 0.8, 'lexical', k + 2);
      // "reconnaît l'importance des médias sociaux": a statement, not praise.
      if (
        /^(?:importance|valeur|potentiel|role|utilite|pertinence|necessite|place|existence|risques?)$/.test(
          w(c, k + 1),
        )
      ) {
        return say(env, 'informative', 0.65, 'recognize', k + 2);
      }
      return undefined;
    case 'souligner':
      if (w(c, k) === 'que' || w(c, k) === "qu'") return false;
      return undefined;
    case 'accueillir':
      if (!/^(?:avec|favorablement|chaleureusement|volontiers|vos|votre|tes|ton|toutes|tous)$/.test(w(c, k)))
        return false;
      return undefined;
    case 'veiller':
    case 'assurer':
      if (lemma === 'assurer' && !env.reflexive) break;
      if (!isOrg(subj) && subj.cls !== 'thing') return say(env, 'obligation', 0.75, 'lexical');
      return undefined;
    case 'conseiller':
      if (w(c, k) === 'de' || w(c, k) === "d'") return say(env, 'recommendation', 0.88, 'lexical');
      return undefined;
    case 'mettre':
      // "Nous mettons tout en œuvre pour …": the organization pledges its effort.
      if (w(c, i + 1) === 'tout' && w(c, i + 2) === 'en' && OEUVRE.test(w(c, i + 3))) {
        if (!isOrg(subj) || neg.neg) return false;
        return say(env, 'commitment', 0.8, env.fut ? 'org-future' : 'org-pledge', i + 4);
      }
      // "Nous mettrons en valeur vos initiatives": valorizing, not a plain pledge.
      if (
        /^(?:en|de)$/.test(w(c, k)) &&
        /^(?:valeur|lumiere|vedette|l')$/.test(w(c, k + 1)) &&
        !isPeople(subj)
      ) {
        return say(env, 'encouragement', 0.85, 'lexical', k + 2);
      }
      return undefined;
    case 'eviter':
      if (isPeople(subj) && e.mask & PRES) return say(env, 'recommendation', 0.7, 'lexical');
      return false;
    default:
      return undefined;
  }
  return undefined;
}
