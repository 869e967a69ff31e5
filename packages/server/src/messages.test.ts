import { describe, expect, it } from 'vitest';
import { langFromAcceptLanguage, MESSAGES } from './messages.js';

describe('messages', () => {
  it('has the same keys, all non-empty, in French and English', () => {
    expect(Object.keys(MESSAGES.fr).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    for (const lang of ['fr', 'en'] as const) {
      for (const [key, text] of Object.entries(MESSAGES[lang]))
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
    }
    expect(MESSAGES.fr.immutable).not.toBe(MESSAGES.en.immutable);
  });

  it('picks fr or en from Accept-Language by quality', () => {
    expect(langFromAcceptLanguage('fr-CA,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(langFromAcceptLanguage('de-DE, en;q=0.5, fr;q=0.7')).toBe('fr');
    expect(langFromAcceptLanguage('EN-us')).toBe('en');
    expect(langFromAcceptLanguage('fr;q=0, en;q=0.1')).toBe('en');
    expect(langFromAcceptLanguage('de, es')).toBeNull();
    expect(langFromAcceptLanguage(undefined)).toBeNull();
  });
});
