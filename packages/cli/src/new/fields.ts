/**
 * One check per answer, shared by the command-line flags and the questionnaire, so both refuse the
 * same values with the same words. Each check returns null when the value is fine, else the reason in
 * the UI language. The limits come from the answers contract (`charterAnswersSchema`).
 */
import type { Lang } from '@charte/analyzer';
import { charterAnswersSchema, WEEKDAY_SPANS, type WeekdaySpan } from '@charte/templates';
import type { Translator } from '../i18n/index.js';

const shape = charterAnswersSchema.shape;
const MAX_CUSTOM_VALUES = 5;

/** A reason in the UI language, or null when the value is accepted. */
export type Check = string | null;

export function checkName(t: Translator, value: string): Check {
  return shape.names.shape.fr.safeParse(value).success ? null : t.t('new.reason.name');
}

export function checkEmail(t: Translator, value: string): Check {
  return shape.contacts.shape.communications.safeParse(value.trim()).success ? null : t.t('new.reason.email');
}

export function checkPhone(t: Translator, value: string): Check {
  return shape.contacts.shape.phone.safeParse(value).success ? null : t.t('new.reason.phone');
}

/**
 * A time as the charter stores it (`HH:MM`, 24-hour clock), or null. `8:30` is read as `08:30`.
 *
 * @example
 * normalizeTime('8:30') // → '08:30'
 */
export function normalizeTime(value: string): string | null {
  const match = /^(\d{1,2})[:hH](\d{2})$/.exec(value.trim());
  if (!match) return null;
  const time = `${match[1].padStart(2, '0')}:${match[2]}`;
  return shape.hours.shape.open.safeParse(time).success ? time : null;
}

export function checkTime(t: Translator, value: string): Check {
  return normalizeTime(value) === null ? t.t('new.reason.time') : null;
}

/** The closing time: a valid time after `open`. */
export function checkClose(t: Translator, value: string, open: string): Check {
  const close = normalizeTime(value);
  if (close === null) return t.t('new.reason.time');
  return close > open ? null : t.t('new.reason.closeAfterOpen', { open });
}

/**
 * `mon-fri 08:30-16:30` (the days may be left out: `08:30-16:30`) → the answer's hours, or null.
 *
 * @example
 * parseHours('every-day 9:00-17:00', 'mon-fri') // → { days: 'every-day', open: '09:00', close: '17:00' }
 */
export function parseHours(
  value: string,
  defaultDays: WeekdaySpan,
): { days: WeekdaySpan; open: string; close: string } | null {
  const match = /^\s*(?:([a-z-]+)\s+)?(\S+?)\s*-\s*(\S+)\s*$/i.exec(value);
  if (!match) return null;
  const days = (match[1]?.toLowerCase() ?? defaultDays) as WeekdaySpan;
  const open = normalizeTime(match[2]);
  const close = normalizeTime(match[3]);
  if (!WEEKDAY_SPANS.includes(days) || open === null || close === null || open >= close) return null;
  return { days, open, close };
}

/** Splits a comma-separated list, trimming items and dropping empty ones. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The organization's own values: at most 5, each from 2 to 60 characters, repeats dropped. */
export function checkCustomValues(t: Translator, values: readonly string[]): Check {
  const ok =
    values.length <= MAX_CUSTOM_VALUES &&
    values.every((value) => shape.customValues.element.safeParse(value).success);
  return ok ? null : t.t('new.reason.customValues');
}

/**
 * `fr`, `en`, `fr,en` (or `en,fr`, `both`) → the charter's languages, French first; null otherwise.
 *
 * @example
 * parseLangs('en, fr') // → ['fr', 'en']
 */
export function parseLangs(value: string): Lang[] | null {
  const items = value.trim().toLowerCase() === 'both' ? ['fr', 'en'] : splitList(value.toLowerCase());
  if (items.length === 0 || items.some((item) => item !== 'fr' && item !== 'en')) return null;
  return (['fr', 'en'] as const).filter((lang) => items.includes(lang));
}

/**
 * The items of a comma-separated list when each is one of `choices` (case does not matter), in the
 * order given and without repeats; null when one is not.
 */
export function parseChoices<T extends string>(value: string, choices: readonly T[]): T[] | null {
  const items = splitList(value.toLowerCase());
  if (items.some((item) => !(choices as readonly string[]).includes(item))) return null;
  return [...new Set(items as T[])];
}

/**
 * Today in the local time zone, as `YYYY-MM-DD` (the adoption date the people writing the charter
 * would write, not UTC's).
 */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function checkDate(t: Translator, value: string): Check {
  return shape.date.safeParse(value).success ? null : t.t('new.reason.date');
}

/** The review period: a whole number of months the contract accepts (6 to 60). */
export function parseMonths(value: string): number | null {
  if (!/^\s*\d+\s*$/.test(value)) return null;
  const months = Number(value);
  return shape.reviewEveryMonths.safeParse(months).success ? months : null;
}
