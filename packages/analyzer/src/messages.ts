import type { Lang } from './types.js';

/** The analyzer's own user-facing messages (tone explanations live with each language's grammar). */
export const MESSAGES = {
  fr: {
    heading: 'Un titre situe le propos sans imposer ni permettre : informatif.',
  },
  en: {
    heading: 'A heading frames the text without requiring or allowing anything: informative.',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type MessageKey = keyof (typeof MESSAGES)['en'];

/** A message in the given language. */
export function message(lang: Lang, key: MessageKey): string {
  return MESSAGES[lang][key];
}
