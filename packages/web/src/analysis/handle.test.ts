import { describe, expect, it } from 'vitest';
import { handleRequest } from './handle.js';

describe('the worker’s request handler', () => {
  it('answers with the same version and a trimmed, serializable analysis', () => {
    const source =
      '# Photos\n\nVous pouvez publier les réussites de vos élèves 🎉.\n\nIl est interdit de publier sans consentement.\n';
    const response = handleRequest({ version: 7, source, lang: 'fr' });
    expect(response.version).toBe(7);
    if (!('analysis' in response)) throw new Error('expected an analysis');
    const { analysis } = response;
    expect(analysis.lang).toBe('fr');
    expect(analysis.sentences.map((s) => [source.slice(s.from, s.to), s.label])).toEqual([
      ['Photos', 'informative'],
      ['Vous pouvez publier les réussites de vos élèves 🎉.', 'permission'],
      ['Il est interdit de publier sans consentement.', 'prohibition'],
    ]);
    expect(analysis.balance.score).toBe(50);
    expect(analysis.coverage).toHaveLength(15);
    expect(analysis.scores.parts.map((p) => p.id)).toContain('tone');
    // What crosses the worker boundary must survive structured cloning unchanged.
    expect(structuredClone(response)).toEqual(response);
    expect(JSON.parse(JSON.stringify(response))).toEqual(response);
  });

  it('analyzes English when asked', () => {
    const response = handleRequest({
      version: 1,
      source: 'You may post photos of the school play.',
      lang: 'en',
    });
    expect('analysis' in response && response.analysis.sentences[0].label).toBe('permission');
  });
});
