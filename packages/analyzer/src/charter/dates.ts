/**
 * Calendar dates as charters write them (`YYYY-MM-DD`): no time and no time zone, so a date never
 * shifts a day whatever the machine's zone; written out in French or English from our own month
 * names, so the output does not depend on the ICU data a runtime ships with.
 */
import type { Lang } from '../types.js';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export const MONTH_NAMES: Record<Lang, readonly string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * `YYYY-MM-DD` → a real calendar date, or null (malformed, or a day the month does not have).
 *
 * @example
 * parseCalendarDate('2024-02-30') // → null
 */
export function parseCalendarDate(value: string | null | undefined): CalendarDate | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** `2012-08-27`, as in `<time datetime>`. */
export function isoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * « 27 août 2012 » / "August 27, 2012"; French writes the first day « 1er ».
 *
 * @example
 * formatDate({ year: 2026, month: 9, day: 1 }, 'fr') // → '1er septembre 2026'
 */
export function formatDate(date: CalendarDate, lang: Lang): string {
  const month = MONTH_NAMES[lang][date.month - 1];
  if (lang === 'fr') return `${date.day === 1 ? '1er' : date.day} ${month} ${date.year}`;
  return `${month} ${date.day}, ${date.year}`;
}
