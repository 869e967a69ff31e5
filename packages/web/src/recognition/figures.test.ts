import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Recognition } from '../api/types.js';
import {
  MAX_FILLED_MONTHS,
  monthLabel,
  monthsBetween,
  periodMonths,
  shapeRecognition,
  sumByMonth,
  totalsByUnit,
  totalsByValue,
} from './figures.js';
import { dayLabel } from './period.js';

const month = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
/** Months from January 2000 to December 2099, as indexes (year × 12 + month − 1). */
const monthIndexArb = fc.integer({ min: 2000 * 12, max: 2099 * 12 + 11 });

const empty: Recognition = { from: null, to: null, byUnit: [], byValue: [], kudos: [], ideasAdopted: [] };
const unitRow = (m: string, unitId: string | null, unit: string | null, p: number, a: number, s: number) => ({
  month: m,
  unitId,
  unit,
  proposed: p,
  approved: a,
  showcased: s,
});

describe('months of a period', () => {
  it('lists every month between two months once, in order, across years', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-05', '2026-05')).toEqual(['2026-05']);
    expect(monthsBetween('2026-06', '2026-05')).toEqual([]);
    fc.assert(
      fc.property(monthIndexArb, monthIndexArb, (a, b) => {
        const months = monthsBetween(month(a), month(b));
        expect(months.length).toBe(Math.max(0, b - a + 1));
        expect(new Set(months).size).toBe(months.length);
        expect(months).toEqual(Array.from({ length: months.length }, (_, i) => month(a + i)));
      }),
    );
  });

  it('runs from the period’s ends, else from the first figure to the later of the last and today', () => {
    const today = '2026-11-28';
    expect(periodMonths({ from: '2026-07-01', to: '2027-06-30' }, ['2026-09'], today)).toHaveLength(12);
    expect(periodMonths({}, ['2026-09', '2026-07'], today)).toEqual(monthsBetween('2026-07', '2026-11'));
    expect(periodMonths({}, ['2027-02'], today)).toEqual(monthsBetween('2027-02', '2027-02'));
    expect(periodMonths({}, [], today)).toEqual([]);
    expect(periodMonths({ to: '2026-09-15' }, ['2026-08'], today)).toEqual(['2026-08', '2026-09']);
    expect(periodMonths({ from: '2026-10-01' }, [], today)).toEqual(['2026-10', '2026-11']);
  });

  it('narrows a period of decades to the months that hold figures', () => {
    const months = periodMonths(
      { from: '1990-01-01', to: '2090-12-31' },
      ['2026-03', '2025-11'],
      '2026-11-28',
    );
    expect(months).toEqual(monthsBetween('2025-11', '2026-03'));
    expect(periodMonths({ from: '1990-01-01', to: '2090-12-31' }, [], '2026-11-28')).toEqual([]);
    expect(periodMonths({ from: '2016-01-01', to: '2025-12-31' }, [], '2026-11-28')).toHaveLength(
      MAX_FILLED_MONTHS,
    );
  });
});

describe('filling the months', () => {
  it('shows months without data as zero', () => {
    expect(
      sumByMonth(
        ['2026-09', '2026-10', '2026-11'],
        [
          { month: '2026-11', count: 2 },
          { month: '2026-09', count: 1 },
          { month: '2026-11', count: 3 },
        ],
        ['count'],
      ),
    ).toEqual([
      { month: '2026-09', count: 1 },
      { month: '2026-10', count: 0 },
      { month: '2026-11', count: 5 },
    ]);
  });

  it('keeps every month of the range once and preserves the sums (property)', () => {
    const rowsArb = fc.array(
      fc.record({ offset: fc.nat(), proposed: fc.nat(50), approved: fc.nat(50), showcased: fc.nat(50) }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(monthIndexArb, fc.nat(60), rowsArb, (start, length, raw) => {
        const months = monthsBetween(month(start), month(start + length));
        const rows = raw.map(({ offset, ...figures }) => ({
          month: month(start + (offset % (length + 1))),
          ...figures,
        }));
        const filled = sumByMonth(months, rows, ['proposed', 'approved', 'showcased']);
        expect(filled.map((r) => r.month)).toEqual(months);
        for (const field of ['proposed', 'approved', 'showcased'] as const) {
          const sum = (list: Array<Record<typeof field, number>>) => list.reduce((n, r) => n + r[field], 0);
          expect(sum(filled)).toBe(sum(rows));
          for (const r of filled) expect(r[field]).toBe(sum(rows.filter((x) => x.month === r.month)));
        }
      }),
    );
  });
});

describe('totals per unit and per value', () => {
  it('adds the months of a unit up, most proposed first, initiatives without a unit last', () => {
    const totals = totalsByUnit([
      unitRow('2026-09', 'u1', 'École du Ruisseau', 1, 0, 0),
      unitRow('2026-09', null, null, 5, 5, 5),
      unitRow('2026-10', 'u2', 'École des Pins', 2, 1, 0),
      unitRow('2026-11', 'u1', 'École du Ruisseau', 2, 2, 1),
    ]);
    expect(totals).toEqual([
      { unitId: 'u1', unit: 'École du Ruisseau', proposed: 3, approved: 2, showcased: 1 },
      { unitId: 'u2', unit: 'École des Pins', proposed: 2, approved: 1, showcased: 0 },
      { unitId: null, unit: null, proposed: 5, approved: 5, showcased: 5 },
    ]);
  });

  it('adds the months of a value up, ties by name', () => {
    expect(
      totalsByValue([
        { month: '2026-09', value: 'Respect', proposed: 1, approved: 1, showcased: 0 },
        { month: '2026-09', value: 'Bienveillance', proposed: 1, approved: 0, showcased: 0 },
        { month: '2026-10', value: 'Bienveillance', proposed: 0, approved: 1, showcased: 1 },
      ]),
    ).toEqual([
      { value: 'Bienveillance', proposed: 1, approved: 1, showcased: 1 },
      { value: 'Respect', proposed: 1, approved: 1, showcased: 0 },
    ]);
  });
});

describe('shapeRecognition', () => {
  it('says when the period holds nothing', () => {
    const view = shapeRecognition({ ...empty, from: '2000-01-01', to: '2000-12-31' }, '2026-11-28');
    expect(view.empty).toBe(true);
    expect(view.months).toEqual([]);
    expect(view.totals).toEqual({ proposed: 0, approved: 0, showcased: 0, kudos: 0, ideas: 0 });
  });

  it('fills the period, counts each initiative once over time (from the units), and totals', () => {
    const view = shapeRecognition(
      {
        from: '2026-07-01',
        to: '2027-06-30',
        byUnit: [unitRow('2026-09', 'u1', 'A', 2, 1, 0), unitRow('2026-11', null, null, 1, 1, 1)],
        // One initiative with two values counts for each value, not twice over time.
        byValue: [
          { month: '2026-09', value: 'Respect', proposed: 2, approved: 1, showcased: 0 },
          { month: '2026-09', value: 'Créativité', proposed: 2, approved: 1, showcased: 0 },
          { month: '2026-11', value: 'Respect', proposed: 1, approved: 1, showcased: 1 },
        ],
        kudos: [{ month: '2026-10', count: 4 }],
        ideasAdopted: [{ month: '2027-01', count: 1 }],
      },
      '2026-11-28',
    );
    expect(view.empty).toBe(false);
    expect(view.months).toEqual(monthsBetween('2026-07', '2027-06'));
    expect(view.overTime.map((r) => r.proposed)).toEqual([0, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(view.activity.find((a) => a.month === '2026-10')).toEqual({
      month: '2026-10',
      kudos: 4,
      ideas: 0,
    });
    expect(view.activity.find((a) => a.month === '2027-01')).toEqual({
      month: '2027-01',
      kudos: 0,
      ideas: 1,
    });
    expect(view.totals).toEqual({ proposed: 3, approved: 2, showcased: 1, kudos: 4, ideas: 1 });
    expect(view.byValue.map((v) => [v.value, v.proposed])).toEqual([
      ['Respect', 3],
      ['Créativité', 2],
    ]);
  });

  it('never loses a figure, whatever the data (property)', () => {
    const countsArb = fc.array(fc.record({ m: monthIndexArb, count: fc.integer({ min: 1, max: 9 }) }), {
      maxLength: 15,
    });
    fc.assert(
      fc.property(countsArb, countsArb, fc.boolean(), (units, kudos, bounded) => {
        const months = [...units, ...kudos].map((r) => r.m);
        const data: Recognition = {
          ...empty,
          from: bounded && months.length ? `${month(Math.min(...months))}-01` : null,
          to: bounded && months.length ? `${month(Math.max(...months))}-28` : null,
          byUnit: units.map((u, i) => unitRow(month(u.m), `u${i % 3}`, `U${i % 3}`, u.count, 0, 0)),
          kudos: kudos.map((k) => ({ month: month(k.m), count: k.count })),
        };
        const view = shapeRecognition(data, '2026-11-28');
        expect(new Set(view.months).size).toBe(view.months.length);
        for (const m of months) expect(view.months).toContain(month(m));
        const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
        expect(sum(view.overTime.map((r) => r.proposed))).toBe(sum(units.map((u) => u.count)));
        expect(sum(view.byUnit.map((r) => r.proposed))).toBe(sum(units.map((u) => u.count)));
        expect(sum(view.activity.map((r) => r.kudos))).toBe(sum(kudos.map((k) => k.count)));
        expect(view.totals.kudos).toBe(sum(kudos.map((k) => k.count)));
      }),
    );
  });
});

describe('labels', () => {
  it('names months and days in the interface language', () => {
    expect(monthLabel('fr', '2026-09')).toBe('sept. 2026');
    expect(monthLabel('en', '2026-09')).toBe('Sep 2026');
    expect(dayLabel('fr', '2026-07-01')).toBe('1er juillet 2026');
    expect(dayLabel('fr', '2027-06-30')).toBe('30 juin 2027');
    expect(dayLabel('en', '2026-07-01')).toBe('July 1, 2026');
  });
});
