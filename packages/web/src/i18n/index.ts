/**
 * The message catalogs and the few helpers that read them. Every string a person reads comes from
 * fr.ts / en.ts; `{name}` placeholders are filled by `translate`, plurals use `_one` / `_other` keys
 * chosen by Intl.PluralRules (French counts 0 and 1 as singular).
 */
import type { Lang } from '../constants.js';
import { en } from './en.js';
import { fr, type MessageKey, type Messages } from './fr.js';

export type { MessageKey, Messages };

export const CATALOGS: Record<Lang, Messages> = { fr, en };

export type Params = Record<string, string | number>;

export type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}_one` ? Base : never;
}[MessageKey];

export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  return fill(CATALOGS[lang][key], params);
}

const pluralRules: Record<Lang, Intl.PluralRules> = {
  fr: new Intl.PluralRules('fr'),
  en: new Intl.PluralRules('en'),
};

export function translatePlural(lang: Lang, base: PluralBase, count: number, params: Params = {}): string {
  const form = pluralRules[lang].select(count) === 'one' ? 'one' : 'other';
  return translate(lang, `${base}_${form}` as MessageKey, { count, ...params });
}

const LOCALES: Record<Lang, string> = { fr: 'fr-CA', en: 'en-CA' };

export function formatDateTime(lang: Lang, iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

/** A signed difference, "+12" / "−3" / "0" (a real minus sign, read as "minus"). */
export function formatDelta(lang: Lang, value: number | null): string {
  if (value === null) return '—';
  if (value === 0) return '0';
  return `${value > 0 ? '+' : '−'}${formatNumber(lang, Math.abs(value))}`;
}

const STORAGE_KEY = 'charte.uiLang';

/** The language before login: what was chosen on this browser, else the browser's, else French. */
export function initialLang(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'fr' || stored === 'en') return stored;
  } catch {
    // Storage may be disabled; fall back to the browser's language.
  }
  const browser = globalThis.navigator?.language?.toLowerCase() ?? '';
  return browser.startsWith('en') ? 'en' : 'fr';
}

export function rememberLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Not fatal: the choice lasts for this page only.
  }
}
