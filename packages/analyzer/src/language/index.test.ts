import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/index.js';
import { DEFAULT_LANG, detectLanguage, guessFromScores, langFromTag, scoreLanguage } from './index.js';

describe('detectLanguage', () => {
  it.each([
    'Nous encourageons le personnel à partager ses projets sur les médias sociaux.',
    'Il est interdit de publier des photos d’élèves sans leur consentement.',
    'L’organisation s’engage à répondre aux questions dans les meilleurs délais.',
    'Tout manquement peut entraîner des mesures disciplinaires.',
  ])('French: %s', (text) => {
    const guess = detectLanguage(text);
    expect(guess.lang).toBe('fr');
    expect(guess.confidence).toBeGreaterThan(0.5);
  });

  it.each([
    'We encourage staff to share their projects on social media.',
    'You must not post pictures of students without their consent.',
    'The communications team will answer your questions as soon as possible.',
    'Any breach of this policy may result in disciplinary action.',
  ])('English: %s', (text) => {
    const guess = detectLanguage(text);
    expect(guess.lang).toBe('en');
    expect(guess.confidence).toBeGreaterThan(0.5);
  });

  it('is unsure of short or neutral text', () => {
    expect(detectLanguage('Introduction').confidence).toBe(0);
    expect(detectLanguage('Facebook, Instagram, TikTok').confidence).toBe(0);
    expect(detectLanguage('').lang).toBe(DEFAULT_LANG);
    expect(detectLanguage('Une démarche positive').confidence).toBeLessThan(0.5);
  });

  it('counts elisions, contractions and accents', () => {
    expect(scoreLanguage('l’usage d’autrui qu’Ottawa')).toEqual({ fr: 3, en: 0 });
    // don't: 't; we're: we + 're; it’s: it + ’s.
    expect(scoreLanguage("don't we're it’s")).toEqual({ fr: 0, en: 5 });
    expect(scoreLanguage('élève').fr).toBeCloseTo(0.4);
  });

  it('grows more confident with more evidence', () => {
    const little = guessFromScores({ fr: 1, en: 0 }).confidence;
    const more = guessFromScores({ fr: 10, en: 0 }).confidence;
    expect(more).toBeGreaterThan(little);
    expect(guessFromScores({ fr: 5, en: 5 }).confidence).toBe(0);
  });

  it('reads language tags', () => {
    expect(['fr', 'fr-CA', 'FR_fr', 'français'].map(langFromTag)).toEqual(['fr', 'fr', 'fr', 'fr']);
    expect(['en', 'en-US', 'English'].map(langFromTag)).toEqual(['en', 'en', 'en']);
    expect([undefined, 42, 'de', ''].map(langFromTag)).toEqual([null, null, null, null]);
  });
});

describe('languages in a document', () => {
  const source = [
    '# Charte d’utilisation des médias sociaux',
    '',
    'Nous encourageons le personnel à partager ses bons coups avec la communauté. Il est toutefois interdit de publier des photos d’élèves sans consentement.',
    '',
    '> We encourage all staff to share their projects with the community and to celebrate the achievements of the students.',
    '',
    '- Respecter la vie privée',
    '- Be kind',
  ].join('\n');
  const doc = parseDocument(source);

  it('detects the document language over the whole text', () => {
    expect(doc.lang).toBe('fr');
    expect(doc.langSource).toBe('detected');
  });

  it('lets a confident block keep its own language', () => {
    const quote = doc.blocks.find((b) => b.kind === 'quote');
    expect(quote?.lang).toBe('en');
    expect(quote?.langConfidence).toBeGreaterThan(0.5);
    expect(doc.sentences[quote?.sentences[0] ?? 0].lang).toBe('en');
  });

  it('lets short, unsure blocks inherit the document language', () => {
    const items = doc.blocks.filter((b) => b.kind === 'listItem');
    expect(items.map((b) => b.lang)).toEqual(['fr', 'fr']);
    const whole = detectLanguage(doc.sentences.map((s) => s.text).join(' '));
    expect(items[1].langConfidence).toBeCloseTo(whole.confidence, 2);
  });

  it('uses the option over everything', () => {
    const forced = parseDocument(source, { lang: 'en' });
    expect([forced.lang, forced.langSource]).toEqual(['en', 'option']);
    expect(forced.blocks.find((b) => b.kind === 'listItem')?.langConfidence).toBe(1);
  });

  it('detects an English document', () => {
    const en = parseDocument(
      '# Social media policy\n\nWe encourage staff to share their work. Do not post pictures of students.',
    );
    expect([en.lang, en.blocks[0].lang]).toEqual(['en', 'en']);
  });
});
