import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, isoDate, parseCalendarDate } from './dates.js';

describe('dates', () => {
  it('reads YYYY-MM-DD as a calendar date, and refuses days that do not exist', () => {
    expect(parseCalendarDate('2012-08-27')).toEqual({ year: 2012, month: 8, day: 27 });
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of [
      '2023-02-29',
      '1900-02-29',
      '2012-13-01',
      '2012-00-10',
      '2012-04-31',
      '2012-8-27',
      '27/08/2012',
      '',
      null,
    ]) {
      expect(parseCalendarDate(bad), String(bad)).toBeNull();
    }
    expect(parseCalendarDate('2000-02-29')).not.toBeNull();
  });

  it('writes them in French and English', () => {
    expect(formatDate({ year: 2012, month: 8, day: 27 }, 'fr')).toBe('27 août 2012');
    expect(formatDate({ year: 2015, month: 11, day: 10 }, 'fr')).toBe('10 novembre 2015');
    expect(formatDate({ year: 2024, month: 9, day: 1 }, 'fr')).toBe('1er septembre 2024');
    expect(formatDate({ year: 2012, month: 8, day: 27 }, 'en')).toBe('August 27, 2012');
    expect(formatDate({ year: 2015, month: 11, day: 10 }, 'en')).toBe('November 10, 2015');
  });

  it('agrees with the calendar for every valid date, whatever the machine’s time zone', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2199-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (instant) => {
          const iso = instant.toISOString().slice(0, 10);
          const date = parseCalendarDate(iso)!;
          expect(isoDate(date)).toBe(iso);
          const expected = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
            instant,
          );
          expect(formatDate(date, 'en')).toBe(expected);
        },
      ),
    );
  });
});
