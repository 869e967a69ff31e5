/**
 * The French rewordings of a directive, one function per pattern. Each keeps the rule's content: the
 * condition stays, the forbidden thing stays named, nothing forbidden becomes allowed. Each returns
 * null when the directive does not fit it exactly.
 */
import type { CoreRewording } from '../shape.js';
import { firstStep, positiveCondition, splitCondition } from './condition.js';
import type { FrDirective } from './frames.js';
import {
  aNP,
  definiteObject,
  deNP,
  elide,
  positiveObject,
  subjectAfterPreposition,
  underNegation,
} from './grammar.js';
import { canFor, imperativeGroup, infinitiveForReader, type PositiveVP, renderPositive } from './render.js';
import {
  ANTONYM_OBJECT,
  ANTONYMS,
  CONFIDENTIAL,
  DISCLOSE,
  DISRESPECT,
  HURTFUL,
  PERSON_NOUNS,
  SAY,
  SECRET_HEAD,
} from './words.js';

type Transform = (d: FrDirective) => CoreRewording | null;

/** An object with no second negation, no second infinitive clause and no "sans" left in it. */
function plain(obj: string): boolean {
  return !/(?:^| )(?:ne |n'|ni )|(?<![\p{L}\p{N}])(?:et|ou) (?:de |d')\p{L}+(?:er|ir|re)(?![\p{L}\p{N}])| sans |^sans |[:;()–—]/iu.test(
    obj,
  );
}

function pattern(name: string, r: { text: string; generatedStart: boolean } | null): CoreRewording | null {
  return r ? { pattern: `fr/${name}`, ...r } : null;
}

function join(...parts: string[]): string {
  return parts.filter((p) => p !== '').join(' ');
}

/** "V … sans X" → "V … une fois X obtenu / avec X / après avoir …"; "V … sauf si C" → "V … seulement si C". */
const withCondition: Transform = (d) => {
  const c = splitCondition(d.object);
  if (!c || !plain(c.before)) return null;
  const obj = d.negated ? positiveObject(c.before) : c.before;
  if (obj === null) return null;
  const name = c.kind === 'if' ? 'sauf-si' : 'sans-condition';
  if (d.frame === 'nobody') {
    if (c.kind === 'if') return null;
    const step = firstStep(c);
    if (!step) return null;
    return pattern('nul-ne-peut', {
      text: `Pour ${join(infinitiveForReader(d), obj)}, ${step}`,
      generatedStart: true,
    });
  }
  const cond = positiveCondition(c);
  if (!cond) return null;
  switch (d.frame) {
    case 'impersonal':
    case 'imperative': {
      // A rule that waits for a permission is itself a permission: "vous pouvez …, une fois l'accord
      // obtenu" gives room and keeps the limit. A rule that waits for a step ("après avoir vérifié")
      // stays advice in the imperative.
      if (!cond.startsWith('après ')) {
        return pattern(name, {
          text: join('Vous pouvez', infinitiveForReader(d), obj, cond),
          generatedStart: true,
        });
      }
      const imp = imperativeGroup(d);
      return imp ? pattern(name, { text: join(cap(imp), obj, cond), generatedStart: true }) : null;
    }
    case 'infinitive':
      return pattern(name, { text: join(cap(d.infText), obj, cond), generatedStart: true });
    case 'subject': {
      const can = canFor(d.modal, d.person);
      if (!can) return null;
      return pattern(name, {
        text: join(d.subject!, can, d.infText, obj, cond),
        generatedStart: d.modal === null,
      });
    }
    default:
      return null;
  }
};

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

/** "Ne publiez pas de contenu que vous ne voudriez pas voir …" → "Publiez uniquement du contenu que vous accepteriez de voir …". */
const wouldAccept: Transform = (d) => {
  if (d.frame !== 'imperative' && d.frame !== 'infinitive' && d.frame !== 'impersonal') return null;
  const m = d.object.match(
    /^(?:(rien|quoi que ce soit|(?:de |d'|des |du )[\p{L}-]+) )?(?:que |qu')(vous|tu|on|ils|elles|l'on) (?:ne |n')(voudr|aimer|souhaiter)(iez|ais|ait|ions|aient) pas (.*)$/isu,
  );
  if (!m) return null;
  const [, what, who, , ending, tail] = m;
  let thing = 'ce';
  if (what && !/^(?:rien|quoi)/i.test(what)) {
    const o = d.negated ? positiveObject(what) : what;
    if (o === null) return null;
    thing = o;
  }
  const accept = `accepter${ending}`;
  const rest = /^(?:que|qu')/i.test(tail) ? `${accept} ${tail}` : `${accept} ${elide('de', tail)}${tail}`;
  const body = `uniquement ${thing} ${elide('que', who)}${who} ${rest}`;
  if (d.frame === 'infinitive')
    return pattern('accepteriez', { text: join(cap(d.infText), body), generatedStart: true });
  const imp = imperativeGroup(d);
  return imp ? pattern('accepteriez', { text: join(cap(imp), body), generatedStart: true }) : null;
};

/** "se faire passer pour quelqu'un d'autre", "usurper l'identité de …" → "Présentez-vous sous votre propre identité". */
const ownIdentity: Transform = (d) => {
  const v = d.verbs[0].inf;
  const impersonation =
    (v === 'faire' && d.reflexive && /^passer pour(?![\p{L}\p{N}])/iu.test(d.object)) ||
    (v === 'usurper' && /^l'identité(?![\p{L}\p{N}])/iu.test(d.object));
  if (!impersonation || d.verbs.length > 1) return null;
  return pattern(
    'identite',
    renderPositive(d, {
      imp: 'Présentez-vous sous votre propre identité',
      inf: (p) =>
        p === 'inf'
          ? 'Se présenter sous sa propre identité'
          : `se présenter sous ${p === 'pl' ? 'leur' : 'sa'} propre identité`,
    }),
  );
};

/** Recipients that mean "anyone" and go away with "pour vous"; any other recipient is kept out. */
const ANYONE =
  / (?:avec|à) (?:qui que ce soit|quiconque|personne|d'autres(?: personnes)?|des tiers|un tiers|autrui)$/i;

function disclosedObject(d: FrDirective): string | null {
  if (!DISCLOSE.test(d.verbs[0].inf) || d.verbs.some((v) => !DISCLOSE.test(v.inf))) return null;
  if (d.clitic !== '' || d.reflexive || !plain(d.object)) return null;
  const obj = d.object.replace(ANYONE, '');
  // A recipient that is a person ("à vos collègues") would be lost: leave such rules alone.
  const to = obj.match(
    /(?:^| )(?:avec|à|aux|au) (?:(?:vos|des|les|leurs?|ses|un|une|la|le|l'|d') ?)?([\p{L}-]+)/iu,
  );
  if (to && PERSON_NOUNS.test(to[1])) return null;
  return definiteObject(obj);
}

/** "Ne partagez jamais vos mots de passe" → "Gardez vos mots de passe pour vous". */
const keepSecret: Transform = (d) => {
  const obj = disclosedObject(d);
  if (!obj || !SECRET_HEAD.test(obj)) return null;
  return pattern(
    'secret',
    renderPositive(d, {
      imp: `Gardez ${obj} pour vous`,
      inf: (p) => (p === 'inf' ? `Garder ${obj} pour soi` : `protéger ${obj}`),
    }),
  );
};

/** "Ne divulguez pas d'informations confidentielles" → "Protégez les informations confidentielles". */
const keepConfidential: Transform = (d) => {
  const obj = disclosedObject(d);
  if (!obj || !CONFIDENTIAL.test(obj)) return null;
  const vp: PositiveVP = /confidentiel/i.test(obj)
    ? { imp: `Protégez ${obj}`, inf: (p) => `${p === 'inf' ? 'Protéger' : 'protéger'} ${obj}` }
    : {
        imp: `Préservez la confidentialité ${deNP(obj)}`,
        inf: (p) => `${p === 'inf' ? 'Préserver' : 'préserver'} la confidentialité ${deNP(obj)}`,
      };
  return pattern('confidentialite', renderPositive(d, vp));
};

/** Where a person object ends and the circumstances begin ("vos collègues | sur les réseaux sociaux"). */
const CIRCUMSTANCE =
  / (?:sur|dans|en ligne|en public|pendant|lors|devant|publiquement|ici)(?![\p{L}\p{N}])/iu;

/** "Ne ridiculisez jamais vos collègues" → "Traitez vos collègues avec respect". */
const treatWithRespect: Transform = (d) => {
  if (d.verbs.some((v) => !DISRESPECT.test(v.inf))) return null;
  let obj = d.object;
  if (d.verbs[0].inf === 'moquer') {
    if (!d.reflexive || d.verbs.length > 1) return null;
    const m = obj.match(/^(?:de |d'|des |du )/i);
    if (!m) return null;
    obj = /^des /i.test(obj)
      ? `les ${obj.slice(4)}`
      : /^du /i.test(obj)
        ? `le ${obj.slice(3)}`
        : obj.slice(m[0].length);
  } else if (d.reflexive) return null;
  if (!plain(obj)) return null;
  const cut = obj.search(CIRCUMSTANCE);
  const person = cut >= 0 ? obj.slice(0, cut) : obj;
  const circumstance = cut >= 0 ? obj.slice(cut) : '';
  const who = definiteObject(person);
  if (who === null) return null;
  if (d.clitic !== '') {
    // "lui" does not tell him from her: only clitics whose object form is sure.
    if (who !== '' || !/^(?:les|le|la|leur)$/i.test(d.clitic) || d.verbs.length > 1) return null;
    const c = d.clitic.toLowerCase() === 'leur' ? 'les' : d.clitic.toLowerCase();
    return pattern(
      'respect',
      renderPositive(d, {
        imp: `Traitez-${c} avec respect${circumstance}`,
        inf: (p) => `${p === 'inf' ? cap(c) : c} traiter avec respect${circumstance}`,
      }),
    );
  }
  if (who === '' || d.reflexive !== (d.verbs[0].inf === 'moquer')) return null;
  return pattern(
    'respect',
    renderPositive(d, {
      imp: `Traitez ${who} avec respect${circumstance}`,
      inf: (p) => `${p === 'inf' ? 'Traiter' : 'traiter'} ${who} avec respect${circumstance}`,
    }),
  );
};

/** "Il est interdit de tenir des propos haineux" → "Exprimez-vous avec respect, sans tenir de propos haineux". */
const respectfulSpeech: Transform = (d) => {
  if (d.verbs.some((v) => !SAY.test(v.inf)) || d.reflexive || d.clitic !== '') return null;
  if (!HURTFUL.test(d.object) || !plain(d.object)) return null;
  const what = join(d.jamais ? 'jamais' : '', d.infText, d.negated ? d.object : underNegation(d.object));
  return pattern(
    'propos-respectueux',
    renderPositive(d, {
      imp: `Exprimez-vous avec respect, sans ${what}`,
      inf: (p) => `${p === 'inf' ? "S'exprimer" : "s'exprimer"} avec respect, sans ${what}`,
    }),
  );
};

/** "ne pas ternir la réputation de …" → "préserver la réputation de …", with a lexicon of counterparts. */
const antonym: Transform = (d) => {
  if (d.verbs.length > 1 || d.clitic !== '' || d.reflexive) return null;
  const v = d.verbs[0].inf;
  const ant = ANTONYMS[v];
  if (!ant || !plain(d.object)) return null;
  const need = ANTONYM_OBJECT[v];
  if (need && !need.test(d.object)) return null;
  let obj = d.object;
  if (ant.drop) {
    const m = obj.match(ant.drop);
    if (!m) return null;
    const prep = m[0].trim().toLowerCase();
    obj = obj.slice(m[0].length);
    if (prep === 'au') obj = `le ${obj}`;
    else if (prep === 'aux') obj = `les ${obj}`;
  }
  const o = d.negated ? positiveObject(obj) : obj;
  if (o === null || o === '' || /^(?:des|du|de |d'|un |une )/i.test(o)) return null;
  const target = ant.de ? deNP(o) : o;
  return pattern(
    'antonyme',
    renderPositive(d, {
      imp: `${cap(ant.imp)} ${target}`,
      inf: (p) => `${p === 'inf' ? cap(ant.inf) : ant.inf} ${target}`,
    }),
  );
};

/** "Seuls les porte-parole désignés peuvent s'exprimer au nom de …" → "Pour vous exprimer au nom de …, adressez-vous aux porte-parole désignés". */
const onlyThem: Transform = (d) => {
  if (d.frame !== 'only' || !plain(d.object)) return null;
  const who = subjectAfterPreposition(d.subject!);
  if (!/^(?:les?|la|l'|un|une|vos|votre|nos|notre|ces|cette|ce|cet)(?![\p{L}\p{N}])/iu.test(who)) return null;
  return pattern('seuls-adressez', {
    text: `Pour ${join(infinitiveForReader(d), d.object)}, adressez-vous ${aNP(who)}`,
    generatedStart: true,
  });
};

/** The transforms, most faithful first: a kept condition beats a lexical counterpart. */
const TRANSFORMS: Transform[] = [
  withCondition,
  onlyThem,
  wouldAccept,
  ownIdentity,
  keepSecret,
  keepConfidential,
  treatWithRespect,
  respectfulSpeech,
  antonym,
];

/**
 * The first French rewording that fits a directive, or null.
 *
 * @example
 * // readDirective("Il est interdit de publier la photo d'un élève sans le consentement de ses parents")
 * // → { pattern: 'fr/sans-condition', text: "Vous pouvez publier la photo d'un élève une fois le consentement de ses parents obtenu" }
 */
export function rewordDirective(d: FrDirective): CoreRewording | null {
  // "Ne publiez rien que …" keeps its meaning only as "uniquement ce que …".
  if (d.nothing) return wouldAccept(d);
  for (const t of TRANSFORMS) {
    const r = t(d);
    if (r) return r;
  }
  return null;
}
