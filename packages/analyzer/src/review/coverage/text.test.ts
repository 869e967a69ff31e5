import { describe, expect, it } from 'vitest';
import { foldForMatch, foldHeading, foldSentence, phrasePattern } from './text.js';

describe('folding for matching', () => {
  it('lowers case, drops accents, spells out ligatures and makes apostrophes ASCII', () => {
    expect(foldForMatch('Droit à l’image et Œuvres')).toBe("droit a l'image et oeuvres");
    expect(foldForMatch('Respectez\u00a0: la vie privée')).toBe('respectez : la vie privee');
  });

  it('drops a heading’s numbering, but not a word that looks like a Roman numeral', () => {
    expect(foldHeading('Article 3 – Droit à l’image')).toBe("droit a l'image");
    expect(foldHeading('1.2.3 Portée')).toBe('portee');
    expect(foldHeading('IV. Respect')).toBe('respect');
    expect(foldHeading('Il était une fois')).toBe('il etait une fois');
    expect(foldHeading('Vie privée')).toBe('vie privee');
  });

  it('folds a sentence once and reuses it', () => {
    const sentence = { text: 'Équipe' };
    expect(foldSentence(sentence)).toBe('equipe');
    expect(foldSentence(sentence)).toBe(foldSentence(sentence));
  });

  it('builds whole-word patterns from the organization’s names', () => {
    const pattern = phrasePattern(['ClassDojo', 'Facebook Live', 'X', ' ']);
    expect(pattern?.test(foldForMatch('Nos pages ClassDojo'))).toBe(true);
    expect(pattern?.test(foldForMatch('ClassDojos'))).toBe(false);
    // One-letter names would match everywhere: they are left out.
    expect(pattern?.test('x')).toBe(false);
    expect(phrasePattern([])).toBeNull();
  });
});
