import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { fr } from './fr.js';
import { createTranslator, format, pickUiLang } from './index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders for each key', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect({ key, fr: placeholders(fr[key]) }).toEqual({ key, fr: placeholders(en[key]) });
    }
  });

  it('have no empty message and translate the sentences (not the whole catalogue copied)', () => {
    const keys = Object.keys(en) as (keyof typeof en)[];
    for (const key of keys) expect(fr[key].trim(), key).not.toBe('');
    const same = keys.filter((key) => fr[key] === en[key] && /\s\w+\s/.test(en[key]));
    // Only a few messages may stay identical (formats, examples made of commands).
    expect(same.length).toBeLessThan(keys.length / 10);
  });

  it('give every plural key both forms', () => {
    for (const key of Object.keys(en)) {
      if (key.endsWith('_one')) expect(Object.hasOwn(en, key.replace(/_one$/, '_other')), key).toBe(true);
      if (key.endsWith('_other')) expect(Object.hasOwn(en, key.replace(/_other$/, '_one')), key).toBe(true);
    }
  });
});

describe('createTranslator', () => {
  it('fills placeholders and picks plural forms by language', () => {
    const t = createTranslator('en');
    expect(t.plural('stylish.errors', 1)).toBe('1 error');
    expect(t.plural('stylish.errors', 0)).toBe('0 errors');
    const f = createTranslator('fr');
    // French: 0 and 1 are singular.
    expect(f.plural('stylish.errors', 0)).toBe('0 erreur');
    expect(f.plural('stylish.errors', 2)).toBe('2 erreurs');
    expect(f.t('input.line', { path: 'a.md', problem: 'x' })).toBe('charte : a.md : x');
  });

  it('leaves an unknown placeholder visible', () => {
    expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});

describe('pickUiLang', () => {
  it('prefers the flag, then LC_ALL, LC_MESSAGES, LANG', () => {
    expect(pickUiLang('fr', { LANG: 'en_US.UTF-8' })).toBe('fr');
    expect(pickUiLang(undefined, { LC_ALL: 'fr_CA.UTF-8', LANG: 'en_US' })).toBe('fr');
    expect(pickUiLang(undefined, { LC_ALL: 'en_US.UTF-8', LANG: 'fr_FR' })).toBe('en');
    expect(pickUiLang(undefined, { LC_MESSAGES: 'fr', LANG: 'en_US' })).toBe('fr');
    expect(pickUiLang(undefined, { LC_ALL: '', LANG: 'fr_BE@euro' })).toBe('fr');
    expect(pickUiLang(undefined, { LANG: 'C.UTF-8' })).toBe('en');
    expect(pickUiLang(undefined, { LANG: 'fry_NL' })).toBe('en');
    expect(pickUiLang(undefined, {})).toBe('en');
  });
});
