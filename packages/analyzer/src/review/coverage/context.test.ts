import { analyze, type Lang } from '@charte/analyzer';
import { describe, expect, it } from 'vitest';
import type { ClauseId, OrganizationProfile, ReviewInput } from '../types.js';
import { CLAUSES } from '../types.js';
import { detectCoverage } from './index.js';

const NO_ORG: OrganizationProfile = { name: null, kind: null, values: [], platforms: [] };

function inputOf(source: string, lang: Lang, organization = NO_ORG): ReviewInput {
  const report = analyze(source, { lang });
  const { sections, blocks } = report.document;
  return { sentences: report.sentences, sections, blocks, lang: report.document.lang, organization };
}

function texts(source: string, lang: Lang, clause: ClauseId, organization = NO_ORG): string[] {
  const input = inputOf(source, lang, organization);
  const found = detectCoverage(input).find((c) => c.clause === clause);
  return (found?.sentences ?? []).map((i) => input.sentences[i].text);
}

describe('detectCoverage: headings', () => {
  it('counts a sentence that only hints at the clause under a heading that names it', () => {
    const hint = 'Pensez aux photos prises lors des sorties.';
    expect(texts(hint, 'fr', 'image-consent')).toEqual([]);
    expect(texts(`## Droit à l’image\n\n${hint}`, 'fr', 'image-consent')).toEqual([hint]);
    const en = 'Think about photos taken on field trips.';
    expect(texts(en, 'en', 'image-consent')).toEqual([]);
    expect(texts(`## Image rights\n\n${en}`, 'en', 'image-consent')).toEqual([en]);
  });

  it('lets a topic heading confirm a sentence that is about the clause, not a mere mention', () => {
    // "Révision" names the clause; a vague revision sentence (0.5) needs it, a bare date does not suffice.
    const vague = 'Ces règles peuvent être modifiées au besoin.';
    expect(texts(vague, 'fr', 'review-date')).toEqual([]);
    expect(texts(`## Révision\n\n${vague}`, 'fr', 'review-date')).toEqual([vague]);
    // A "Photos" heading is only a topic: a photo mention under it is still not about consent.
    expect(texts('## Photos et vidéos\n\nPartagez vos plus belles photos !', 'fr', 'image-consent')).toEqual(
      [],
    );
  });

  it('gives a subsection most of its parent heading: enough with a mention, not with nothing', () => {
    const doc = [
      '## Droit à l’image',
      '',
      '### En classe',
      '',
      'Les élèves apparaissent parfois sur les photos de classe.',
      'Le local est ouvert le matin.',
    ].join('\n');
    expect(texts(doc, 'fr', 'image-consent')).toEqual([
      'Les élèves apparaissent parfois sur les photos de classe.',
    ]);
  });

  it('covers nothing with a heading alone, and ignores the document title', () => {
    expect(texts('## Droit à l’image\n\n## Autre chose\n\nBonjour à tous.', 'fr', 'image-consent')).toEqual(
      [],
    );
    // The only level-1 heading names the whole charter, not one of its parts.
    const doc = '# Charte de confidentialité et de droit à l’image\n\nBienvenue sur nos pages.';
    expect(texts(doc, 'fr', 'image-consent')).toEqual([]);
    expect(texts(doc, 'fr', 'privacy')).toEqual([]);
  });

  it('ignores headings that look alike but are about something else', () => {
    const doc = '## Erreurs à éviter\n\nNe publiez pas sous le coup de la colère.';
    expect(texts(doc, 'fr', 'human-error')).toEqual([]);
    expect(texts('## Common mistakes to avoid\n\nDo not post in anger.', 'en', 'human-error')).toEqual([]);
  });

  it('lists the sentences best first: stated outright before merely confirmed by the heading', () => {
    const doc = [
      '## Confidentialité',
      '',
      'Pensez à vos paramètres de confidentialité.',
      'Ne divulguez jamais d’informations confidentielles sur les élèves.',
    ].join('\n');
    expect(texts(doc, 'fr', 'privacy')).toEqual([
      'Ne divulguez jamais d’informations confidentielles sur les élèves.',
      'Pensez à vos paramètres de confidentialité.',
    ]);
  });
});

describe('detectCoverage: sanctions', () => {
  it('never takes a mere mention in a sanction for the clause', () => {
    expect(
      texts('Toute erreur grave pourra entraîner des mesures disciplinaires.', 'fr', 'human-error'),
    ).toEqual([]);
    expect(texts('Les propos haineux entraîneront le retrait du compte.', 'fr', 'respect')).toEqual([]);
    expect(
      texts('Any breach of confidentiality will result in disciplinary action.', 'en', 'privacy'),
    ).toEqual([]);
    expect(texts('Posts that violate copyright will be removed.', 'en', 'intellectual-property')).toEqual([]);
  });

  it('still lets a heading confirm a clause stated through its sanction', () => {
    const sentence = 'Les propos haineux entraîneront le retrait du compte.';
    expect(texts(`## Respect et harcèlement\n\n${sentence}`, 'fr', 'respect')).toEqual([sentence]);
  });

  it('never counts a sanction for human error, help or initiatives, even under their heading', () => {
    const doc = '## Droit à l’erreur\n\nLes abus répétés seront sanctionnés.';
    expect(texts(doc, 'fr', 'human-error')).toEqual([]);
  });
});

describe('detectCoverage: the organization profile', () => {
  const org: OrganizationProfile = {
    name: 'CSS des Rivières',
    kind: 'school-service-centre',
    values: ['bienveillance', 'persévérance'],
    platforms: ['Facebook', 'ClassDojo'],
  };

  it('counts the organization’s own platforms for the scope', () => {
    const sentence = 'Nos échanges avec les familles passent par ClassDojo et Teams.';
    expect(texts(sentence, 'fr', 'scope')).toEqual([]);
    expect(texts(`## Plateformes\n\n${sentence}`, 'fr', 'scope', org)).toEqual([sentence]);
    expect(texts('Nous sommes présents sur Facebook, ClassDojo et YouTube.', 'fr', 'scope', org)).toEqual([]);
    const both = 'Cette charte s’applique à nos pages ClassDojo.';
    expect(texts(both, 'fr', 'scope', org)).toEqual([both]);
  });

  it('counts the organization’s values as what initiatives are recognized for', () => {
    const sentence = 'Nous soulignons chaque mois les gestes de persévérance de nos élèves.';
    expect(texts(sentence, 'fr', 'initiatives')).toEqual([]);
    expect(texts(sentence, 'fr', 'initiatives', org)).toEqual([sentence]);
  });
});

describe('detectCoverage: shape', () => {
  it('answers every clause once, in the checklist order, even for an empty document', () => {
    const result = detectCoverage(inputOf('', 'fr'));
    expect(result.map((c) => c.clause)).toEqual([...CLAUSES]);
    expect(result.every((c) => !c.present && c.sentences.length === 0)).toBe(true);
  });

  it('reads each sentence in its own language in a bilingual charter', () => {
    const doc = [
      '## Photos',
      '',
      'Il est interdit de publier la photo d’un élève sans le consentement de ses parents.',
      '',
      '## Photos (English)',
      '',
      'Do not post photos of students without written consent from a parent.',
    ].join('\n');
    const input = inputOf(doc, 'fr');
    const found = detectCoverage(input).find((c) => c.clause === 'image-consent');
    expect(found?.sentences.map((i) => input.sentences[i].lang)).toEqual(['fr', 'en']);
  });
});
