import type { Lang } from '../types.js';

/** What the charter loader tells people, in the file's language. */
const MESSAGES = {
  fr: {
    badDate: 'Front matter : « {key} » doit être une date AAAA-MM-JJ (ligne {line}), trouvé « {value} ».',
    badLang: 'Front matter : « lang » doit être fr ou en (ligne {line}), trouvé « {value} ».',
    badOrder: 'Front matter : « order » doit être un nombre entier (ligne {line}), trouvé « {value} ».',
    badText: 'Front matter : « {key} » doit être un texte (ligne {line}).',
    badList: 'Front matter : « categories » doit être une liste de textes (ligne {line}).',
    defaultTitle: 'Charte d’utilisation des médias sociaux',
  },
  en: {
    badDate: 'Front matter: "{key}" must be a YYYY-MM-DD date (line {line}), found "{value}".',
    badLang: 'Front matter: "lang" must be fr or en (line {line}), found "{value}".',
    badOrder: 'Front matter: "order" must be a whole number (line {line}), found "{value}".',
    badText: 'Front matter: "{key}" must be text (line {line}).',
    badList: 'Front matter: "categories" must be a list of texts (line {line}).',
    defaultTitle: 'Social media use charter',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type CharterMessageKey = keyof (typeof MESSAGES)['en'];

export function charterMessage(
  lang: Lang,
  key: CharterMessageKey,
  params: Record<string, string | number> = {},
) {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
