import { describe, expect, it } from 'vitest';
import { gerundAt, gerundOf, isVerb, verbAt } from './verbs.js';

describe('English verbs', () => {
  it.each([
    ['post', 'posting'],
    ['share', 'sharing'],
    ['tag', 'tagging'],
    ['lie', 'lying'],
    ['be', 'being'],
    ['hand out', 'handing out'],
    ['make fun of', 'making fun of'],
  ])('%s → %s', (base, ing) => {
    expect(gerundOf(base)).toBe(ing);
    expect(gerundAt(`${ing} photos`)?.base).toBe(base);
  });

  it('reads phrasal verbs first', () => {
    expect(verbAt('hand out personal details')).toBe('hand out');
    expect(verbAt('Post photos')).toBe('Post');
    expect(verbAt('posters')).toBeNull();
    expect(isVerb('photos')).toBe(false);
    expect(isVerb('share')).toBe(true);
  });
});
