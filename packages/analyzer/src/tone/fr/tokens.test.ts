import { describe, expect, it } from 'vitest';
import { foldText } from './fold.js';
import { tokenize } from './tokens.js';

const words = (text: string) => tokenize(foldText(text)).map((t) => (t.hy ? `-${t.w}` : t.w));

describe('foldText', () => {
  it('lower-cases, removes accents and keeps the length', () => {
    for (const text of ['N’Hésitez PAS', 'À l’ÉCOLE, ça va', 'İstanbul ﬁ', '😀 émoji']) {
      expect(foldText(text).length).toBe(text.length);
    }
    expect(foldText('N’Hésitez PAS à ÉCRIRE')).toBe("n'hesitez pas a ecrire");
    expect(foldText('œuvre Ça')).toBe('œuvre ca');
  });
});

describe('tokenize', () => {
  it('splits elided forms with either apostrophe', () => {
    expect(words("N'utilisez pas l’adresse qu’il")).toEqual([
      "n'",
      'utilisez',
      'pas',
      "l'",
      'adresse',
      "qu'",
      'il',
    ]);
    expect(words("aujourd'hui jusqu’à")).toEqual(["aujourd'hui", "jusqu'", 'a']);
  });

  it('detaches hyphenated pronouns but keeps compounds', () => {
    expect(words('Adressez-vous ; parlez-nous-en.')).toEqual([
      'adressez',
      '-vous',
      ';',
      'parlez',
      '-nous',
      '-en',
      '.',
    ]);
    expect(words('peut-être le non-respect a-t-il')).toEqual(['peut-etre', 'le', 'non-respect', 'a', '-il']);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Il est INTERDIT d’écrire « ça » — vraiment !';
    for (const t of tokenize(foldText(text))) {
      expect(foldText(text.slice(t.s, t.e))).toBe(t.w === '—' ? '—' : t.w);
    }
  });
});
