import { describe, expect, it } from 'vitest';
import {
  countWords,
  fleschReadingEase,
  kandelMoles,
  MIN_WORDS,
  measureText,
  readabilityOf,
  syllablesEn,
  syllablesFr,
} from './index.js';

describe('syllablesFr', () => {
  it.each([
    ['charte', 1],
    ['élève', 2],
    ['élèves', 2],
    ['médias', 2],
    ['sociaux', 2],
    ['publication', 4],
    ['organisation', 5],
    ['doivent', 1],
    ['publient', 2],
    ['parents', 2],
    ['moment', 2],
    ['publique', 2],
    ['que', 1],
    ['qu’il', 1],
    ['l’élève', 2],
    ['aujourd’hui', 3],
    ['c’est-à-dire', 3],
    ['publiée', 2],
    ['école', 2],
    ['famille', 2],
    ['guerre', 1],
    ['2026', 1],
  ])('%s has %i syllable(s)', (word, count) => {
    expect(syllablesFr(word)).toBe(count);
  });
});

describe('syllablesEn', () => {
  it.each([
    ['the', 1],
    ['you', 1],
    ['year', 1],
    ['shared', 1],
    ['rules', 1],
    ['used', 1],
    ['whole', 1],
    ['posted', 2],
    ['needed', 2],
    ['pages', 2],
    ['uses', 2],
    ['table', 2],
    ['people', 2],
    ['agree', 2],
    ['value', 2],
    ['social', 2],
    ['media', 3],
    ['official', 3],
    ['beautiful', 3],
    ['encourage', 3],
    ['community', 4],
    ['available', 4],
    ['initiative', 4],
  ])('%s has %i syllable(s)', (word, count) => {
    expect(syllablesEn(word)).toBe(count);
  });
});

describe('measureText', () => {
  it('counts words joined by apostrophes and hyphens as one', () => {
    expect(measureText('L’élève n’a pas d’e-mail, c’est-à-dire rien.', 'fr').words).toBe(6);
    expect(countWords('Don’t share your e-mail address.')).toBe(5);
  });
  it('adds up syllables word by word', () => {
    expect(measureText('Partagez vos bons coups !', 'fr')).toEqual({ words: 4, syllables: 6 });
    expect(measureText('We value your community.', 'en')).toEqual({ words: 4, syllables: 1 + 2 + 1 + 4 });
  });
  it('ignores punctuation, symbols and emoji', () => {
    expect(measureText('« Bravo » — 👏 !!! ??', 'fr')).toEqual({ words: 1, syllables: 2 });
    expect(countWords('')).toBe(0);
  });
});

describe('formulas', () => {
  const counts = { words: 100, sentences: 5, syllables: 150 };
  it('Kandel–Moles: 207 − 1.015 × words/sentence − 73.6 × syllables/word', () => {
    expect(kandelMoles(counts)).toBeCloseTo(207 - 1.015 * 20 - 73.6 * 1.5, 10);
  });
  it('Flesch: 206.835 − 1.015 × words/sentence − 84.6 × syllables/word', () => {
    expect(fleschReadingEase(counts)).toBeCloseTo(206.835 - 1.015 * 20 - 84.6 * 1.5, 10);
  });
  it('picks the formula by language, clamps to 0–100 and rounds', () => {
    expect(readabilityOf('fr', counts, 1)).toEqual({
      formula: 'kandel-moles',
      score: 76,
      words: 100,
      sentences: 5,
      syllables: 150,
      wordsPerSentence: 20,
      longSentences: 1,
    });
    expect(readabilityOf('en', counts, 0).score).toBe(60);
    expect(readabilityOf('en', { words: 100, sentences: 1, syllables: 300 }, 1).score).toBe(0);
    expect(readabilityOf('fr', { words: 100, sentences: 100, syllables: 100 }, 0).score).toBe(100);
  });
  it('gives no score under the minimum word count', () => {
    expect(readabilityOf('fr', { words: MIN_WORDS - 1, sentences: 3, syllables: 40 }, 0).score).toBeNull();
    expect(readabilityOf('en', { words: 0, sentences: 0, syllables: 0 }, 0)).toMatchObject({
      score: null,
      wordsPerSentence: 0,
    });
  });
});
