import { describe, expect, it } from 'vitest';
import { charter, edition, part, series } from './fixtures/charter.js';
import { fileSlug, partFileNames, relativeHref, siteLayout } from './layout.js';

describe('layout', () => {
  it('makes slugs safe file names', () => {
    expect(fileSlug('community-management')).toBe('community-management');
    expect(fileSlug('Éduquer')).toBe('eduquer');
    expect(fileSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(fileSlug('a b/c\\d:e')).toBe('a-b-c-d-e');
    expect(fileSlug('...')).toBe('part');
  });

  it('renames reserved and colliding names with a counter, first come first served', () => {
    const names = partFileNames(['index', 'style', 'a', 'A', 'a-2', 'index'].map((slug) => part({ slug })));
    expect(names).toEqual([
      'index-2.html',
      'style-2.html',
      'a.html',
      'a-2.html',
      'a-2-2.html',
      'index-3.html',
    ]);
  });

  it('computes hrefs between site-root-relative paths', () => {
    expect(relativeHref('index.html', 'style.css')).toBe('style.css');
    expect(relativeHref('fr/a.html', 'style.css')).toBe('../style.css');
    expect(relativeHref('fr/a.html', 'fr/b.html')).toBe('b.html');
    expect(relativeHref('fr/a.html', 'en/b.html')).toBe('../en/b.html');
    expect(relativeHref('fr/a.html', 'fr/rapports/ton.html')).toBe('rapports/ton.html');
    expect(relativeHref('fr/a.html', '/images/ma couverture#1.png')).toBe(
      '../images/ma%20couverture%231.png',
    );
    expect(relativeHref('fr/a.html', 'javascript:alert(1)')).toBe('../javascript%3Aalert(1)');
  });

  it('puts several editions in language folders, a second edition of a language apart', () => {
    expect(siteLayout(charter(series('fr'))).editions.map((e) => e.index)).toEqual(['index.html']);
    const layout = siteLayout(charter(series('fr'), series('en'), edition('fr', 'Bis', [])));
    expect(layout.chooser).toBe('index.html');
    expect(layout.editions.map((e) => e.index)).toEqual([
      'fr/index.html',
      'en/index.html',
      'fr-2/index.html',
    ]);
  });
});
