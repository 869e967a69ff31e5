import { analyze, type Lang } from '@charte/analyzer';
import { describe, expect, it } from 'vitest';
import type { Pillar, ReviewInput } from '../types.js';
import { detectSectionPillars, pillarScores } from './index.js';

function pillarsOf(source: string, lang: Lang): Record<string, Pillar[]> {
  const report = analyze(source, { lang });
  const { sections, blocks } = report.document;
  const input: ReviewInput = {
    sentences: report.sentences,
    sections,
    blocks,
    lang,
    organization: { name: null, kind: null, values: [], platforms: [] },
  };
  const pillars = detectSectionPillars(input);
  expect(pillars).toHaveLength(sections.length);
  return Object.fromEntries(sections.map((s, i) => [s.title ?? '(root)', pillars[i]]));
}

describe('detectSectionPillars', () => {
  it('reads the four pillars from headings backed by their content, FR and EN', () => {
    const fr = [
      '## Encadrer',
      'Il est interdit de publier la photo d’un élève sans le consentement de ses parents.',
      '## Communiquer',
      'Le service des communications anime les comptes officiels.',
      '## Éduquer',
      'Pensez à vérifier vos paramètres de confidentialité.',
      '## Valoriser',
      'Nous vous encourageons à partager les bons coups de votre école !',
    ].join('\n\n');
    expect(pillarsOf(fr, 'fr')).toEqual({
      '(root)': [],
      Encadrer: ['encadrer'],
      Communiquer: ['communiquer'],
      Éduquer: ['eduquer'],
      Valoriser: ['valoriser'],
    });
    const en = [
      '## Rules',
      'Do not post a photo of a student without written consent from a parent.',
      '## Our accounts',
      'The communications team moderates the official accounts.',
      '## Tips',
      'Remember to check your privacy settings before you post.',
      '## Recognition',
      'We celebrate the good news our schools share.',
    ].join('\n\n');
    expect(pillarsOf(en, 'en')).toEqual({
      '(root)': [],
      Rules: ['encadrer'],
      'Our accounts': ['communiquer'],
      Tips: ['eduquer'],
      Recognition: ['valoriser'],
    });
  });

  it('finds a pillar from content alone when a section is mostly about it', () => {
    const doc = [
      '## Au quotidien',
      'Nous vous encourageons à partager vos projets de classe.',
      'Le centre de services souligne chaque année les plus belles initiatives.',
      'Il est interdit de publier des coordonnées personnelles.',
    ].join('\n\n');
    // Two of three sentences value people: « valoriser »; one in three frames: « encadrer » too.
    expect(pillarsOf(doc, 'fr')['Au quotidien']).toEqual(['encadrer', 'valoriser']);
    const en = [
      '## Day to day',
      'We encourage you to share your class projects.',
      'Thank you for your ideas!',
    ].join('\n\n');
    expect(pillarsOf(en, 'en')['Day to day']).toEqual(['valoriser']);
  });

  it('does not believe a heading against its content, but believes it over neutral content', () => {
    const contradicted = [
      '## Valoriser',
      'Il est interdit de publier sans autorisation.',
      'Vous devez respecter ces consignes.',
    ].join('\n\n');
    expect(pillarsOf(contradicted, 'fr').Valoriser).toEqual(['encadrer']);
    expect(pillarsOf('## Éduquer\n\nLe numérique évolue vite.', 'fr').Éduquer).toEqual(['eduquer']);
    // An empty section serves nothing, whatever its heading.
    expect(pillarsOf('## Valoriser\n\n## Encadrer\n\nNe publiez pas d’adresses.', 'fr').Valoriser).toEqual(
      [],
    );
  });

  it('lets a parent heading lean on its subsections, and counts the root when it has content', () => {
    const doc = [
      'Cette charte dit comment utiliser les médias sociaux.',
      'Vous devez respecter la vie privée des élèves.',
      '## Communiquer',
      '### Comptes de classe',
      'Vous pouvez ouvrir un compte de classe avec l’accord de la direction.',
    ].join('\n\n');
    expect(pillarsOf(doc, 'fr')).toEqual({
      '(root)': ['encadrer'],
      Communiquer: ['communiquer'],
      'Comptes de classe': ['communiquer'],
    });
  });

  it('scores a sentence from its label and its words', () => {
    expect(pillarScores('Nous soulignons les bons coups de nos équipes.', 'encouragement', 'fr')).toEqual([
      0, 0, 0, 1.5,
    ]);
    // A prohibition frames; "post" leans toward publishing, less than the label weighs.
    expect(pillarScores('Do not post anything.', 'prohibition', 'en')).toEqual([1, 0.5, 0, 0]);
    expect(pillarScores('Hello.', 'informative', 'en')).toEqual([0, 0, 0, 0]);
  });
});
