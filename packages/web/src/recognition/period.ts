/**
 * The reporting period of the recognition figures: calendar dates (YYYY-MM-DD, both included, as the
 * API reads them), the presets offered, and the URL query that carries a period (?from=&to=) so that a
 * view can be shared, bookmarked and reloaded.
 *
 * The reporting year runs from July 1 to June 30: Québec school years start in late August, and July 1
 * is the usual boundary of a school service centre's reporting year, so the whole summer belongs to the
 * year that follows it.
 */

import type { Lang } from '../constants.js';

/** Either end may be missing: no `from` reads from the first figure, no `to` up to the last. */
export interface Period {
  from?: string;
  to?: string;
}

export const PRESETS = ['schoolYear', 'last12Months', 'all'] as const;
export type Preset = (typeof PRESETS)[number];

/** July: the first month of the reporting (school) year. */
export const SCHOOL_YEAR_START_MONTH = 7;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written YYYY-MM-DD (no 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDate = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** A local Date as its calendar date (what the person sees as today). */
export function localIsoDate(date: Date): string {
  return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** The school year holding `today`: July 1 → June 30. */
export function schoolYear(today: string): Required<Period> {
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const start = month >= SCHOOL_YEAR_START_MONTH ? year : year - 1;
  return { from: isoDate(start, 7, 1), to: isoDate(start + 1, 6, 30) };
}

/** The twelve whole calendar months ending with the current one. */
export function lastTwelveMonths(today: string): Required<Period> {
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const first = year * 12 + (month - 1) - 11;
  return {
    from: isoDate(Math.floor(first / 12), (first % 12) + 1, 1),
    to: isoDate(year, month, daysInMonth(year, month)),
  };
}

export function presetPeriod(preset: Preset, today: string): Period {
  if (preset === 'schoolYear') return schoolYear(today);
  if (preset === 'last12Months') return lastTwelveMonths(today);
  return {};
}

/** The preset a period is, if any. */
export function matchPreset(period: Period, today: string): Preset | null {
  for (const preset of PRESETS) {
    const candidate = presetPeriod(preset, today);
    if (candidate.from === period.from && candidate.to === period.to) return preset;
  }
  return null;
}

/** The period in a URL's query; values that are not calendar dates are left out. */
export function parsePeriodQuery(search: string): Period {
  const params = new URLSearchParams(search);
  const period: Period = {};
  const from = params.get('from');
  const to = params.get('to');
  if (from && isIsoDate(from)) period.from = from;
  if (to && isIsoDate(to)) period.to = to;
  return period;
}

/** `?from=…&to=…` for the ends that are set, or '' for the whole history. */
export function periodQuery(period: Period): string {
  const params = new URLSearchParams();
  if (period.from) params.set('from', period.from);
  if (period.to) params.set('to', period.to);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export type PeriodError = 'invalid' | 'beforeFrom';

/**
 * What is wrong with a period typed in the form, per field. Empty ends are allowed (open period);
 * `unreadable` marks fields whose input the browser could not read as a date (partly typed).
 */
export function validatePeriod(
  input: { from: string; to: string },
  unreadable: { from?: boolean; to?: boolean } = {},
): { from?: PeriodError; to?: PeriodError } {
  const errors: { from?: PeriodError; to?: PeriodError } = {};
  if (unreadable.from || (input.from !== '' && !isIsoDate(input.from))) errors.from = 'invalid';
  if (unreadable.to || (input.to !== '' && !isIsoDate(input.to))) errors.to = 'invalid';
  if (!errors.from && !errors.to && input.from && input.to && input.to < input.from) errors.to = 'beforeFrom';
  return errors;
}

/** « 1er juillet 2026 » / "July 1, 2026". */
export function dayLabel(lang: Lang, iso: string): string {
  const date = new Date(0);
  date.setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  const text = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
  // French writes the first day of a month as an ordinal.
  return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}
