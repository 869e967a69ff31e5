import { readFileSync } from 'node:fs';
import { analyze } from '@charte/analyzer';
import { describe, expect, it } from 'vitest';
import type { ClauseId, OrganizationProfile, Pillar } from '../types.js';
import { detectCoverage, detectSectionPillars } from './index.js';

const NO_ORG: OrganizationProfile = { name: null, kind: null, values: [], platforms: [] };

function review(url: URL) {
  const report = analyze(readFileSync(url, 'utf8'), { path: url.pathname });
  const { sections, blocks, lang } = report.document;
  const input = { sentences: report.sentences, sections, blocks, lang, organization: NO_ORG };
  const coverage = detectCoverage(input);
  const present = coverage.filter((c) => c.present).map((c) => c.clause);
  const first = (clause: ClauseId) => {
    const found = coverage.find((c) => c.clause === clause)?.sentences[0];
    return found === undefined ? null : report.sentences[found].text;
  };
  const pillars: Record<string, Pillar[]> = {};
  detectSectionPillars(input).forEach((p, i) => {
    pillars[sections[i].title ?? '(root)'] = p;
  });
  return { present, first, pillars };
}

// The two example charters say the same things in two languages: they must cover the same clauses.
const EXAMPLE_CLAUSES: ClauseId[] = [
  'purpose',
  'scope',
  'official-accounts',
  'privacy',
  'image-consent',
  'human-error',
  'initiatives',
  'community-management',
  'help-contact',
  'proportional-consequences',
];

describe('the example charters', () => {
  const fr = review(new URL('../../../../../examples/charte-fr.md', import.meta.url));
  const en = review(new URL('../../../../../examples/charter-en.md', import.meta.url));

  it('cover the same clauses in French and English, and lack the same ones', () => {
    expect(fr.present).toEqual(EXAMPLE_CLAUSES);
    expect(en.present).toEqual(EXAMPLE_CLAUSES);
  });

  it('point at the sentence that states each clause', () => {
    expect(fr.first('image-consent')).toBe(
      'Il est interdit de publier la photo d’un élève sans le consentement écrit de ses parents.',
    );
    expect(fr.first('human-error')).toBe(
      'Une erreur ou un oubli peut arriver à tout le monde : signalez-le rapidement et nous corrigerons ensemble.',
    );
    expect(en.first('proportional-consequences')).toBe(
      'Serious breaches of this charter may result in measures proportionate to their gravity.',
    );
    expect(en.first('help-contact')).toBe(
      'The communications team will answer your questions within two business days.',
    );
  });

  it('serve one pillar per section, as their headings and content say', () => {
    expect(fr.pillars).toEqual({
      '(root)': [],
      'Charte d’utilisation des médias sociaux': [],
      Encadrer: ['encadrer'],
      Communiquer: ['communiquer'],
      Éduquer: ['eduquer'],
      Valoriser: ['valoriser'],
    });
    expect(Object.values(en.pillars)).toEqual(Object.values(fr.pillars));
  });
});

describe('the seed post (an article about charters, not a charter)', () => {
  const seed = review(new URL('../../document/fixtures/charte-valoriser.md', import.meta.url));

  it('covers what it recommends — human error, initiatives, community management — and nothing else', () => {
    expect(seed.present).toEqual(['human-error', 'initiatives', 'community-management']);
    expect(seed.first('human-error')).toBe('Le caractère humain doit être pris en compte (erreur, oubli)');
    expect(seed.first('initiatives')).toBe(
      'Les initiatives doivent être encadrées, certes, mais également encouragées',
    );
  });

  it('serves « communiquer » in its community section and « valoriser » where it speaks of initiatives', () => {
    expect(seed.pillars['De la communication à la gestion de communauté']).toEqual(['communiquer']);
    expect(seed.pillars['Une démarche positive']).toContain('valoriser');
    expect(seed.pillars['Recommandations en matière de valorisation']).toContain('valoriser');
  });
});
