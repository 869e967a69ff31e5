/**
 * French prohibitions whose subject is what is forbidden: "Aucun propos injurieux n'est toléré sur nos
 * pages", "Les propos haineux ne seront en aucun cas tolérés", "La propagande partisane est proscrite",
 * "La publication de photos sans consentement est interdite".
 */
import type { CoreRewording } from '../shape.js';
import type { FrDirective } from './frames.js';
import { afterSans, deNP, firstWord, looksPlural, objectOfAction } from './grammar.js';
import { verbByInfinitive } from './verbs.js';
import { ACTION_NOUNS, CONTENT_NOUN, HURTFUL } from './words.js';

const TOLERATED =
  '(?:tolérée?s?|acceptée?s?|admise?s?|permise?s?|autorisée?s?|les bienvenue?s?|le bienvenu|la bienvenue)';
const PROHIBITED = '(?:interdite?s?|proscrite?s?|prohibée?s?|défendue?s?|bannie?s?)';
const ADVERB = '(?:(?:strictement|formellement|absolument|totalement|également|aussi|donc) )?';
const NEGATION =
  '(?: (?:pas|jamais|point|en aucun cas|aucunement|nullement|sous aucun prétexte)(?: du tout| non plus)?)';

/** A place phrase at the end: "sur nos pages", "dans nos commentaires". */
const PLACE = /^(?:sur|dans|en ligne|au sein|ici|lors)(?![\p{L}\p{N}])/iu;

interface NominalRule {
  /** What is forbidden, as written. */
  np: string;
  /** A place phrase after the predicate, or "". */
  place: string;
}

/**
 * Reads "NP n'est pas toléré [lieu]", "Aucun N n'est toléré [lieu]", "NP est interdit [lieu]",
 * "NP n'ont pas leur place [lieu]".
 */
function readNominal(core: string): NominalRule | null {
  const forms = [
    new RegExp(
      `^(.+?),? (?:n'est|ne sont|ne sera|ne seront)${NEGATION}? ${ADVERB}${TOLERATED}(?: (.+))?$`,
      'is',
    ),
    new RegExp(`^(.+?),? (?:est|sont|sera|seront) ${ADVERB}${PROHIBITED}(?: (.+))?$`, 'is'),
    /^(.+?),? n'(?:ont|a) (?:pas|plus|aucunement) (?:leur|sa) place(?: (.+))?$/is,
  ];
  for (const re of forms) {
    const m = core.match(re);
    if (!m) continue;
    const np = m[1];
    const place = m[2] ?? '';
    if (place !== '' && !PLACE.test(place)) return null;
    // Without a negation word, "n'est toléré" needs "aucun" (or "nul") in front.
    if (
      re === forms[0] &&
      !new RegExp(`^(?:.+?) (?:n'est|ne sont|ne sera|ne seront)${NEGATION}`, 'is').test(core)
    ) {
      if (!/^(?:aucune?|nulle?)(?![\p{L}\p{N}])/iu.test(np)) return null;
    } else if (/^(?:aucune?|nulle?)(?![\p{L}\p{N}])/iu.test(np)) return null;
    return { np, place };
  }
  return null;
}

/** "Aucun propos injurieux n'est toléré sur nos pages" → "Exprimez-vous avec respect sur nos pages, sans propos injurieux". */
function respectfulSpeech(r: NominalRule): CoreRewording | null {
  if (!HURTFUL.test(r.np)) return null;
  const what = afterSans(r.np);
  if (what === null) return null;
  const where = r.place === '' ? '' : ` ${r.place}`;
  return {
    pattern: 'fr/propos-respectueux',
    text: `Exprimez-vous avec respect${where}, sans ${what}`,
    generatedStart: true,
  };
}

/** "La propagande partisane est proscrite" → "Gardez vos échanges libres de propagande partisane"; with a place, "Nos pages restent libres de …". */
function freeOf(r: NominalRule): CoreRewording | null {
  const bare = r.np.replace(/^(?:les |le |la |l'|aucune? |toute? )/i, '');
  if (!CONTENT_NOUN.test(bare)) return null;
  const what = afterSans(r.np);
  if (what === null) return null;
  const of = deNP(what);
  if (r.place === '')
    return { pattern: 'fr/libre-de', text: `Gardez vos échanges libres ${of}`, generatedStart: true };
  const m = r.place.match(
    /^(?:sur|dans) ((?:les|nos|vos|ces|leurs|le|la|l'|notre|votre|ce|cette|cet) ?[\p{L}-]+(?: [\p{L}-]+)?)$/iu,
  );
  if (!m) return null;
  const place = m[1];
  const plural =
    /^(?:les|nos|vos|ces|leurs)(?![\p{L}\p{N}])/iu.test(place) || looksPlural(place.split(' ').pop()!);
  return {
    pattern: 'fr/libre-de',
    text: `${place[0].toUpperCase()}${place.slice(1)} ${plural ? 'restent libres' : 'reste libre'} ${of}`,
    generatedStart: true,
  };
}

/**
 * "La publication de photos sans consentement" as a directive to publish photos, for the directive
 * rewordings (the condition, confidentiality…).
 */
function actionDirective(r: NominalRule): FrDirective | null {
  if (r.place !== '') return null;
  const np = r.np.replace(/,$/, '');
  for (const [noun, verbPhrase] of Object.entries(ACTION_NOUNS)) {
    const m = np.match(new RegExp(`^(?:la |le |l')${noun} ((?:des |du |de |d').+)$`, 'is'));
    if (!m) continue;
    const [inf, ...more] = verbPhrase.split(' ');
    const verb = verbByInfinitive(inf);
    const obj = objectOfAction(m[1]);
    if (!verb || obj === null) return null;
    const particle = more.join(' ');
    const object = particle === '' ? obj : `${particle} ${obj}`;
    return {
      frame: 'imperative',
      subject: null,
      person: null,
      modal: null,
      verbs: [verb],
      seps: [],
      infText: verbPhrase,
      clitic: '',
      reflexive: false,
      object,
      negated: false,
      jamais: false,
      nothing: false,
    };
  }
  return null;
}

/**
 * The rewording of a nominal prohibition, or a directive to hand to the directive rewordings.
 *
 * @example
 * rewordNominal('Les propos haineux ne seront en aucun cas tolérés')
 * // → { rewording: { pattern: 'fr/propos-respectueux', text: 'Exprimez-vous avec respect, sans propos haineux' } }
 */
export function rewordNominal(
  core: string,
): { rewording: CoreRewording } | { directive: FrDirective } | null {
  const r = readNominal(core);
  if (!r || firstWord(r.np) === '') return null;
  // An action noun ("la publication de …") is read as its verb first, so the verb is kept.
  const d = actionDirective(r);
  if (d) return { directive: d };
  const direct = respectfulSpeech(r) ?? freeOf(r);
  return direct ? { rewording: direct } : null;
}
