import type { Lang } from '@charte/analyzer';
import { messages } from './messages.js';

/** A calendar date: no time, no time zone, so it never shifts a day whatever the machine's zone. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** `YYYY-MM-DD` → a real calendar date, or null (malformed, or a day the month does not have). */
export function parseCalendarDate(value: string | null | undefined): CalendarDate | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `2012-08-27` as in `<time datetime>`. */
export function isoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/**
 * « 27 août 2012 » / "August 27, 2012". Written out from the catalog rather than Intl.DateTimeFormat so
 * the output does not depend on the ICU data the runtime ships with. French writes the first day « 1er ».
 */
export function formatDate(date: CalendarDate, lang: Lang): string {
  const month = messages(lang).months[date.month - 1];
  if (lang === 'fr') return `${date.day === 1 ? '1er' : date.day} ${month} ${date.year}`;
  return `${month} ${date.day}, ${date.year}`;
}
