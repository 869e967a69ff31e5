import { en, type MessageKey, type Messages } from './en.js';
import { fr } from './fr.js';

export type { MessageKey, Messages } from './en.js';

/** The languages the command speaks. */
export type UiLang = 'fr' | 'en';

export const UI_LANGS: readonly UiLang[] = ['fr', 'en'];

const CATALOGS: Record<UiLang, Messages> = { en, fr };

/** The base of a key that has `_one` and `_other` forms. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_one`
    ? `${Base}_other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

export type Params = Record<string, string | number>;

/** Looks messages up in one language and fills their `{placeholders}`. */
export interface Translator {
  readonly lang: UiLang;
  t(key: MessageKey, params?: Params): string;
  /** The plural form that fits `count` (French counts 0 and 1 as singular); `{count}` is filled. */
  plural(key: PluralKey, count: number, params?: Params): string;
}

/**
 * The message catalogue of a language.
 *
 * @example
 * catalog('fr')['label.commitment'] // → 'engagement'
 */
export function catalog(lang: UiLang): Messages {
  return CATALOGS[lang];
}

/**
 * Fills `{name}` placeholders; an unknown placeholder is left as is so a gap shows instead of vanishing.
 *
 * @example
 * format('{path}: {problem}', { path: 'a.md', problem: 'empty' }) // → 'a.md: empty'
 */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * A translator for one language.
 *
 * @example
 * createTranslator('en').plural('stylish.errors', 2) // → '2 errors'
 */
export function createTranslator(lang: UiLang): Translator {
  const messages = CATALOGS[lang];
  const rules = new Intl.PluralRules(lang);
  return {
    lang,
    t: (key, params) => format(messages[key], params),
    plural: (key, count, params) => {
      const form = rules.select(count) === 'one' ? 'one' : 'other';
      return format(messages[`${key}_${form}` as MessageKey], { ...params, count });
    },
  };
}

/**
 * The UI language: the `--lang-ui` value if given, else the POSIX locale variables in their order of
 * precedence (LC_ALL, LC_MESSAGES, LANG; `fr`, `fr_CA.UTF-8`… mean French), else English.
 *
 * @example
 * pickUiLang(undefined, { LANG: 'fr_CA.UTF-8' }) // → 'fr'
 */
export function pickUiLang(flag: string | undefined, env: Record<string, string | undefined>): UiLang {
  if (flag === 'fr' || flag === 'en') return flag;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    // An empty variable does not count: POSIX moves on to the next one.
    if (value) return /^fr(?:[_.@-]|$)/i.test(value) ? 'fr' : 'en';
  }
  return 'en';
}
