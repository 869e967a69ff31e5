import { describe, expect, it } from 'vitest';
import {
  afterSans,
  aNP,
  definiteObject,
  deNP,
  elide,
  objectOfAction,
  positiveObject,
  subjectAfterPreposition,
  underNegation,
} from './grammar.js';

describe('French grammar', () => {
  it('contracts "de" and "à" with the article', () => {
    expect(deNP('les informations')).toBe('des informations');
    expect(deNP('le nom')).toBe('du nom');
    expect(deNP('la photo')).toBe('de la photo');
    expect(deNP('informations')).toBe("d'informations");
    expect(deNP('harcèlement')).toBe('de harcèlement');
    expect(aNP('les porte-parole')).toBe('aux porte-parole');
    expect(aNP('le service')).toBe('au service');
    expect(aNP('la direction')).toBe('à la direction');
  });

  it('turns the partitive of a negation back into an article', () => {
    expect(positiveObject('de photos')).toBe('des photos');
    expect(positiveObject("d'informations confidentielles")).toBe('des informations confidentielles');
    expect(positiveObject('de contenu')).toBe('du contenu');
    expect(positiveObject('de publicité')).toBe('de la publicité');
    // Count nouns take the indefinite article, mass nouns the partitive.
    expect(positiveObject("d'image")).toBe('une image');
    expect(positiveObject('de photo d’élève')).toBe('une photo d’élève');
    expect(positiveObject('de commentaire')).toBe('un commentaire');
    expect(positiveObject("d'information")).toBe("de l'information");
    expect(positiveObject('de la photo')).toBe('de la photo');
    expect(positiveObject('vos photos')).toBe('vos photos');
    expect(positiveObject('de zorglub')).toBeNull();
    expect(positiveObject("d'autres photos")).toBe("d'autres photos");
    expect(positiveObject('de photos, de vidéos ou de textes')).toBeNull();
  });

  it('makes an object definite', () => {
    expect(definiteObject('des mots de passe')).toBe('les mots de passe');
    expect(definiteObject("d'informations")).toBe('les informations');
    expect(definiteObject('de mot de passe')).toBe('le mot de passe');
    expect(definiteObject('vos codes')).toBe('vos codes');
    expect(definiteObject('un code')).toBeNull();
  });

  it("turns an action noun's complement into an object", () => {
    expect(objectOfAction('de photos')).toBe('des photos');
    expect(objectOfAction('des photos de classe')).toBe('les photos de classe');
    expect(objectOfAction('du nom')).toBe('le nom');
    expect(objectOfAction('de la photo')).toBe('la photo');
    expect(objectOfAction('de vos codes')).toBe('vos codes');
  });

  it('puts noun phrases after "sans"', () => {
    expect(afterSans('Les propos haineux')).toBe('propos haineux');
    expect(afterSans('Aucun propos injurieux ou discriminatoire')).toBe(
      'propos injurieux ou discriminatoire',
    );
    expect(
      afterSans("Les injures, le dénigrement et les attaques visant une personne ou l'association"),
    ).toBe("injures, dénigrement ni attaques visant une personne ou l'association");
    expect(afterSans('Vos propos')).toBeNull();
    expect(underNegation('des propos')).toBe('de propos');
    expect(underNegation('des insultes')).toBe("d'insultes");
  });

  it('elides before a vowel or a silent h, not before an aspirated h', () => {
    expect(elide('de', 'utiliser')).toBe("d'");
    expect(elide('que', 'il')).toBe("qu'");
    expect(elide('la', 'image')).toBe("l'");
    expect(elide('de', 'haine')).toBe('de ');
    expect(elide('de', 'publier')).toBe('de ');
  });

  it('writes a subject after a preposition', () => {
    expect(subjectAfterPreposition('Les membres du personnel')).toBe('les membres du personnel');
    expect(subjectAfterPreposition('Ils')).toBe('eux');
    expect(subjectAfterPreposition('Vous')).toBe('vous');
  });
});
