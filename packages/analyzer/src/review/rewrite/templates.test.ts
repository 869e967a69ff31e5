/** Enabling templates: one per label and language, filled from the organization's profile. */
import { describe, expect, it } from 'vitest';
import { TONE_LABELS } from '../../types.js';
import type { OrganizationProfile } from '../types.js';
import { enablingTemplate } from './templates.js';

function org(p: Partial<OrganizationProfile> = {}): OrganizationProfile {
  return { name: null, kind: null, values: [], platforms: [], ...p };
}

describe('enablingTemplate', () => {
  it('varies by label, in both languages', () => {
    for (const lang of ['fr', 'en'] as const) {
      const texts = ['prohibition', 'obligation', 'sanction', 'informative'].map((l) =>
        enablingTemplate(l as 'prohibition', lang, org()),
      );
      expect(new Set(texts).size).toBe(4);
      for (const t of texts) expect(t).toMatch(/^\p{Lu}.*[.!]$/u);
    }
  });

  it('fills the organization name with the right French article', () => {
    expect(enablingTemplate('sanction', 'fr', org({ name: 'Acme' }))).toBe(
      "Une erreur de bonne foi peut arriver à tout le monde : corrigez-la rapidement et prévenez le service des communications d'Acme, qui vous aidera.",
    );
    expect(
      enablingTemplate('informative', 'fr', org({ name: 'Centre de services scolaire des Navigateurs' })),
    ).toBe(
      'Pour toute question, écrivez au service des communications du Centre de services scolaire des Navigateurs.',
    );
    expect(enablingTemplate('obligation', 'fr', org({ name: 'Ville de Lévis', kind: 'city' }))).toBe(
      "Le service des communications de la Ville de Lévis peut vous accompagner pour appliquer cette consigne : n'hésitez pas à lui écrire.",
    );
    expect(enablingTemplate('informative', 'fr', org({ name: 'Université Laval' }))).toBe(
      "Pour toute question, écrivez au service des communications de l'Université Laval.",
    );
  });

  it('speaks of the school administration for a school', () => {
    expect(enablingTemplate('informative', 'fr', org({ kind: 'school' }))).toBe(
      "Pour toute question, écrivez à la direction de l'école.",
    );
    expect(enablingTemplate('informative', 'en', org({ kind: 'school', name: 'Westdale High' }))).toBe(
      'For any question, write to the school office at Westdale High.',
    );
  });

  it('names the organization values beside a prohibition', () => {
    expect(
      enablingTemplate('prohibition', 'en', org({ name: 'Acme', values: ['respect', 'openness', 'care'] })),
    ).toBe(
      'If in doubt, the communications team at Acme can help you find a way to do it that respects this rule and our values: respect, openness and care.',
    );
    expect(enablingTemplate('prohibition', 'fr', org({ values: ['respect'] }))).toBe(
      'En cas de doute, le service des communications peut vous aider à trouver une façon de faire qui respecte cette règle et nos valeurs : respect.',
    );
  });

  it('gives a sentence for every label without a profile', () => {
    for (const label of TONE_LABELS)
      for (const lang of ['fr', 'en'] as const)
        expect(enablingTemplate(label, lang, org()).length).toBeGreaterThan(20);
  });
});
