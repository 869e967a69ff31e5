import { describe, expect, it } from 'vitest';
import { CLAUSES, LANGS, ROLES, SCORE_PARTS, TONE_LABELS, VERSION_STATUSES } from '../constants.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { CATALOGS, fill, formatDelta, type MessageKey, translate, translatePlural } from './index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('French and English have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('every message has the same {parameters} in both languages, and none is empty', () => {
    for (const key of Object.keys(fr) as MessageKey[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
      expect(fr[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
    }
  });

  it('names every label, clause, score part, role, status and language the app shows', () => {
    const needed = [
      ...TONE_LABELS.map((l) => `label.${l}`),
      ...CLAUSES.flatMap((c) => [`clause.${c}`, `template.${c}`]),
      ...SCORE_PARTS.map((p) => `scorePart.${p}`),
      ...ROLES.flatMap((r) => [`role.${r}`, `roleHelp.${r}`]),
      ...VERSION_STATUSES.map((s) => `status.${s}`),
      ...LANGS.map((l) => `lang.${l}`),
    ];
    for (const lang of LANGS) for (const key of needed) expect(CATALOGS[lang], key).toHaveProperty([key]);
  });

  it('French text uses the typographic apostrophe', () => {
    for (const [key, text] of Object.entries(fr)) expect(text, key).not.toMatch(/\w'\w/);
  });

  it('fills parameters and picks plural forms by language', () => {
    expect(translate('fr', 'version.number', { number: 3 })).toBe('Version 3');
    expect(translatePlural('fr', 'diff.added', 0)).toBe('0 phrase ajoutée');
    expect(translatePlural('en', 'diff.added', 0)).toBe('0 sentences added');
    expect(translatePlural('en', 'diff.added', 1)).toBe('1 sentence added');
    expect(translatePlural('fr', 'diff.added', 2)).toBe('2 phrases ajoutées');
    expect(fill('{a} et {b}', { a: 1 })).toBe('1 et {b}');
  });

  it('writes differences with a sign', () => {
    expect(formatDelta('fr', 12)).toBe('+12');
    expect(formatDelta('en', -3)).toBe('−3');
    expect(formatDelta('en', 0)).toBe('0');
    expect(formatDelta('en', null)).toBe('—');
  });
});
