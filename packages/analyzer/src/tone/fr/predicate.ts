/**
 * "être" (and "rester", "demeurer") + adjective or past participle: "est interdit", "sont tenus de",
 * "est autorisé", "sont invités à", "seront retirés", "sera offerte", "est la bienvenue",
 * "il est important de", "n'est pas permis" (rule 2), "sont à éviter".
 */

import type { ToneLabel } from '../../types.js';
import { infinitiveEntry, penaltyAhead } from './complement.js';
import type { Why } from './context.js';
import { type Ctx, cliticRunStart, entriesAt, type Proposed, propose, skipAdverbs, w } from './context.js';
import { DETERMINERS, nounKey, ORG_NOUNS, PERSON_NOUNS } from './lexicon.js';
import { negationAt } from './negation.js';
import { subjectOf } from './subject.js';
import { COND, FUT, PP, PRES, VC, verbAs } from './verbs.js';

interface Adjective {
  label: ToneLabel;
  /** Label when the copula is negated; null: no force either way. */
  neg: ToneLabel | null;
  /** Only with an impersonal subject and a complement: "il est important de". */
  impersonal?: boolean;
  /** Needs "de"/"à" after it: "libre de", "responsable de". */
  prep?: boolean;
}

const ADJECTIVES = new Map<string, Adjective>();
function adjectives(stems: string, a: Adjective): void {
  for (const stem of stems.split(' ')) {
    for (const f of [stem, `${stem}s`, `${stem}e`, `${stem}es`]) if (!ADJECTIVES.has(f)) ADJECTIVES.set(f, a);
  }
}
adjectives('inacceptable inadmissible intolerable indesirable irrecevable', {
  label: 'prohibition',
  neg: 'permission',
});
adjectives('obligatoire necessaire indispensable imperatif imperative requis exigible', {
  label: 'obligation',
  neg: 'permission',
});
adjectives('responsable', { label: 'obligation', neg: 'informative', prep: true });
adjectives('preferable souhaitable recommandable', { label: 'recommendation', neg: 'recommendation' });
adjectives('precieux precieuse', { label: 'recommendation', neg: null, impersonal: true });
adjectives(
  'important essentiel essentielle primordial crucial fondamental utile sage judicieux judicieuse prudent bon bonne opportun avise pertinent indique conseille mieux capital vital',
  { label: 'recommendation', neg: 'recommendation', impersonal: true },
);
adjectives('libre', { label: 'permission', neg: 'prohibition', prep: true });
adjectives('possible loisible', { label: 'permission', neg: 'prohibition', impersonal: true });
adjectives('bienvenu bienvenue', { label: 'encouragement', neg: 'prohibition' });
adjectives('pret prete', { label: 'commitment', neg: null, prep: true });
adjectives('disponible', { label: 'commitment', neg: null });

/** Adjectives that, after "considéré comme" / "jugé", declare content unwelcome. */
const UNWELCOME =
  /^(?:inacceptable|indesirable|inapproprie|interdit|abusi[fv]|offensant|irrespectueu|injurieu|illegal|illicite|prohibe|intolerable|inadmissible|nuisible|haineu|diffamatoire)/;

/** Copulas: "être" in the present, future and conditional, "rester", "demeurer". */
function copula(c: Ctx, i: number): { fut: boolean; cond: boolean } | null {
  const list = entriesAt(c, i);
  if (!list) return null;
  for (const e of list) {
    if (e.lemma !== 'etre' && e.lemma !== 'rester' && e.lemma !== 'demeurer') continue;
    if (e.mask & (PRES | FUT | COND)) return { fut: (e.mask & FUT) !== 0, cond: (e.mask & COND) !== 0 };
  }
  return null;
}

/** Whether "de", "d'", "que", "à" follows at `k`, allowing "pour nous/vous/tous" or an aside before it. */
function complementAt(c: Ctx, k: number): boolean {
  if (w(c, k) === 'pour' && /^(?:nous|vous|tous|chacun|l'|la|le|les|toute|tout)$/.test(w(c, k + 1))) k += 2;
  if (w(c, k) === 'pour' && /^(?:l'|la|le|les)$/.test(w(c, k - 1))) k += 1;
  if (w(c, k) === ',') {
    for (let q = k + 1; q < c.toks.length && q < k + 10; q++) {
      if (w(c, q) === ',') {
        k = q + 1;
        break;
      }
    }
  }
  return /^(?:de|d'|du|des|que|qu'|a|au|aux)$/.test(w(c, k));
}

/**
 * "être" + predicate at `i`.
 *
 * @example
 * // "Il est interdit de publier…" → prohibition; "Les parents sont invités à…" → encouragement
 */
export function predicateRule(c: Ctx, i: number): Proposed {
  const cop = copula(c, i);
  if (!cop) return undefined;
  const neg = negationAt(c, i);
  const run = cliticRunStart(c, i);
  const before = w(c, run - 1);
  const impersonal = before === 'il' || before === "c'" || before === 'ce';
  let k = neg.neg && neg.e > i ? neg.e : i + 1;
  k = skipAdverbs(c, k);
  const s = neg.s >= 0 ? Math.min(neg.s, impersonal ? run - 1 : i) : impersonal ? run - 1 : i;
  // An impersonal cue keeps its "de": « il est interdit de ».
  const say = (label: ToneLabel, conf: number, end: number, why: Why) => {
    const e = Math.max(end, neg.e);
    const de = impersonal && /^(?:de|d')$/.test(w(c, e)) ? e + 1 : e;
    return propose(c, label, conf, i, s, de, why);
  };
  let p = w(c, k);
  if (/^(?:le|la|les)$/.test(p) && w(c, k + 1).startsWith('bienvenu')) {
    k++;
    p = w(c, k);
  }
  if (p === 'de' && w(c, k + 1) === 'rigueur') {
    return say(neg.neg ? 'permission' : 'obligation', 0.8, k + 2, neg.neg ? 'negated-obligation' : 'lexical');
  }
  // "La prudence est de mise": what is fitting, advice rather than a rule.
  if (p === 'de' && w(c, k + 1) === 'mise') return say('recommendation', 0.7, k + 2, 'lexical');
  const n1 = w(c, k + 1);
  const n2 = w(c, k + 2);
  // "Il est de la responsabilité de chacun de…", "Il est de votre devoir de…".
  if (p === 'de' || p === 'du') {
    const noun = p === 'du' ? n1 : /^(?:la|l'|votre|leur|notre|son|sa)$/.test(n1) ? n2 : '';
    if (/^(?:responsabilite|devoir|obligation|ressort)$/.test(noun)) {
      return say(
        neg.neg ? 'permission' : 'obligation',
        0.8,
        k + (p === 'du' ? 2 : 3),
        neg.neg ? 'negated-obligation' : 'lexical',
      );
    }
    // "Il est de bonne pratique de…": advice.
    if (/^(?:bonne|bon)$/.test(n1) && /^(?:pratique|ton|aloi|usage|conseil)$/.test(n2)) {
      return say('recommendation', 0.8, k + 3, 'lexical');
    }
  }
  // "est le seul habilité à…", "sont les seuls autorisés à…": everyone else is excluded (rule 9).
  if (
    /^(?:le|la|les)$/.test(p) &&
    /^seule?s?$/.test(n1) &&
    /^(?:habilitee?s?|autorisee?s?|a|en|responsables?)$/.test(n2)
  ) {
    return say('prohibition', 0.85, k + 3, 'only');
  }
  if (p === 'en' && w(c, k + 1) === 'droit')
    return say(neg.neg ? 'prohibition' : 'permission', 0.8, k + 2, 'lexical');
  if (p === 'hors' && w(c, k + 1) === 'de' && w(c, k + 2) === 'question')
    return say('prohibition', 0.9, k + 3, 'lexical');
  if (p === 'a' || p === 'au') {
    const next = w(c, k + 1);
    if (/^(?:votre|vos|la|l')$/.test(next) && /^(?:disposition|ecoute|service)$/.test(w(c, k + 2))) {
      if (subjectOf(c, i, c.mainStart).cls === 'org' || subjectOf(c, i, c.mainStart).cls === 'pron')
        return say('commitment', 0.8, k + 3, 'org-pledge');
      return undefined;
    }
    const inf = infinitiveEntry(next);
    if (!inf) return undefined;
    if (
      inf.lemma === 'eviter' ||
      inf.cls & VC.RECOMMEND ||
      /^(?:privilegier|favoriser|preferer)$/.test(inf.lemma)
    ) {
      return say('recommendation', 0.8, k + 2, 'lexical');
    }
    if (inf.cls & VC.PROHIBIT) return say('prohibition', 0.85, k + 2, 'lexical');
    if (/^(?:respecter|observer|suivre|retenir)$/.test(inf.lemma))
      return say('obligation', 0.75, k + 2, 'lexical');
    if (inf.cls & VC.INVITE) return say('encouragement', 0.75, k + 2, 'lexical');
    return undefined;
  }
  if (p === 'susceptible' || p === 'susceptibles') {
    // "est susceptible de" works like "peut": a penalty or a breach in view makes it a sanction.
    const pen = penaltyAhead(c, k + 1, 8);
    if (pen >= 0 || subjectOf(c, i, c.mainStart).breach || c.breachLead)
      return say('sanction', 0.85, pen >= 0 ? pen + 1 : k + 2, 'breach-consequence');
    return say('informative', 0.55, k + 1, 'epistemic');
  }
  const adj = ADJECTIVES.get(p);
  if (adj) {
    // "Vos commentaires sont importants pour nous": the organization values them.
    if (adj.impersonal && !impersonal && n1 === 'pour' && (n2 === 'nous' || n2 === 'notre')) {
      return neg.neg ? undefined : say('encouragement', 0.7, k + 3, 'lexical');
    }
    if (adj.impersonal && !(impersonal && complementAt(c, k + 1))) return undefined;
    if (adj.prep && !complementAt(c, k + 1)) return undefined;
    // "Le service X est responsable de l'application…": who does what, described.
    if (p.startsWith('responsable') && subjectOf(c, i, c.mainStart).cls === 'org' && !neg.neg) {
      return say('informative', 0.6, k + 1, 'definition');
    }
    if (adj.label === 'commitment') {
      if (subjectOf(c, i, c.mainStart).cls === 'org') say('commitment', 0.8, k + 1, 'org-pledge');
      return undefined;
    }
    if (neg.neg) {
      if (!adj.neg) return undefined;
      const why: Why =
        adj.label === 'permission' || adj.label === 'encouragement'
          ? 'negated-permission'
          : adj.label === 'obligation'
            ? 'negated-obligation'
            : adj.label === 'prohibition'
              ? 'negated-prohibition'
              : 'lexical';
      return say(adj.neg, 0.85, k + 1, adj.neg === 'informative' ? 'disclaimer' : why);
    }
    if (adj.label === 'permission' && (subjectOf(c, i, c.mainStart).only || neg.restr))
      return say('prohibition', 0.85, k + 1, 'only');
    return say(adj.label, adj.impersonal ? 0.85 : 0.9, k + 1, 'lexical');
  }
  const pp = verbAs(p, PP);
  if (!pp) {
    if (
      cop.fut &&
      (subjectOf(c, i, c.mainStart).penalty || subjectOf(c, i, c.mainStart).breach || c.breachLead)
    )
      return say('sanction', 0.7, k, 'breach-consequence');
    return undefined;
  }
  return participle(c, i, k, pp.lemma, pp.cls, cop.fut, neg.neg, neg.restr, impersonal, say);
}

type Say = (label: ToneLabel, conf: number, end: number, why: Why) => true;

/** Passive "être" + participle at `k`, by the participle's verb class. */
function participle(
  c: Ctx,
  i: number,
  k: number,
  lemma: string,
  cls: number,
  fut: boolean,
  neg: boolean,
  restr: boolean,
  impersonal: boolean,
  say: Say,
): Proposed {
  const next = w(c, k + 1);
  const hasPrep = next === 'de' || next === "d'" || next === 'a' || next === 'au' || next === 'aux';
  if ((lemma === 'considerer' || lemma === 'juger') && !neg) {
    const q = next === 'comme' ? k + 2 : k + 1;
    if (UNWELCOME.test(w(c, q)) || /^(?:faute|infraction|violation|manquement)/.test(w(c, q + 1))) {
      return say('prohibition', 0.8, q + 1, 'lexical');
    }
    return undefined;
  }
  if (lemma === 'exclure' && impersonal && !neg) return say('prohibition', 0.85, k + 1, 'lexical');
  // "L'auteur est exposé à des poursuites": a named penalty awaits (rule 3); "exposé à des risques" does not.
  if (lemma === 'exposer' && !neg && (next === 'a' || next === 'au' || next === 'aux')) {
    const pen = penaltyAhead(c, k + 2, 6);
    if (pen >= 0) return say('sanction', 0.85, pen + 1, 'penalty');
  }
  // "est réservé aux comptes officiels": everyone else is excluded (rule 9).
  if (lemma === 'reserver' && !neg && /^(?:a|au|aux|exclusivement|uniquement|strictement)$/.test(next)) {
    return say('prohibition', 0.8, k + 1, 'only');
  }
  if (
    lemma === 'mettre' &&
    !neg &&
    /^(?:en|de)$/.test(next) &&
    /^(?:valeur|lumiere|vedette|l')$/.test(w(c, k + 2))
  ) {
    return say('encouragement', 0.8, k + 3, 'passive-valorize');
  }
  if (cls & VC.PROHIBIT && !(lemma === 'bannir' && fut)) {
    return say(neg ? 'permission' : 'prohibition', 0.93, k + 1, neg ? 'negated-prohibition' : 'lexical');
  }
  if (
    cls & VC.REMOVAL &&
    !(lemma === 'fermer' && !fut && !subjectOf(c, i, c.mainStart).breach && !c.breachLead)
  ) {
    if (neg) return say('commitment', 0.7, k + 1, 'negated-sanction');
    return say('sanction', 0.9, k + 1, 'passive-removal');
  }
  if (cls & VC.PERMIT) {
    if (neg) return say('prohibition', 0.92, k + 1, 'negated-permission');
    if (subjectOf(c, i, c.mainStart).only || restr) return say('prohibition', 0.85, k + 1, 'only');
    return say('permission', 0.9, k + 1, 'lexical');
  }
  if (cls & VC.REQUIRE) {
    if (
      (lemma === 'tenir' || lemma === 'charger') &&
      !hasPrep &&
      next !== 'responsable' &&
      next !== 'responsables'
    )
      return undefined;
    if (lemma === 'tenir' && next.startsWith('responsable')) {
      return say(neg ? 'informative' : 'obligation', 0.75, k + 2, neg ? 'disclaimer' : 'lexical');
    }
    if (neg) return say('permission', 0.88, k + 1, 'negated-obligation');
    if (negatedComplement(c, k + 1)) return say('prohibition', 0.85, k + 4, 'negated-complement');
    return say('obligation', 0.9, k + 1, 'lexical');
  }
  if (cls & VC.ASK) {
    if (!hasPrep && !impersonal) return undefined;
    if (negatedComplement(c, k + 1)) return say('prohibition', 0.85, k + 4, 'negated-complement');
    return say(neg ? 'permission' : 'obligation', 0.85, k + 1, neg ? 'negated-obligation' : 'polite');
  }
  if (cls & VC.RECOMMEND) return say('recommendation', 0.9, k + 1, 'lexical');
  if (cls & VC.INVITE) return say(neg ? 'recommendation' : 'encouragement', 0.88, k + 1, 'lexical');
  if (cls & VC.VALORIZE && lemma !== 'reconnaitre' && !neg)
    return say('encouragement', 0.8, k + 1, 'passive-valorize');
  if ((lemma === 'appeler' || lemma === 'amener') && (next === 'a' || next === 'au')) {
    return say('obligation', 0.7, k + 1, 'lexical');
  }
  if (subjectOf(c, i, c.mainStart).breach || c.breachLead) {
    if (fut) return say('sanction', 0.75, k + 1, 'breach-consequence');
  }
  if (subjectOf(c, i, c.mainStart).penalty && fut) return say('sanction', 0.75, k + 1, 'penalty');
  if (cls & VC.CONTROL) return say('informative', 0.6, k + 1, 'org-control');
  if (
    cls & VC.PUBLISH ||
    /^(?:partager|divulguer|transmettre|communiquer|vendre|ceder|diffuser)$/.test(lemma)
  ) {
    // "Vos renseignements ne seront jamais publiés" reassures; "Les commentaires hors sujet ne seront pas publiés" refuses content.
    if (neg && peoplesData(c, i)) return say('commitment', 0.75, k + 1, 'reassurance');
  }
  if (cls & VC.PUBLISH) {
    if (neg) return say('sanction', 0.7, k + 1, 'passive-removal');
    return say('informative', 0.6, k + 1, 'org-control');
  }
  // "est présente sur Facebook": the adjective, not the passive of "présenter".
  if (lemma === 'presenter' && !fut && actorAfter(c, k + 1) === 'none') return undefined;
  // "Aucune réponse ne sera donnée…": the organization declines, it keeps the choice (rule 10).
  if (cls & VC.PLEDGE && neg && isBenefit(c, k, lemma))
    return say('permission', 0.65, k + 1, 'negated-commitment');
  if (cls & (VC.PLEDGE | VC.AMEND) && !neg && isBenefit(c, k, lemma)) {
    // "sera signalé aux autorités", "sera transmis à la police": a penalty.
    for (let q = k + 1; q < k + 5 && q < c.toks.length; q++) {
      if (/^(?:autorites|police|justice|tribunaux|procureur)$/.test(w(c, q)))
        return say('sanction', 0.75, q + 1, 'penalty');
    }
    // "La modération est assurée par l'équipe": who does what, described.
    if (lemma === 'assurer' && !fut) return say('informative', 0.6, k + 1, 'org-control');
    // "sont lus par vos élèves": someone other than the organization acting makes it exposure, not a pledge.
    const actor = actorAfter(c, k + 1);
    if (actor === 'other') return say('informative', 0.6, k + 1, 'epistemic');
    return say('commitment', fut ? 0.8 : 0.7, k + 1, 'passive-benefit');
  }
  if (fut && penaltyAhead(c, k + 1, 4) >= 0) return say('sanction', 0.7, k + 1, 'penalty');
  return undefined;
}

/** Who acts after a passive: "par" + the organization, "par" + anyone else, or nobody named. */
function actorAfter(c: Ctx, k: number): 'org' | 'other' | 'none' {
  for (let q = k; q < k + 4 && q < c.toks.length; q++) {
    if (c.toks[q].punct) return 'none';
    if (w(c, q) !== 'par') continue;
    // "par l'équipe", "par un membre de notre équipe", "par nous" name the organization; "par vos
    // élèves", "par des milliers de personnes", "par tous" name others; "par année", "par courriel" nobody.
    let other = false;
    for (let h = q + 1; h < q + 7 && h < c.toks.length && !c.toks[h].punct; h++) {
      const t = w(c, h);
      if (t === 'nous' || t === 'notre' || t === 'nos' || (!DETERMINERS.has(t) && nounKey(t, ORG_NOUNS))) {
        return 'org';
      }
      if (/^(?:tous|toutes|autrui|autres|quiconque|chacun|vous|eux|milliers|centaines|inconnus)$/.test(t))
        other = true;
      if (!DETERMINERS.has(t) && nounKey(t, PERSON_NOUNS)) other = true;
    }
    return other ? 'other' : 'none';
  }
  return 'none';
}

/** Whether the subject of the verb at `i` is people's data: "vos renseignements personnels", "votre adresse". */
function peoplesData(c: Ctx, i: number): boolean {
  let yours = false;
  for (let q = c.mainStart; q < i; q++) {
    const t = w(c, q);
    if (t === 'vos' || t === 'votre' || t === 'leurs' || t === 'leur') yours = true;
    if (
      yours &&
      /^(?:donnees|renseignements?|informations?|coordonnees|adresses?|identite|courriels?|photos?|images?)$/.test(
        t,
      )
    ) {
      return true;
    }
  }
  return false;
}

/** "de ne pas …" right after `k`. */
function negatedComplement(c: Ctx, k: number): boolean {
  let q = k;
  if (/^(?:a|au|aux)$/.test(w(c, q))) {
    while (q < c.toks.length && w(c, q) !== 'de' && w(c, q) !== "d'" && q < k + 6) q++;
  }
  return (
    (w(c, q) === 'de' || w(c, q) === "d'") &&
    w(c, q + 1) === 'ne' &&
    /^(?:pas|jamais|plus)$/.test(w(c, q + 2))
  );
}

/** Participles of broad verbs count as a benefit only in their benefit sense. */
function isBenefit(c: Ctx, k: number, lemma: string): boolean {
  const next = w(c, k + 1);
  if (lemma === 'prendre') return /^(?:en|au)$/.test(next);
  if (lemma === 'mettre') return /^(?:a|en)$/.test(next);
  if (lemma === 'rendre') return /^(?:disponible|accessible|public|publique)/.test(next);
  return true;
}
