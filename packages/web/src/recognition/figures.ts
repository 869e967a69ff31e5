/**
 * The recognition figures shaped for the charts and their tables: every month of the period (months
 * without data count zero), totals per unit and per value over the period, and the period's totals.
 * Pure: the page passes "today" in, so the tests can fix it.
 */
import type { Recognition } from '../api/types.js';
import type { Lang } from '../constants.js';
import type { Period } from './period.js';

export const FIGURES = ['proposed', 'approved', 'showcased'] as const;
export type Figure = (typeof FIGURES)[number];
export type Figures = Record<Figure, number>;

/**
 * Beyond this many months the chart would be a wall of empty bars (a custom period over decades): the
 * months shown are narrowed to those between the first and the last figure.
 */
export const MAX_FILLED_MONTHS = 120;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/** Every month from `start` to `end` (YYYY-MM), both included; none when `start` is after `end`. */
export function monthsBetween(start: string, end: string): string[] {
  const months: string[] = [];
  for (let i = monthIndex(start); i <= monthIndex(end); i++) months.push(monthOf(i));
  return months;
}

/**
 * The months a period shows: from its first month (else the first month with data) to its last (else
 * the later of the last month with data and the current month). No data and no start: none.
 */
export function periodMonths(period: Period, dataMonths: readonly string[], today: string): string[] {
  const data = dataMonths.map(monthIndex);
  const first = data.length > 0 ? Math.min(...data) : undefined;
  const last = data.length > 0 ? Math.max(...data) : undefined;
  const end = period.to ? monthIndex(period.to) : Math.max(monthIndex(today), last ?? 0);
  const start = period.from ? monthIndex(period.from) : first;
  if (start === undefined) return [];
  const range = (from: number, to: number) => monthsBetween(monthOf(from), monthOf(to));
  if (end - start + 1 <= MAX_FILLED_MONTHS) return range(start, end);
  return first === undefined || last === undefined ? [] : range(Math.max(first, start), Math.min(last, end));
}

/**
 * One row per month of `months`, in order, summing `fields` of the rows of that month. Rows outside
 * `months` are left out (the API only sends months of the period).
 */
export function sumByMonth<K extends string>(
  months: readonly string[],
  rows: ReadonlyArray<{ month: string } & Record<K, number>>,
  fields: readonly K[],
): Array<{ month: string } & Record<K, number>> {
  const byMonth = new Map<string, Record<K, number>>();
  for (const month of months) {
    byMonth.set(month, Object.fromEntries(fields.map((f) => [f, 0])) as Record<K, number>);
  }
  for (const row of rows) {
    const sums = byMonth.get(row.month);
    if (!sums) continue;
    for (const field of fields) sums[field] += row[field];
  }
  return months.map((month) => ({ month, ...(byMonth.get(month) as Record<K, number>) }));
}

export interface UnitTotals extends Figures {
  unitId: string | null;
  unit: string | null;
}

export interface ValueTotals extends Figures {
  value: string;
}

const zero = (): Figures => ({ proposed: 0, approved: 0, showcased: 0 });
const add = (into: Figures, row: Figures) => {
  for (const f of FIGURES) into[f] += row[f];
};
/** Most proposed first (then approved): the chart reads as a ranking, the table in the same order. */
const byFigures = (a: Figures, b: Figures) => b.proposed - a.proposed || b.approved - a.approved;

/** Totals per unit over the period (initiatives without a unit together, under `unitId: null`). */
export function totalsByUnit(rows: Recognition['byUnit']): UnitTotals[] {
  const units = new Map<string, UnitTotals>();
  for (const row of rows) {
    const key = row.unitId ?? '';
    let totals = units.get(key);
    if (!totals) {
      totals = { unitId: row.unitId, unit: row.unit, ...zero() };
      units.set(key, totals);
    }
    add(totals, row);
  }
  // Initiatives without a unit come last whatever their figures.
  return [...units.values()].sort(
    (a, b) =>
      Number(a.unitId === null) - Number(b.unitId === null) ||
      byFigures(a, b) ||
      (a.unit ?? '').localeCompare(b.unit ?? ''),
  );
}

/** Totals per value over the period (an initiative with two values counts for each). */
export function totalsByValue(rows: Recognition['byValue']): ValueTotals[] {
  const values = new Map<string, ValueTotals>();
  for (const row of rows) {
    let totals = values.get(row.value);
    if (!totals) {
      totals = { value: row.value, ...zero() };
      values.set(row.value, totals);
    }
    add(totals, row);
  }
  return [...values.values()].sort((a, b) => byFigures(a, b) || a.value.localeCompare(b.value));
}

export interface RecognitionView {
  /** Nothing at all in the period. */
  empty: boolean;
  months: string[];
  /** Initiatives per month, every month of the period (each initiative once: from the unit rows). */
  overTime: Array<{ month: string } & Figures>;
  byUnit: UnitTotals[];
  byValue: ValueTotals[];
  /** Kudos given and ideas adopted per month, every month of the period. */
  activity: Array<{ month: string; kudos: number; ideas: number }>;
  totals: Figures & { kudos: number; ideas: number };
}

export function shapeRecognition(data: Recognition, today: string): RecognitionView {
  const period: Period = { from: data.from ?? undefined, to: data.to ?? undefined };
  const dataMonths = [
    ...data.byUnit.map((r) => r.month),
    ...data.byValue.map((r) => r.month),
    ...data.kudos.map((r) => r.month),
    ...data.ideasAdopted.map((r) => r.month),
  ];
  const empty = dataMonths.length === 0;
  const months = empty ? [] : periodMonths(period, dataMonths, today);
  const overTime = sumByMonth(months, data.byUnit, FIGURES);
  const kudos = sumByMonth(months, data.kudos, ['count']);
  const ideas = sumByMonth(months, data.ideasAdopted, ['count']);
  const totals = { ...zero(), kudos: 0, ideas: 0 };
  for (const row of data.byUnit) add(totals, row);
  for (const row of data.kudos) totals.kudos += row.count;
  for (const row of data.ideasAdopted) totals.ideas += row.count;
  return {
    empty,
    months,
    overTime,
    byUnit: totalsByUnit(data.byUnit),
    byValue: totalsByValue(data.byValue),
    activity: months.map((month, i) => ({ month, kudos: kudos[i].count, ideas: ideas[i].count })),
    totals,
  };
}

const LOCALES: Record<Lang, string> = { fr: 'fr-CA', en: 'en-CA' };

/** « sept. 2026 » / "Sep 2026". */
export function monthLabel(lang: Lang, month: string): string {
  const date = new Date(0);
  date.setUTCFullYear(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
  return new Intl.DateTimeFormat(LOCALES[lang], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

export function formatCount(lang: Lang, value: number): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}
