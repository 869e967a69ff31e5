/**
 * The review's shared FR/EN wording: the one message grammar, suggestion titles, pillar names and the
 * score breakdown's details. Each rule keeps its own messages; what several rules or the scores share
 * lives here.
 */
import type { Lang } from '../types.js';
import { fill } from './rule.js';
import type { Pillar } from './types.js';

/**
 * The message grammar: what was found, then what is expected, as one short sentence.
 *
 * @example
 * composeMessage('en', 'Prohibition with no enabling sentence near it', 'say what people can do instead')
 * // → 'Prohibition with no enabling sentence near it: say what people can do instead.'
 */
export function composeMessage(lang: Lang, found: string, expected: string): string {
  // French typography puts a (no-break) space before the colon.
  return lang === 'fr' ? `${found}\u00a0: ${expected}.` : `${found}: ${expected}.`;
}

const PILLAR_NAMES: Record<Lang, Record<Pillar, string>> = {
  fr: { encadrer: 'Encadrer', communiquer: 'Communiquer', eduquer: 'Éduquer', valoriser: 'Valoriser' },
  en: { encadrer: 'Frame', communiquer: 'Communicate', eduquer: 'Educate', valoriser: 'Value' },
};

/** A pillar's name in a language. */
export function pillarName(lang: Lang, pillar: Pillar): string {
  return PILLAR_NAMES[lang][pillar];
}

const TITLES = {
  fr: {
    reword: 'Reformuler\u00a0: «\u00a0{result}\u00a0»',
    addEnabling: 'Ajouter une phrase qui dit ce qu’on peut faire\u00a0: «\u00a0{text}\u00a0»',
    lowercase: 'Écrire «\u00a0{text}\u00a0» en minuscules',
    oneExclamation: 'Garder un seul point d’exclamation',
    addClause: 'Ajouter un paragraphe type\u00a0: {clause}',
    addPillar: 'Ajouter une section «\u00a0{pillar}\u00a0»',
  },
  en: {
    reword: 'Reword: “{result}”',
    addEnabling: 'Add a sentence saying what people can do: “{text}”',
    lowercase: 'Write “{text}” in lowercase',
    oneExclamation: 'Keep a single exclamation mark',
    addClause: 'Add a template paragraph: {clause}',
    addPillar: 'Add a “{pillar}” section',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type TitleKey = keyof (typeof TITLES)['en'];

type Params = Readonly<Record<string, string | number>>;

/** A lookup into a FR/EN catalog whose entries have `{name}` placeholders. */
function catalog<K extends string>(table: Record<Lang, Record<K, string>>) {
  return (lang: Lang, key: K, params: Params = {}): string => fill(table[lang][key], params);
}

/** A suggestion title in a language, `{name}` placeholders filled. */
export const suggestionTitle = catalog<TitleKey>(TITLES);

const DETAILS = {
  fr: {
    tone: '{enabling} phrase(s) habilitante(s) pour {restrictive} restrictive(s) (équilibre {balance}/100, plein score à 50)',
    toneNone: 'ni phrase habilitante ni phrase restrictive',
    positive:
      '{near} interdiction(s) ou obligation(s) sur {total} ont une phrase habilitante dans leur section',
    positiveNone: 'aucune interdiction ni obligation',
    humanErrorPresent: 'la charte dit quoi faire après une erreur ou un oubli',
    humanErrorNoSanction: 'rien sur l’erreur de bonne foi, mais aucune sanction non plus',
    humanErrorMissing: '{sanctions} sanction(s) et rien sur l’erreur ou l’oubli de bonne foi',
    initiatives:
      'clause sur les initiatives\u00a0: {clause}\u00a0; {encouragement} phrase(s) d’encouragement (plein score à 3)',
    yes: 'présente',
    no: 'absente',
    coverage: '{present} clause(s) clé(s) sur {total}',
    coverageNone: 'aucune clause clé vérifiée',
    readability: '{formula} {score}/100, {wps} mots par phrase',
    readabilityNone: 'trop peu de texte pour mesurer la lisibilité',
    structure: 'piliers servis\u00a0: {served} sur 4 ({names})',
    none: 'aucun',
  },
  en: {
    tone: '{enabling} enabling sentence(s) for {restrictive} restrictive (balance {balance}/100, full marks at 50)',
    toneNone: 'no enabling and no restrictive sentence',
    positive: '{near} of {total} prohibition(s) or obligation(s) have an enabling sentence in their section',
    positiveNone: 'no prohibition or obligation',
    humanErrorPresent: 'the charter says what to do after an error or omission',
    humanErrorNoSanction: 'nothing on honest error, but no sanction either',
    humanErrorMissing: '{sanctions} sanction(s) and nothing on honest error or omission',
    initiatives: 'initiatives clause: {clause}; {encouragement} encouraging sentence(s) (full marks at 3)',
    yes: 'present',
    no: 'missing',
    coverage: '{present} of {total} key clauses',
    coverageNone: 'no key clause checked',
    readability: '{formula} {score}/100, {wps} words per sentence',
    readabilityNone: 'too little text to measure readability',
    structure: 'pillars served: {served} of 4 ({names})',
    none: 'none',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type DetailKey = keyof (typeof DETAILS)['en'];

/** A score detail in a language, `{name}` placeholders filled. */
export const scoreDetail = catalog<DetailKey>(DETAILS);
