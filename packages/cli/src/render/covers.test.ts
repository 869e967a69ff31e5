import { describe, expect, it } from 'vitest';
import { findCover } from './covers.js';

describe('findCover', () => {
  const images = new Set(['fr/images/charte.jpg', 'logo.png', 'fr/equipe.webp', 'covers/valoriser.svg']);

  it('finds a cover named without its extension, next to the file or in an images folder', () => {
    expect(findCover('fr/05-valoriser.md', 'charte', images)).toBe('fr/images/charte.jpg');
    expect(findCover('fr/05-valoriser.md', 'equipe', images)).toBe('fr/equipe.webp');
    expect(findCover('fr/05-valoriser.md', 'equipe.webp', images)).toBe('fr/equipe.webp');
  });

  it('falls back to the charter root', () => {
    expect(findCover('fr/01-introduction.md', 'logo', images)).toBe('logo.png');
    expect(findCover('article.md', 'valoriser', images)).toBe('covers/valoriser.svg');
    expect(findCover('fr/a.md', '/logo.png', images)).toBe('logo.png');
  });

  it('never leaves the charter and never takes a URL', () => {
    expect(findCover('fr/a.md', '../../etc/passwd', new Set(['etc/passwd']))).toBeNull();
    expect(findCover('a.md', 'https://example.org/x.png', images)).toBeNull();
    expect(findCover('a.md', 'javascript:alert(1)', images)).toBeNull();
    expect(findCover('a.md', 'missing', images)).toBeNull();
  });
});
