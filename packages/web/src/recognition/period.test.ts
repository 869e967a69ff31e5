import { describe, expect, it } from 'vitest';
import { ApiClient, recognitionCsvUrl } from '../api/client.js';
import {
  isIsoDate,
  lastTwelveMonths,
  localIsoDate,
  matchPreset,
  parsePeriodQuery,
  periodQuery,
  presetPeriod,
  schoolYear,
  validatePeriod,
} from './period.js';

describe('recognition period', () => {
  it('reads only real calendar dates', () => {
    expect(isIsoDate('2026-09-01')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-01-00')).toBe(false);
    expect(isIsoDate('2026-9-1')).toBe(false);
    expect(isIsoDate(' 2026-09-01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('runs the school year from July 1 to June 30', () => {
    expect(schoolYear('2026-11-28')).toEqual({ from: '2026-07-01', to: '2027-06-30' });
    expect(schoolYear('2026-07-01')).toEqual({ from: '2026-07-01', to: '2027-06-30' });
    expect(schoolYear('2026-06-30')).toEqual({ from: '2025-07-01', to: '2026-06-30' });
    expect(schoolYear('2027-01-15')).toEqual({ from: '2026-07-01', to: '2027-06-30' });
  });

  it('takes the last twelve whole months, the current one included', () => {
    expect(lastTwelveMonths('2026-11-28')).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(lastTwelveMonths('2026-12-01')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(lastTwelveMonths('2028-02-10')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
  });

  it('names the preset a period is', () => {
    const today = '2026-11-28';
    expect(presetPeriod('all', today)).toEqual({});
    expect(matchPreset({}, today)).toBe('all');
    expect(matchPreset({ from: '2026-07-01', to: '2027-06-30' }, today)).toBe('schoolYear');
    expect(matchPreset({ from: '2025-12-01', to: '2026-11-30' }, today)).toBe('last12Months');
    expect(matchPreset({ from: '2026-07-01' }, today)).toBeNull();
    // Last year's school year, bookmarked, is a custom period now.
    expect(matchPreset({ from: '2025-07-01', to: '2026-06-30' }, today)).toBeNull();
  });

  it('carries the period in the query and back', () => {
    expect(periodQuery({})).toBe('');
    expect(periodQuery({ from: '2026-07-01', to: '2027-06-30' })).toBe('?from=2026-07-01&to=2027-06-30');
    expect(periodQuery({ to: '2027-06-30' })).toBe('?to=2027-06-30');
    expect(parsePeriodQuery('?from=2026-07-01&to=2027-06-30')).toEqual({
      from: '2026-07-01',
      to: '2027-06-30',
    });
    expect(parsePeriodQuery('?from=2026-07-01&from=x')).toEqual({ from: '2026-07-01' });
    expect(parsePeriodQuery('?from=yesterday&to=2026-02-30')).toEqual({});
    expect(parsePeriodQuery('')).toEqual({});
  });

  it('validates the custom period field by field', () => {
    expect(validatePeriod({ from: '', to: '' })).toEqual({});
    expect(validatePeriod({ from: '2026-09-01', to: '' })).toEqual({});
    expect(validatePeriod({ from: '2026-09-01', to: '2026-09-01' })).toEqual({});
    expect(validatePeriod({ from: '2026-09-02', to: '2026-09-01' })).toEqual({ to: 'beforeFrom' });
    expect(validatePeriod({ from: '2026-02-30', to: '2026-09-01' })).toEqual({ from: 'invalid' });
    // What the browser could not read as a date (partly typed) is an error, not an open end.
    expect(validatePeriod({ from: '', to: '' }, { to: true })).toEqual({ to: 'invalid' });
  });

  it('takes today from the local calendar', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('asks the API and the CSV for the same period', async () => {
    const asked: string[] = [];
    const api = new ApiClient({
      fetch: (async (url: string) => {
        asked.push(url);
        return new Response('{"from":null,"to":null,"byUnit":[],"byValue":[],"kudos":[],"ideasAdopted":[]}');
      }) as typeof fetch,
    });
    await api.recognition({ from: '2026-07-01', to: '2027-06-30' });
    await api.recognition();
    expect(asked).toEqual(['/api/recognition?from=2026-07-01&to=2027-06-30', '/api/recognition']);
    expect(recognitionCsvUrl({ from: '2026-07-01' })).toBe('/api/recognition.csv?from=2026-07-01');
    expect(recognitionCsvUrl()).toBe('/api/recognition.csv');
  });
});
