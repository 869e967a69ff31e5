import { describe, expect, it } from 'vitest';
import {
  capitalize,
  clockTime,
  escapeLineStart,
  escapeMarkdown,
  joinList,
  longDate,
  monthAfter,
  reviewPeriod,
  timeSpan,
} from './format.js';

describe('joinList', () => {
  it('joins with a comma and the language’s “and”', () => {
    expect(joinList(['Facebook', 'Instagram', 'YouTube'], 'fr')).toBe('Facebook, Instagram et YouTube');
    expect(joinList(['Facebook', 'Instagram'], 'en')).toBe('Facebook and Instagram');
    expect(joinList(['X'], 'en')).toBe('X');
    expect(joinList([], 'fr')).toBe('');
  });
});

describe('dates', () => {
  it('writes the adoption date as running text', () => {
    expect(longDate('2026-09-01', 'fr')).toBe('1er septembre 2026');
    expect(longDate('2026-08-27', 'fr')).toBe('27 août 2026');
    expect(longDate('2026-09-01', 'en')).toBe('September 1, 2026');
  });

  it('computes the month of the next review across years, without time zones', () => {
    expect(monthAfter('2026-09-01', 12, 'fr')).toBe('septembre 2027');
    expect(monthAfter('2026-11-30', 6, 'en')).toBe('May 2027');
    expect(monthAfter('2026-01-01', 60, 'en')).toBe('January 2031');
    expect(monthAfter('2026-12-31', 13, 'fr')).toBe('janvier 2028');
  });

  it('names the review period', () => {
    expect(reviewPeriod(12, 'fr')).toBe('chaque année');
    expect(reviewPeriod(24, 'fr')).toBe('tous les deux ans');
    expect(reviewPeriod(18, 'fr')).toBe('tous les 18 mois');
    expect(reviewPeriod(6, 'en')).toBe('every six months');
    expect(reviewPeriod(36, 'en')).toBe('every three years');
    expect(reviewPeriod(9, 'en')).toBe('every 9 months');
  });
});

describe('hours', () => {
  it('writes French hours with “h”', () => {
    expect(timeSpan('08:30', '16:30', 'fr')).toBe('de 8 h 30 à 16 h 30');
    expect(clockTime('09:00', 'fr')).toBe('9 h');
    expect(clockTime('13:05', 'fr')).toBe('13 h 05');
  });

  it('writes Canadian English hours with a.m. and p.m.', () => {
    expect(timeSpan('08:30', '16:30', 'en')).toBe('8:30 a.m. to 4:30 p.m.');
    expect(clockTime('09:00', 'en')).toBe('9 a.m.');
    expect(clockTime('12:00', 'en')).toBe('noon');
    expect(clockTime('12:30', 'en')).toBe('12:30 p.m.');
    expect(clockTime('00:15', 'en')).toBe('12:15 a.m.');
  });
});

describe('escapeMarkdown', () => {
  it('escapes inline markup so typed text shows as written', () => {
    expect(escapeMarkdown('R&D *Nord* [x] <b> _y_ `z`')).toBe(
      'R\\&D \\*Nord\\* \\[x\\] \\<b\\> \\_y\\_ \\`z\\`',
    );
  });

  it('keeps typed text on one line, and never opens a block at a line start', () => {
    expect(escapeMarkdown('ligne\n# deux')).toBe('ligne # deux');
    expect(escapeMarkdown('+1 418 555-0123')).toBe('+1 418 555-0123');
    expect(escapeLineStart('# Titre')).toBe('\\# Titre');
    expect(escapeLineStart('- tiret')).toBe('\\- tiret');
    expect(escapeLineStart('1. premier')).toBe('1\\. premier');
    expect(escapeLineStart('Audace')).toBe('Audace');
  });

  it('leaves ordinary names alone', () => {
    expect(escapeMarkdown('L’Îlot : école " test')).toBe('L’Îlot : école " test');
    expect(capitalize('l’engagement')).toBe('L’engagement');
  });
});
