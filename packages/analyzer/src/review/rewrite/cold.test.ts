import { describe, expect, it } from 'vitest';
import { isColdObligation } from './cold.js';

describe('isColdObligation', () => {
  it.each([
    ['Vous devez adopter un ton courtois.', 'fr'],
    ['Le personnel doit respecter la vie privée des élèves.', 'fr'],
    ['Staff must follow the same standards online as in person.', 'en'],
    ['You have to obtain consent before posting an image of a colleague.', 'en'],
  ] as const)('cold: %s', (text, lang) => {
    expect(isColdObligation(text, lang)).toBe(true);
  });

  it.each([
    ['Afin de protéger les élèves, vous devez activer la double authentification.', 'fr'],
    ['Vous devez vérifier vos paramètres, car les réglages changent souvent.', 'fr'],
    ['Vous devez répondre vite ; le service des communications peut vous aider.', 'fr'],
    ['Vous devez respecter la Loi sur le droit d’auteur.', 'fr'],
    ['Les employés doivent se conformer au règlement sur la sécurité.', 'fr'],
    ['To protect students, staff must report incidents.', 'en'],
    ['You must check the source so that false news does not spread.', 'en'],
    ['You must reply within a day; feel free to ask the team for help.', 'en'],
    ['Staff must follow the laws on privacy.', 'en'],
  ] as const)('not cold (reason, help or law): %s', (text, lang) => {
    expect(isColdObligation(text, lang)).toBe(false);
  });
});
