/**
 * Small, pure formatting helpers for the charter text: lists, dates, hours, review periods and
 * Markdown escaping, in French (Québec) and English (Canada).
 */
import { formatDate, type Lang, MONTH_NAMES } from '@charte/analyzer';

/**
 * Joins items as a sentence would: « a, b et c », "a, b and c".
 *
 * @example
 * joinList(['Facebook', 'Instagram', 'YouTube'], 'fr') // → 'Facebook, Instagram et YouTube'
 */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = lang === 'fr' ? ' et ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

/** Characters that would turn typed text into Markdown markup (emphasis, links, HTML, code, entities). */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>&]/g;
/** What would open a block (heading, quote, list item) at the start of a line. */
const BLOCK_START = /^[#>+=-]/;
const ORDERED_START = /^(\d+)([.)])/;

/**
 * Escapes what people typed (a name, a value) so that Markdown shows it exactly as written, on one
 * line: line breaks become spaces, so typed text never starts a line of its own.
 *
 * @example
 * escapeMarkdown('R&D *Nord*') // → 'R\\&D \\*Nord\\*'
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/**
 * Escapes what would open a block when escaped text starts a list item (`- # Fierté`).
 *
 * @example
 * escapeLineStart('1. Audace') // → '1\\. Audace'
 */
export function escapeLineStart(text: string): string {
  if (BLOCK_START.test(text)) return `\\${text}`;
  return text.replace(ORDERED_START, '$1\\$2');
}

interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

/** Reads `YYYY-MM-DD` without `Date`, so no time zone can shift the day. */
function parseIsoDate(date: string): YearMonthDay {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? 1970, month: month ?? 1, day: day ?? 1 };
}

/**
 * A date as written in running text: « 1er septembre 2026 », "September 1, 2026".
 *
 * @example
 * longDate('2026-09-01', 'fr') // → '1er septembre 2026'
 */
export function longDate(date: string, lang: Lang): string {
  return formatDate(parseIsoDate(date), lang);
}

/**
 * The month and year a number of months after a date: when the next review is due.
 *
 * @example
 * monthAfter('2026-09-01', 12, 'fr') // → 'septembre 2027'
 */
export function monthAfter(date: string, months: number, lang: Lang): string {
  const { year, month } = parseIsoDate(date);
  const index = month - 1 + months;
  const nextYear = year + Math.floor(index / 12);
  const nextMonth = index % 12;
  return `${MONTH_NAMES[lang][nextMonth]} ${nextYear}`;
}

const FR_COUNTS: Record<number, string> = { 2: 'deux', 3: 'trois', 4: 'quatre', 5: 'cinq' };
const EN_COUNTS: Record<number, string> = { 2: 'two', 3: 'three', 4: 'four', 5: 'five' };

/**
 * How often the charter is reviewed: « chaque année », « tous les 18 mois », "every two years".
 *
 * @example
 * reviewPeriod(24, 'en') // → 'every two years'
 */
export function reviewPeriod(months: number, lang: Lang): string {
  if (months === 12) return lang === 'fr' ? 'chaque année' : 'every year';
  if (months % 12 === 0) {
    const years = months / 12;
    if (lang === 'fr') return `tous les ${FR_COUNTS[years] ?? years} ans`;
    return `every ${EN_COUNTS[years] ?? years} years`;
  }
  if (months === 6) return lang === 'fr' ? 'tous les six mois' : 'every six months';
  return lang === 'fr' ? `tous les ${months} mois` : `every ${months} months`;
}

/**
 * A time of day: « 8 h 30 », « 16 h », "8:30 a.m.", "4 p.m.", "noon".
 *
 * @example
 * clockTime('16:30', 'en') // → '4:30 p.m.'
 */
export function clockTime(time: string, lang: Lang): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const minutes = m === 0 ? '' : String(m).padStart(2, '0');
  if (lang === 'fr') return minutes ? `${h} h ${minutes}` : `${h} h`;
  if (h === 12 && m === 0) return 'noon';
  if (h === 0 && m === 0) return 'midnight';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const suffix = h < 12 ? 'a.m.' : 'p.m.';
  return minutes ? `${hour12}:${minutes} ${suffix}` : `${hour12} ${suffix}`;
}

/**
 * A span of time: « de 8 h 30 à 16 h 30 », "8:30 a.m. to 4:30 p.m.".
 *
 * @example
 * timeSpan('08:30', '16:30', 'fr') // → 'de 8 h 30 à 16 h 30'
 */
export function timeSpan(open: string, close: string, lang: Lang): string {
  if (lang === 'fr') return `de ${clockTime(open, 'fr')} à ${clockTime(close, 'fr')}`;
  return `${clockTime(open, 'en')} to ${clockTime(close, 'en')}`;
}

/** Upper-cases the first letter (a list item that starts with « le respect »). */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
