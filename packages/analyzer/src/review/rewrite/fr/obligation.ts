/**
 * Cold French obligations made warm without losing their force: "Le personnel doit respecter …" →
 * "Nous comptons sur le personnel pour respecter …". Only obligations about people (the reader or
 * staff), never about things ("Chaque compte doit être inscrit") or the organization itself.
 */
import type { CoreRewording } from '../shape.js';
import { infinitiveGroup } from './frames.js';
import { firstWord, subjectAfterPreposition } from './grammar.js';
import { isParticiple } from './verbs.js';
import { PERSON_NOUNS } from './words.js';

/** Adverbs of force that "compter sur" already carries. */
const FORCE = /^(?:absolument|obligatoirement|impérativement|nécessairement) /i;

const DETERMINER =
  /^(?:les?|la|l'|un|une|chaque|tout|toute|tous les|toutes les|ces|cette|cet|ce|nos|vos|notre|votre)(?: |(?<='))/i;

/** True when a subject names people: "Les membres du personnel", "Chaque direction", "Vous". */
function personSubject(subject: string): boolean {
  if (/^vous$/i.test(subject)) return true;
  if (/ (?:ne|n')$/i.test(subject)) return false;
  if (/[,;:()]| (?:qui|que|qu'|dont|où)(?![\p{L}\p{N}])/iu.test(subject) || subject.split(' ').length > 7)
    return false;
  const m = subject.match(DETERMINER);
  if (!m) return false;
  return PERSON_NOUNS.test(firstWord(subject.slice(m[0].length)));
}

/** The verb phrase after "pour": known infinitive first; a generic "se" becomes the reader's "vous". */
function verbPhrase(rest: string, reader: boolean): string | null {
  const body = rest.replace(FORCE, '');
  if (!infinitiveGroup(body)) return null;
  // A state ("avoir 13 ans", "être âgé de") or a piece of knowledge ("savoir que") is not something we
  // count on someone to do.
  if (
    /^(?:avoir|posséder|détenir|être âgée?s?|être (?:au moins )?\d)(?!\p{L})|^(?:savoir|comprendre|noter|reconnaître|admettre|accepter|se rappeler|être conscients?(?:es)?) (?:que|qu')/iu.test(
      body,
    )
  )
    return null;
  // A passive ("doivent être avertis") says what is done to the subject, not what we count on it to do.
  const passive = body.match(/^(?:être|avoir été) ([\p{L}-]+)/iu);
  if (passive && isParticiple(passive[1])) return null;
  if (!reader) return body;
  // "Il faut se montrer courtois" speaks to everyone: "vous" fits, but not "ses", "son", "soi".
  if (/(?<![\p{L}\p{N}])(?:ses|son|sa|soi)(?![\p{L}\p{N}])/iu.test(body.replace(/^(?:se |s')/i, '')))
    return null;
  return body.replace(/^(?:se |s')/i, 'vous ');
}

/**
 * A warm rewording of a cold French obligation clause, or null.
 *
 * @example
 * rewordObligation('Vous devez adopter un ton courtois')
 * // → { pattern: 'fr/comptons-sur', text: 'Nous comptons sur vous pour adopter un ton courtois', … }
 */
export function rewordObligation(core: string): CoreRewording | null {
  let who: string | null = null;
  let rest: string | null = null;
  const modal = core.match(
    /^(.+?) (?:(?:doit|doivent|devez|devra|devront|devrez) |(?:est|sont|êtes|sera|seront|serez) (?:tenue?s?|obligée?s?) (?:de |d'|à )|(?:a|ont|avez) l'obligation (?:de |d'))(.*)$/isu,
  );
  const impersonal = core.match(
    /^(?:il (?:faut|faudra)|il est (?:obligatoire|impératif|requis|exigé) (?:de|d')(?=.))\s*(.*)$/is,
  );
  if (impersonal) {
    who = 'vous';
    rest = verbPhrase(impersonal[1], true);
  } else if (modal && personSubject(modal[1])) {
    who = subjectAfterPreposition(modal[1]);
    rest = verbPhrase(modal[2], false);
  }
  if (who === null || rest === null) return null;
  return { pattern: 'fr/comptons-sur', text: `Nous comptons sur ${who} pour ${rest}`, generatedStart: true };
}
