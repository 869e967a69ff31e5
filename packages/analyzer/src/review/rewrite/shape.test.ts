import { describe, expect, it } from 'vitest';
import { candidates, diffEdit, normalize, startsUpper, withInitial, wordsEnd } from './shape.js';

describe('sentence shape', () => {
  it('normalizes apostrophes and no-break spaces without changing length', () => {
    const t = 'l’élève\u00a0!';
    expect(normalize(t)).toBe("l'élève !");
    expect(normalize(t).length).toBe(t.length);
  });

  it('finds where the words end', () => {
    expect(wordsEnd('Ne publiez pas.')).toBe(14);
    expect(wordsEnd('« Ne publiez pas » !')).toBe(16);
    expect(wordsEnd('no punctuation')).toBe(14);
  });

  it('offers the whole sentence first, then leads and tails', () => {
    const s = 'Toutefois, ne publiez pas X, même ici';
    const c = candidates(s, s.length, 'fr');
    expect(c[0]).toEqual({ start: 0, end: s.length });
    expect(c).toContainEqual({ start: 11, end: s.indexOf(', même') });
  });

  it('never offers a tail that would change the rule', () => {
    const s = 'Ne publiez pas X, sauf Y';
    expect(candidates(s, s.length, 'fr').every((c) => c.end === s.length)).toBe(true);
    const e = 'Do not post X, or Y';
    expect(candidates(e, e.length, 'en').every((c) => c.end === e.length)).toBe(true);
  });

  it('turns a new sentence into a word-aligned edit', () => {
    const text = 'Ne publiez pas X.';
    expect(diffEdit(text, text, 'Publiez X.')).toEqual({
      start: 0,
      end: 14,
      replacement: 'Publiez',
      result: 'Publiez X.',
    });
    const lead = 'Afin de, il est interdit de V.';
    const e = diffEdit(lead, lead, 'Afin de, V.');
    expect(e.start).toBe(9);
    expect(e.result).toBe('Afin de, V.');
  });

  it('sets and reads the case of the first letter', () => {
    expect(withInitial('publiez', true)).toBe('Publiez');
    expect(startsUpper('« Il est')).toBe(true);
    expect(startsUpper('il est')).toBe(false);
  });
});
