/**
 * The condition of a French rule, turned from what must not be missing into what to have first:
 * "sans le consentement de ses parents" → "une fois le consentement de ses parents obtenu",
 * "sans autorisation" → "avec autorisation", "sans vérifier la source" → "après avoir vérifié la source",
 * "sauf si …" → "seulement si …". The condition words survive; null when unsure.
 */
import { firstWord, looksPlural } from './grammar.js';
import { verbByInfinitive } from './verbs.js';
import { genderOf, PERMISSION_NOUNS } from './words.js';

/** A condition split off the end of a clause. */
export interface FrCondition {
  /** The clause before the condition ("publier la photo d'un élève"). */
  before: string;
  kind: 'permission' | 'action' | 'if';
  /** The words after "sans" / "sauf si". */
  words: string;
}

const DETERMINERS =
  /^(?:le|la|l'|les|son|sa|ses|leur|leurs|votre|vos|notre|nos|un|une|des|cet|cette|ce|ces)(?: |(?<='))/i;

/**
 * Finds a final "sans …" or "sauf si …" in a clause's rest.
 *
 * @example
 * splitCondition("la photo d'un élève sans l'accord de ses parents")?.words // → "l'accord de ses parents"
 */
export function splitCondition(rest: string): FrCondition | null {
  const sauf = rest.match(/^(.*?),? sauf (si |s'(?=ils? ))(.+)$/is);
  if (sauf) {
    if (/ (?:sans|sauf) /i.test(sauf[3])) return null;
    return { before: sauf[1], kind: 'if', words: (sauf[2] === 'si ' ? '' : "s'") + sauf[3] };
  }
  const i = rest.toLowerCase().lastIndexOf('sans ');
  if (i < 0 || (i > 0 && rest[i - 1] !== ' ')) return null;
  const before = rest.slice(0, i).trimEnd();
  const words = rest.slice(i + 5);
  if (
    /[,;:()]/.test(words) ||
    / (?:sauf|mais|car|puisque|lorsque|quand|si|afin|pour que) /i.test(` ${words} `)
  )
    return null;
  // A second rule joined to the condition ("… et de les modifier", "… et ne partagez pas …") is not part of it.
  if (/ (?:et|ou|ni) (?:de |d'|ne |n')/i.test(words)) return null;
  // With nothing before "sans", the object may come after the condition ("publier sans l'accord des parents
  // des photos"): accept one complement at most.
  if (before === '' && (words.match(/(?:^| )(?:de|du|des|d')(?= |(?<=')\p{L})/giu) ?? []).length > 1)
    return null;
  const noun = firstWord(words.replace(DETERMINERS, ''));
  if (PERMISSION_NOUNS.test(noun) || /^feu vert(?![\p{L}\p{N}])/iu.test(words.replace(DETERMINERS, '')))
    return { before, kind: 'permission', words };
  if (/^(?:(?:l'|le |la |les |lui |leur |en |y )?avoir )/i.test(words) || infinitiveAt(words))
    return { before, kind: 'action', words };
  return null;
}

function infinitiveAt(words: string): boolean {
  const w = firstWord(words.replace(/^(?:l'|le |la |les |lui |leur |en |y )/i, ''));
  return verbByInfinitive(w) !== undefined;
}

/** "obtenu" agreed with a permission noun phrase. */
function obtained(words: string): string | null {
  const det = words.match(DETERMINERS)?.[0]?.trim().toLowerCase() ?? '';
  const noun = firstWord(words.replace(DETERMINERS, ''));
  const plural = /^(?:les|ses|leurs|vos|nos|des|ces)$/.test(det) || looksPlural(noun);
  const singular = plural ? noun.replace(/s$/, '') : noun;
  const g = /^feu$/i.test(singular) ? 'm' : genderOf(singular);
  if (g === undefined) return null;
  return `obtenu${g === 'f' ? 'e' : ''}${plural ? 's' : ''}`;
}

/**
 * The positive condition: what to have or do first.
 *
 * @example
 * positiveCondition({ before: '', kind: 'permission', words: 'le consentement de ses parents' })
 * // → 'une fois le consentement de ses parents obtenu'
 */
export function positiveCondition(c: FrCondition): string | null {
  if (c.kind === 'if') return /^s'/.test(c.words) ? `seulement ${c.words}` : `seulement si ${c.words}`;
  if (c.kind === 'permission') {
    // "sans autorisation ni consentement": both are needed, "avec autorisation et consentement".
    if (/ ni /i.test(c.words)) return `avec ${c.words.replace(/ ni /gi, ' et ')}`;
    const simple =
      DETERMINERS.test(c.words) && !/ (?:et|ou|ni) |,/.test(c.words) && !/^(?:un|une|des) /i.test(c.words);
    const agreed = simple ? obtained(c.words) : null;
    return agreed ? `une fois ${c.words} ${agreed}` : `avec ${c.words}`;
  }
  return afterHaving(c.words);
}

/** "vérifier la source" → "après avoir vérifié la source"; "en aviser la direction" → "après en avoir avisé …". */
function afterHaving(words: string): string | null {
  if (/^(?:(?:l'|le |la |les |lui |leur |en |y )?avoir )/i.test(words)) return `après ${words}`;
  const m = words.match(/^(l'|le |la |les |lui |leur |en |y )?([\p{L}-]+)(.*)$/isu);
  if (!m) return null;
  const verb = verbByInfinitive(m[2]);
  if (verb?.aux !== 'avoir') return null;
  const clitic = m[1] ? (/^l[ea] $/i.test(m[1]) ? "l'" : m[1]) : '';
  return `après ${clitic}avoir ${verb.pp}${m[3]}`;
}

/**
 * The condition as a first step, for "Pour V …, obtenez d'abord …": the permission with an article,
 * or the action in the imperative.
 *
 * @example
 * firstStep({ before: '', kind: 'permission', words: 'autorisation' }) // → "obtenez d'abord une autorisation"
 */
export function firstStep(c: FrCondition): string | null {
  const first = /(?<![\p{L}\p{N}])préalables?(?![\p{L}\p{N}])/iu.test(c.words) ? '' : " d'abord";
  if (c.kind === 'permission') {
    if (DETERMINERS.test(c.words)) return `obtenez${first} ${c.words}`;
    const noun = firstWord(c.words);
    const g = genderOf(noun.replace(/s$/, ''));
    if (g === undefined || looksPlural(noun)) return null;
    return `obtenez${first} ${g === 'f' ? 'une' : 'un'} ${c.words}`;
  }
  if (c.kind === 'action') {
    const m = c.words.match(/^([\p{L}-]+)(.*)$/isu);
    const verb = m ? verbByInfinitive(m[1]) : undefined;
    if (!m || !verb) return null;
    return `${verb.imp}${first}${m[2]}`;
  }
  return null;
}
