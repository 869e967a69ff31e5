/**
 * Writes a positive French clause for a directive, in the voice of its frame: the imperative for the
 * reader ("Publiez …"), the infinitive for rule lines ("Publier …"), "Nous comptons sur X pour …" for
 * rules about others, "peut/peuvent" for a negated modal with a condition.
 */
import type { FrDirective, FrPerson } from './frames.js';
import { subjectAfterPreposition } from './grammar.js';

/** A positive verb phrase in the forms a frame may need. */
export interface PositiveVP {
  /** Imperative of "vous": "Gardez vos identifiants pour vous". */
  imp: string;
  /** Infinitive for rule lines ("inf") or after "Nous comptons sur X pour" ("sg", "pl"). */
  inf: (person: 'inf' | 'sg' | 'pl') => string;
}

/**
 * The imperative of the directive's verb group ("publiez ou diffusez", "inscrivez-vous", "publiez-les");
 * null with a clitic the imperative cannot take safely ("l'", two clitics, several verbs).
 *
 * @example
 * // for "Ne les publiez pas" → 'publiez-les'
 */
export function imperativeGroup(d: FrDirective): string | null {
  let out = d.verbs[0].imp;
  for (let k = 1; k < d.verbs.length; k++) out += d.seps[k - 1] + d.verbs[k].imp;
  if (d.reflexive && d.clitic !== '') return null;
  if (d.verbs.length > 1 && (d.reflexive || d.clitic !== '')) return null;
  if (d.reflexive) return `${out}-vous`;
  if (d.clitic === '') return out;
  if (/^(?:les|le|la|en|y|lui|leur|nous)$/i.test(d.clitic)) return `${out}-${d.clitic.toLowerCase()}`;
  return null;
}

/** The verb group as an infinitive after "pour" said to the reader: "s'exprimer" → "vous exprimer". */
export function infinitiveForReader(d: FrDirective): string {
  return d.infText.replace(/^(?:se |s')/i, 'vous ');
}

/** The subject of a "nobody" frame as everyone: "Nul" → "chacun", "Aucun employé" → "chaque employé". */
function everyone(subject: string): string {
  const m = subject.match(/^aucune? (.+)$/i);
  return m ? `chaque ${m[1]}` : 'chacun';
}

/**
 * A lexical rewording in the directive's voice; null for frames it does not fit.
 *
 * @example
 * // imperative/impersonal → vp.imp; infinitive → vp.inf('inf');
 * // "Les employés ne doivent pas …" → "Nous comptons sur les employés pour " + vp.inf('pl')
 */
export function renderPositive(
  d: FrDirective,
  vp: PositiveVP,
): { text: string; generatedStart: boolean } | null {
  switch (d.frame) {
    case 'impersonal':
    case 'imperative':
      return { text: vp.imp, generatedStart: true };
    case 'infinitive':
      return { text: vp.inf('inf'), generatedStart: true };
    case 'subject':
    case 'nobody': {
      if (d.person === 'vous') return { text: vp.imp, generatedStart: true };
      if (d.person !== 'sg' && d.person !== 'pl') return null;
      const who = d.frame === 'nobody' ? everyone(d.subject!) : subjectAfterPreposition(d.subject!);
      return { text: `Nous comptons sur ${who} pour ${vp.inf(d.person)}`, generatedStart: true };
    }
    default:
      return null;
  }
}

/** "peut" for a negated "doit"/"peut", keeping person and tense. */
const CAN: Record<string, string> = {
  doit: 'peut',
  peut: 'peut',
  a: 'peut',
  est: 'peut',
  doivent: 'peuvent',
  peuvent: 'peuvent',
  ont: 'peuvent',
  sont: 'peuvent',
  devez: 'pouvez',
  pouvez: 'pouvez',
  avez: 'pouvez',
  êtes: 'pouvez',
  devra: 'pourra',
  pourra: 'pourra',
  devront: 'pourront',
  pourront: 'pourront',
  devrez: 'pourrez',
  pourrez: 'pourrez',
};

/**
 * The form of "pouvoir" that replaces a negated modal, or null.
 *
 * @example
 * canFor('doivent') // → 'peuvent'
 */
export function canFor(modal: string | null, person: FrPerson | null): string | null {
  if (modal) return CAN[modal.toLowerCase()] ?? null;
  if (person === 'pl') return 'peuvent';
  if (person === 'sg') return 'peut';
  return null;
}
