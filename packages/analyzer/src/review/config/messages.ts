/**
 * The configuration's problem messages, in French and English, in one grammar: what was found, then
 * what is expected, then what happens to it.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

export interface Bilingual {
  fr: string;
  en: string;
}

/** A value shown in a message: JSON, shortened. */
export function show(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function didYouMean(suggestion: string | null): Bilingual {
  return suggestion === null
    ? { fr: '', en: '' }
    : { fr: ` (vouliez-vous dire « ${suggestion} » ?)`, en: ` (did you mean "${suggestion}"?)` };
}

const IGNORED: Bilingual = { fr: ' ; ignoré', en: '; ignored' };

function join(...parts: Bilingual[]): Bilingual {
  return { fr: parts.map((p) => p.fr).join(''), en: parts.map((p) => p.en).join('') };
}

export const MESSAGES = {
  notObject: (what: Bilingual, value: unknown): Bilingual =>
    join(
      { fr: `${show(value)} trouvé, ${what.fr} attendu`, en: `found ${show(value)}, expected ${what.en}` },
      IGNORED,
    ),
  unknownKey: (key: string, known: readonly string[], suggestion: string | null): Bilingual =>
    join(
      { fr: `clé inconnue « ${key} »`, en: `unknown key "${key}"` },
      didYouMean(suggestion),
      suggestion === null
        ? { fr: ` ; clés connues : ${known.join(', ')}`, en: `; known keys: ${known.join(', ')}` }
        : { fr: '', en: '' },
      IGNORED,
    ),
  unknownRule: (id: string, suggestion: string | null): Bilingual =>
    join({ fr: `règle inconnue « ${id} »`, en: `unknown rule "${id}"` }, didYouMean(suggestion), IGNORED),
  noRuleMatches: (pattern: string): Bilingual => ({
    fr: `aucune règle ne commence par « ${pattern.slice(0, -1)} » ; ignoré`,
    en: `no rule starts with "${pattern.slice(0, -1)}"; ignored`,
  }),
  unknownPreset: (name: unknown, suggestion: string | null): Bilingual =>
    join(
      {
        fr: `préréglage ${show(name)} inconnu, « recommended » ou « strict » attendu`,
        en: `unknown preset ${show(name)}, expected "recommended" or "strict"`,
      },
      didYouMean(suggestion),
      IGNORED,
    ),
  badSeverity: (value: unknown, suggestion: string | null): Bilingual =>
    join(
      {
        fr: `sévérité ${show(value)} invalide, « off », « info », « warning » ou « error » attendu`,
        en: `invalid severity ${show(value)}, expected "off", "info", "warning" or "error"`,
      },
      didYouMean(suggestion),
      { fr: ' ; la sévérité précédente est conservée', en: '; the previous severity is kept' },
    ),
  badRuleEntry: (value: unknown): Bilingual =>
    join(
      {
        fr: `${show(value)} trouvé, une sévérité, [sévérité, options] ou { "severity", "options" } attendu`,
        en: `found ${show(value)}, expected a severity, [severity, options] or { "severity", "options" }`,
      },
      IGNORED,
    ),
  extraItems: (): Bilingual => ({
    fr: 'seuls [sévérité, options] sont lus ; éléments en trop ignorés',
    en: 'only [severity, options] is read; extra items ignored',
  }),
  unknownOption: (
    rule: string,
    key: string,
    known: readonly string[],
    suggestion: string | null,
  ): Bilingual =>
    join(
      { fr: `option inconnue « ${key} » pour ${rule}`, en: `unknown option "${key}" for ${rule}` },
      didYouMean(suggestion),
      suggestion === null
        ? known.length === 0
          ? { fr: ' (cette règle n’a pas d’options)', en: ' (this rule has no options)' }
          : { fr: ` ; options connues : ${known.join(', ')}`, en: `; known options: ${known.join(', ')}` }
        : { fr: '', en: '' },
      IGNORED,
    ),
  badValue: (value: unknown, expected: Bilingual): Bilingual =>
    join(
      {
        fr: `${show(value)} trouvé, ${expected.fr} attendu`,
        en: `found ${show(value)}, expected ${expected.en}`,
      },
      {
        fr: ' ; la valeur précédente est conservée',
        en: '; the previous value is kept',
      },
    ),
  thresholdUnused: (name: string, rule: string, option: string): Bilingual => ({
    fr: `le seuil « ${name} » règle l’option ${option} de ${rule}, que cette version ne connaît pas ; ignoré`,
    en: `threshold "${name}" sets ${rule}'s ${option} option, which this version does not know; ignored`,
  }),
  emptyPattern: (): Bilingual => ({
    fr: 'un motif vide ne correspond à aucun fichier ; ignoré',
    en: 'an empty pattern matches no file; ignored',
  }),
  missingFiles: (): Bilingual => ({
    fr: '« files » manquant : une liste de motifs attendue ; cette section est ignorée',
    en: '"files" is missing: expected a list of patterns; this override is ignored',
  }),
} as const;

/** What a zod issue expected, in both languages. */
export function expectedOf(issue: Issue): Bilingual {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? { fr: issue.expected, en: issue.expected };
    case 'too_small': {
      const bound = String(issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set')
        return { fr: `au moins ${bound} élément(s)`, en: `at least ${bound} item(s)` };
      if (issue.origin === 'string')
        return { fr: `au moins ${bound} caractère(s)`, en: `at least ${bound} character(s)` };
      return issue.inclusive === false
        ? { fr: `un nombre supérieur à ${bound}`, en: `a number greater than ${bound}` }
        : { fr: `un nombre d’au moins ${bound}`, en: `a number of at least ${bound}` };
    }
    case 'too_big': {
      const bound = String(issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set')
        return { fr: `au plus ${bound} élément(s)`, en: `at most ${bound} item(s)` };
      if (issue.origin === 'string')
        return { fr: `au plus ${bound} caractère(s)`, en: `at most ${bound} character(s)` };
      return issue.inclusive === false
        ? { fr: `un nombre inférieur à ${bound}`, en: `a number less than ${bound}` }
        : { fr: `un nombre d’au plus ${bound}`, en: `a number of at most ${bound}` };
    }
    case 'invalid_value': {
      const list = issue.values.map((v) => show(v)).join(', ');
      return { fr: `l’une de ces valeurs : ${list}`, en: `one of ${list}` };
    }
    case 'not_multiple_of':
      return { fr: `un multiple de ${String(issue.divisor)}`, en: `a multiple of ${String(issue.divisor)}` };
    default:
      return { fr: issue.message, en: issue.message };
  }
}

const TYPE_NAMES: Readonly<Record<string, Bilingual>> = {
  number: { fr: 'un nombre', en: 'a number' },
  int: { fr: 'un nombre entier', en: 'a whole number' },
  string: { fr: 'du texte', en: 'a string' },
  boolean: { fr: 'true ou false', en: 'true or false' },
  array: { fr: 'une liste', en: 'an array' },
  object: { fr: 'un objet', en: 'an object' },
  null: { fr: 'null', en: 'null' },
};

/** Names of what an object or a list is expected to be, in messages. */
export const WHAT = {
  config: { fr: 'un objet JSON', en: 'a JSON object' },
  object: { fr: 'un objet', en: 'an object' },
  options: { fr: 'un objet d’options', en: 'an options object' },
  list: { fr: 'une liste', en: 'an array' },
  stringList: { fr: 'une liste de textes', en: 'an array of strings' },
  string: { fr: 'du texte', en: 'a string' },
  preset: {
    fr: '« recommended », « strict » ou une liste des deux',
    en: '"recommended", "strict" or an array of them',
  },
  patterns: { fr: 'un motif ou une liste de motifs', en: 'a pattern or an array of patterns' },
} as const satisfies Record<string, Bilingual>;
