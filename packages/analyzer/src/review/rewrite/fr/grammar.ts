/**
 * Small pieces of French grammar a rewording needs: elision, "de"/"à" + article contractions, the
 * partitive "de" of a negation turned back into an article, determiners stripped or made definite.
 * Every function returns null when it cannot be sure.
 */
import { elides, genderOf } from './words.js';

const WORD = /^([\p{L}\p{N}-]+)/u;

/** The first word of a phrase (letters, digits, hyphens). */
export function firstWord(s: string): string {
  return s.match(WORD)?.[1] ?? '';
}

/** True when a noun form looks plural ("photos", "travaux"); "propos", "avis" count as plural too. */
export function looksPlural(word: string): boolean {
  return /[sxz]$/i.test(word);
}

/**
 * "de" + a phrase, with the article contracted or the "de" elided.
 *
 * @example
 * deNP('les informations') // → 'des informations'
 * deNP('informations') // → "d'informations"
 */
export function deNP(np: string): string {
  if (/^les /i.test(np)) return `des ${np.slice(4)}`;
  if (/^le /i.test(np)) return `du ${np.slice(3)}`;
  return elides(np) ? `d'${np}` : `de ${np}`;
}

/**
 * "à" + a phrase, with the article contracted.
 *
 * @example
 * aNP('les porte-parole désignés') // → 'aux porte-parole désignés'
 */
export function aNP(np: string): string {
  if (/^les /i.test(np)) return `aux ${np.slice(4)}`;
  if (/^le /i.test(np)) return `au ${np.slice(3)}`;
  return `à ${np}`;
}

/** Nouns a charter uses without counting them: after a negation they take the partitive. */
const MASS_NOUNS = new Set([
  'contenu',
  'matériel',
  'temps',
  'argent',
  'soutien',
  'aide',
  'publicité',
  'musique',
  'vocabulaire',
  'langage',
  'violence',
  'information',
  'désinformation',
  'propagande',
]);

/**
 * The object of a negated verb, made positive: the partitive "de" becomes an indefinite article
 * ("pas de photos" → "des photos", "pas de contenu" → "du contenu"); null when the gender of a
 * singular noun is unknown. Other objects are returned unchanged.
 *
 * @example
 * positiveObject("d'informations confidentielles") // → 'des informations confidentielles'
 */
export function positiveObject(obj: string): string | null {
  const m = obj.match(/^(?:de |d')(.*)$/is);
  if (!m) return obj;
  const rest = m[1];
  // "de la", "de l'", "des", "du" after a negation are a preposition + article: keep them.
  if (/^(?:la |l')/i.test(rest)) return obj;
  // Before an adjective, the plural article stays "de": "pas d'autres photos" → "d'autres photos".
  if (
    /^(?:autres|nouvelles|nouveaux|fausses|faux|vraies|vieilles|belles|bonnes|mauvaises|grandes|petites|nombreuses|nombreux) /i.test(
      rest,
    )
  )
    return obj;
  // A list of partitives ("de photos, de vidéos ou de textes") cannot be told from complements: unsure.
  if (/(?:,| ou| et) (?:de |d')/i.test(rest)) return null;
  const noun = firstWord(rest);
  if (noun === '') return null;
  if (looksPlural(noun)) return `des ${rest}`;
  const g = genderOf(noun);
  if (g === undefined) return null;
  // A singular after "pas de" is mostly a count noun in a charter (photo, vidéo, compte, message):
  // "pas de photo" → "une photo", not "de la photo"; mass nouns keep the partitive ("du contenu").
  if (MASS_NOUNS.has(noun.toLowerCase())) {
    if (elides(noun)) return `de l'${rest}`;
    return g === 'm' ? `du ${rest}` : `de la ${rest}`;
  }
  return g === 'm' ? `un ${rest}` : `une ${rest}`;
}

/**
 * The object made definite, for rules about a kind of thing ("d'informations confidentielles" →
 * "les informations confidentielles"); possessives and definite articles are kept; null when unsure.
 *
 * @example
 * definiteObject('des mots de passe') // → 'les mots de passe'
 */
export function definiteObject(obj: string): string | null {
  let rest: string | null = null;
  const m = obj.match(/^(?:des |de |d')(.*)$/is);
  if (m && !/^(?:la |l')/i.test(m[1])) rest = m[1];
  else if (/^du /i.test(obj)) rest = obj.slice(3);
  if (rest === null) {
    if (/^(?:un|une) /i.test(obj)) return null;
    return obj;
  }
  const noun = firstWord(rest);
  if (noun === '') return null;
  if (looksPlural(noun)) return `les ${rest}`;
  if (elides(noun)) return `l'${rest}`;
  const g = genderOf(noun);
  if (g === undefined) return null;
  return g === 'm' ? `le ${rest}` : `la ${rest}`;
}

/**
 * An object after "de" (an action noun's complement) turned into a direct object:
 * "de photos" → "des photos", "des photos" → "les photos", "du nom" → "le nom".
 *
 * @example
 * objectOfAction('de la photo de classe') // → 'la photo de classe'
 */
export function objectOfAction(comp: string): string | null {
  if (/^des /i.test(comp)) return `les ${comp.slice(4)}`;
  if (/^du /i.test(comp)) return `le ${comp.slice(3)}`;
  const m = comp.match(/^(?:de |d')(.*)$/is);
  if (!m) return null;
  const rest = m[1];
  if (/^(?:la |l'|vos |votre |leurs? |ses |son |sa |ces |cette |cet |ce )/i.test(rest)) return rest;
  const noun = firstWord(rest);
  if (noun === '' || !looksPlural(noun)) return positiveObject(comp);
  return `des ${rest}`;
}

/**
 * An indefinite object put under "sans" or a negation: "des propos" → "de propos".
 *
 * @example
 * underNegation('des informations') // → "d'informations"
 */
export function underNegation(obj: string): string {
  const m = obj.match(/^des (.*)$/is);
  if (!m) return obj;
  return elides(m[1]) ? `d'${m[1]}` : `de ${m[1]}`;
}

/** Determiners a noun phrase loses after "sans" ("sans injures", "sans propos haineux"). */
const STRIPPABLE = /^(?:les |le |la |l'|des |de |d'|du |aucun |aucune |tout |toute |tous les |toutes les )/i;

/** Where a noun phrase's complements start: a relative, a participle, a preposition. */
const COMPLEMENT =
  / (?:qui|que|qu'|dont|visant|contre|envers|à|au|aux|de|d'|du|des|sur|dans|pour|par|en|avec|sans|concernant|touchant)(?=[\s\p{L}])|\(/giu;

/**
 * A list of noun phrases put after "sans": determiners removed and the last "et" of a list of noun
 * phrases made "ni" ("Les injures, le dénigrement et les attaques visant …" → "injures, dénigrement ni
 * attaques visant …"); null when an item keeps a determiner that cannot go (a possessive, a number).
 *
 * @example
 * afterSans('Les propos haineux') // → 'propos haineux'
 */
export function afterSans(np: string): string | null {
  let zoneEnd = np.length;
  COMPLEMENT.lastIndex = 0;
  for (let m = COMPLEMENT.exec(np); m !== null; m = COMPLEMENT.exec(np)) {
    const before = np.slice(0, m.index);
    if (/(?:,| et| ou)$/.test(before)) continue; // the next item of the list, not a complement
    zoneEnd = m.index;
    break;
  }
  const parts = np.slice(0, zoneEnd).split(/(, | et | ou )/);
  let stripped = 0;
  let lastAnd = -1;
  for (let k = 0; k < parts.length; k++) {
    if (k % 2 === 1) {
      if (parts[k] === ' et ') lastAnd = k;
      continue;
    }
    if (STRIPPABLE.test(parts[k])) {
      parts[k] = parts[k].replace(STRIPPABLE, '');
      stripped++;
    }
    if (
      /^(?:vos|votre|nos|notre|ses|son|sa|leurs?|ces|cette|cet|ce|un|une|deux|trois)(?![\p{L}\p{N}])/iu.test(
        parts[k],
      )
    )
      return null;
  }
  if (stripped >= 2 && lastAnd >= 0) parts[lastAnd] = ' ni ';
  return parts.join('') + np.slice(zoneEnd);
}

/** Pronoun subjects and their stressed form after "sur": "il" → "lui". */
const STRESSED: Record<string, string> = {
  il: 'lui',
  ils: 'eux',
  elle: 'elle',
  elles: 'elles',
  vous: 'vous',
};

/**
 * A subject as it reads after a preposition ("Nous comptons sur …"): stressed pronouns, and a
 * capital that only marked the start of the sentence made small.
 *
 * @example
 * subjectAfterPreposition('Les membres du personnel') // → 'les membres du personnel'
 */
export function subjectAfterPreposition(subject: string): string {
  const lower = subject.toLowerCase();
  if (STRESSED[lower]) return STRESSED[lower];
  if (
    /^(?:les?|la|l'|un|une|des|chaque|tout|toute|tous|toutes|ces|cette|cet|ce|nos|vos|leurs?|ses|mes|notre|votre)(?![\p{L}\p{N}])/iu.test(
      subject,
    )
  )
    return subject[0].toLowerCase() + subject.slice(1);
  return subject;
}

/**
 * The elided form of "de", "que", "le", "la", "se" before a word.
 *
 * @example
 * elide('de', 'utiliser') // → "d'"
 */
export function elide(word: 'de' | 'que' | 'le' | 'la' | 'se', next: string): string {
  if (!elides(next)) return `${word} `;
  if (word === 'la') return "l'";
  return word === 'que' ? "qu'" : `${word[0]}'`;
}
