/**
 * The French frames of a restrictive rule, read into one structure (a directive): who is addressed,
 * the verb group (one or more coordinated infinitives, with their clitics) and the rest of the clause.
 *
 *   impersonal  "Il est (strictement) interdit de V …", "Il n'est pas permis de V …", "Interdiction de V …"
 *   imperative  "Ne V-ez pas/jamais …", "Veuillez ne pas V …"
 *   infinitive  "Ne pas V …" (a rule line)
 *   subject     "Les employés ne doivent pas V …", "Vous ne pouvez pas V …", "X n'a pas le droit de V …",
 *               "Il est interdit aux élèves de V …"
 *   nobody      "Nul ne peut V …", "Personne ne peut V …", "Aucun employé ne peut V …"
 *   only        "Seuls les porte-parole peuvent V …"
 */
import { firstWord } from './grammar.js';
import { type FrVerb, verbByImperative, verbByInfinitive } from './verbs.js';
import { NPI, PERSON_NOUNS } from './words.js';

export type FrFrame = 'impersonal' | 'imperative' | 'infinitive' | 'subject' | 'nobody' | 'only';

/** Who a subject frame speaks of: "vous", one person or thing, several. */
export type FrPerson = 'vous' | 'sg' | 'pl' | 'nous';

export interface FrDirective {
  frame: FrFrame;
  /** The subject as written (subject, nobody and only frames), else null. */
  subject: string | null;
  person: FrPerson | null;
  /** The negated modal as written ("doivent", "peut", "a" of "n'a pas le droit"), else null. */
  modal: string | null;
  /** The coordinated verbs, in order. */
  verbs: FrVerb[];
  /** The verb group as written, as an infinitive phrase ("se faire", "publier ou de diffuser"). */
  infText: string;
  /** Separators between the verbs (", ", " ou ", " et "). */
  seps: string[];
  /** An object clitic before the verb ("les", "en"), or "". */
  clitic: string;
  reflexive: boolean;
  /** The rest of the clause after the verb group. */
  object: string;
  /** The verb itself is negated, so its object may carry a partitive "de" ("pas de photos"). */
  negated: boolean;
  /** The negation was "jamais". */
  jamais: boolean;
  /** The negation was "rien" ("Ne publiez rien que …"): only a rewording that keeps "nothing but" fits. */
  nothing: boolean;
}

const CLITIC = /^(?:(se |s'|vous )?(les |le |la |l'|en |y |lui |leur |nous )?)/i;

export interface VerbGroup {
  verbs: FrVerb[];
  seps: string[];
  infText: string;
  clitic: string;
  reflexive: boolean;
  object: string;
}

function withoutNpi(s: string): string {
  return s.replace(NPI, '');
}

/**
 * Reads an infinitive group at the start of `s`: clitics, a known infinitive, more coordinated
 * infinitives ("publier, commenter ou de partager"), then the rest.
 */
export function infinitiveGroup(s: string): VerbGroup | null {
  const cm = s.match(CLITIC)!;
  const reflexive = cm[1] !== undefined;
  const clitic = (cm[2] ?? '').trim();
  let pos = cm[0].length;
  const w = firstWord(s.slice(pos));
  const verb = verbByInfinitive(w);
  if (!verb) return null;
  pos += w.length;
  const verbs = [verb];
  const seps: string[] = [];
  for (;;) {
    const m = s.slice(pos).match(/^(, | ou | et )(?:de |d')?/);
    if (!m) break;
    const next = firstWord(s.slice(pos + m[0].length));
    const v = verbByInfinitive(next);
    if (!v || cm[0] !== '') break;
    verbs.push(v);
    seps.push(m[1]);
    pos += m[0].length + next.length;
  }
  return {
    verbs,
    seps,
    infText: s.slice(0, pos),
    clitic,
    reflexive,
    object: withoutNpi(s.slice(pos).trimStart()),
  };
}

const PROHIBITED = '(?:interdite?s?|défendue?s?|proscrite?s?|prohibée?s?)';
const ADVERB =
  '(?:(?:strictement|formellement|absolument|totalement|rigoureusement|expressément|également|aussi) )?';

function beneficiary(np: string, prep: string): { subject: string; person: FrPerson } {
  const p = prep.toLowerCase();
  if (p === 'aux') return { subject: `les ${np}`, person: 'pl' };
  if (p === 'au') return { subject: `le ${np}`, person: 'sg' };
  if (p === "à l'") return { subject: `l'${np}`, person: 'sg' };
  return { subject: `la ${np}`, person: 'sg' };
}

function impersonal(s: string): FrDirective | null {
  const m =
    s.match(
      new RegExp(
        `^(?:il (?:est|sera) ${ADVERB}${PROHIBITED}|il n'est (?:pas|jamais) (?:permis|autorisé|possible|admis|accepté|toléré)|(?:il est )?hors de question|interdiction)(?: (aux|au|à la|à l')( ?[^,]+?))? (?:de |d')(.*)$`,
        'is',
      ),
    ) ?? null;
  if (!m) return null;
  const g = infinitiveGroup(m[3]);
  if (!g) return null;
  if (m[1] !== undefined) {
    const who = beneficiary(m[2].trim(), m[1]);
    if (!PERSON_NOUNS.test(firstWord(m[2].trim()))) return null;
    return { frame: 'subject', ...who, modal: null, ...g, negated: false, jamais: false, nothing: false };
  }
  // A rule with no subject speaks to everyone: "son mot de passe" is the reader's, "votre mot de passe".
  const object = g.object.replace(/^(son|sa|ses) /i, (_, p: string) =>
    p.toLowerCase() === 'ses' ? 'vos ' : 'votre ',
  );
  return {
    frame: 'impersonal',
    subject: null,
    person: null,
    modal: null,
    ...g,
    object,
    negated: false,
    jamais: false,
    nothing: false,
  };
}

function imperative(s: string): FrDirective | null {
  const v = s.match(/^veuillez ne (pas|jamais|plus)(?: jamais)? (.*)$/is);
  if (v) {
    const g = infinitiveGroup(v[2]);
    if (!g) return null;
    return {
      frame: 'imperative',
      subject: null,
      person: null,
      modal: null,
      ...g,
      negated: true,
      jamais: v[1] === 'jamais',
      nothing: false,
    };
  }
  const m = s.match(
    /^(?:ne |n')(vous |vous en |vous y )?(les |le |la |l'|en |y |lui |leur )?([\p{L}-]+?)(?: (pas|jamais|plus|point|rien)(?: (jamais|plus))?)(?: (.*))?$/isu,
  );
  if (!m) return null;
  const verb = verbByImperative(m[3]);
  if (!verb) return null;
  const reflexive = m[1] !== undefined;
  if (reflexive && m[1].trim() !== 'vous') return null;
  return {
    frame: 'imperative',
    subject: null,
    person: null,
    modal: null,
    verbs: [verb],
    seps: [],
    infText: (reflexive ? 'se ' : '') + (m[2] ?? '') + verb.inf,
    clitic: (m[2] ?? '').trim(),
    reflexive,
    object: withoutNpi(m[6] ?? ''),
    negated: true,
    jamais: m[4].toLowerCase() === 'jamais' || m[5]?.toLowerCase() === 'jamais',
    nothing: m[4].toLowerCase() === 'rien',
  };
}

function infinitive(s: string): FrDirective | null {
  const m = s.match(/^ne (pas|jamais|plus|rien)(?: (jamais|plus))? (.*)$/is);
  if (!m) return null;
  const g = infinitiveGroup(m[3]);
  if (!g) return null;
  return {
    frame: 'infinitive',
    subject: null,
    person: null,
    modal: null,
    ...g,
    negated: true,
    jamais: m[1].toLowerCase() === 'jamais' || m[2]?.toLowerCase() === 'jamais',
    nothing: m[1].toLowerCase() === 'rien',
  };
}

const MODAL_PERSON: Record<string, FrPerson> = {
  doit: 'sg',
  peut: 'sg',
  devra: 'sg',
  pourra: 'sg',
  a: 'sg',
  est: 'sg',
  doivent: 'pl',
  peuvent: 'pl',
  devront: 'pl',
  pourront: 'pl',
  ont: 'pl',
  sont: 'pl',
  devez: 'vous',
  pouvez: 'vous',
  devrez: 'vous',
  pourrez: 'vous',
  avez: 'vous',
  êtes: 'vous',
  devons: 'nous',
  pouvons: 'nous',
};

const DETERMINED =
  /^(?:les?|la|l'|un|une|chaque|tout|toute|tous|toutes|ces|cette|cet|ce|nos|vos|leurs?|ses|son|sa|notre|votre|vous|ils?|elles?|nul|personne|aucun|aucune)(?![\p{L}\p{N}])/iu;

/** "Les employés ne doivent pas V", "Vous ne pouvez pas V", "X n'a pas le droit de V", "Nul ne peut V". */
function subjectModal(s: string): FrDirective | null {
  const m = s.match(
    /^(.+?) (?:ne |n')(doit|doivent|devez|devons|devra|devront|devrez|peut|peuvent|pouvez|pouvons|pourra|pourront|pourrez|a|ont|avez|est|sont|êtes)((?: (?:pas|jamais|plus|en aucun cas|sous aucun prétexte|aucunement|nullement))*)(?: le droit (?:de |d')| autorisée?s? à | )(.*)$/is,
  );
  if (!m) return null;
  const [, subject, modal, neg, rest] = m;
  const lower = modal.toLowerCase();
  // "a/ont/est/sont" only with "le droit de" / "autorisé à"; "ne peut V" is the literary negation.
  const after = s.slice(subject.length + 1);
  if (/^(?:a|ont|avez)$/.test(lower) && !/ le droit (?:de |d')/i.test(after.slice(0, 40))) return null;
  if (/^(?:est|sont|êtes)$/.test(lower) && !/ autorisée?s? à /i.test(after.slice(0, 40))) return null;
  if (neg.trim() === '' && !/^(?:peut|peuvent|pourra|pourront)$/.test(lower)) return null;
  // "ne peuvent publier que …" restricts rather than forbids: not a negated modal.
  if (neg.trim() === '' && /(?:^| )(?:que |qu')/i.test(rest)) return null;
  if (!DETERMINED.test(subject) || /[,;:()]| (?:qui|que|qu'|dont|où|lorsque|si) /i.test(` ${subject} `))
    return null;
  if (subject.split(' ').length > 8) return null;
  const g = infinitiveGroup(rest);
  if (!g) return null;
  const nobody = /^(?:nul|personne|aucun|aucune)(?![\p{L}\p{N}])/iu.test(subject);
  const person = MODAL_PERSON[lower];
  if (nobody && person !== 'sg') return null;
  return {
    frame: nobody ? 'nobody' : 'subject',
    subject,
    person,
    modal,
    ...g,
    negated: true,
    jamais: /jamais/i.test(neg),
    nothing: false,
  };
}

/** "Seuls les porte-parole désignés peuvent V …". */
function only(s: string): FrDirective | null {
  const m = s.match(
    /^(?:seul|seule|seuls|seules) (.+?) (?:peut|peuvent|pourra|pourront|(?:est|sont) (?:autorisée?s?|habilitée?s?) à|(?:a|ont) le droit (?:de|d'))(?: |(?<='))(.*)$/is,
  );
  if (!m) return null;
  if (/[,;:()]| (?:qui|que|qu'|dont)(?![\p{L}\p{N}])/iu.test(m[1])) return null;
  const g = infinitiveGroup(m[2]);
  if (!g) return null;
  return {
    frame: 'only',
    subject: m[1],
    person: null,
    modal: null,
    ...g,
    negated: false,
    jamais: false,
    nothing: false,
  };
}

/**
 * Reads a French restrictive clause into a directive, or null when none of the frames fits.
 *
 * @example
 * readDirective("Il est interdit de publier la photo d'un élève")?.frame // → 'impersonal'
 */
export function readDirective(core: string): FrDirective | null {
  return impersonal(core) ?? imperative(core) ?? infinitive(core) ?? only(core) ?? subjectModal(core);
}
