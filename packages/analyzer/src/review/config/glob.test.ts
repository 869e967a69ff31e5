import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandBraces, globToRegExp, matchesGlob, normalizePath } from './glob.js';

describe('glob matcher', () => {
  it.each([
    ['*.md', 'charte.md', true],
    ['*.md', 'docs/fr/charte.md', true],
    ['*.md', 'charte.mdx', false],
    ['docs/*.md', 'docs/charte.md', true],
    ['docs/*.md', 'docs/fr/charte.md', false],
    ['docs/**/*.md', 'docs/charte.md', true],
    ['docs/**/*.md', 'docs/fr/ecoles/charte.md', true],
    ['docs/**/*.md', 'other/docs/charte.md', false],
    ['**/brouillons/**', 'a/brouillons/b/c.md', true],
    ['**/brouillons/**', 'a/brouillon/c.md', false],
    ['**', 'anything/at/all.txt', true],
    ['charte-??.md', 'charte-fr.md', true],
    ['charte-??.md', 'charte-fra.md', false],
    ['charte-?.md', 'charte-/.md', false],
    ['{fr,en}/*.md', 'fr/a.md', true],
    ['{fr,en}/*.md', 'en/a.md', true],
    ['{fr,en}/*.md', 'de/a.md', false],
    ['*.{md,html}', 'x/page.html', true],
    ['docs/{a,{b,c}}/x.md', 'docs/c/x.md', true],
    ['{single}.md', '{single}.md', true],
    ['/charte.md', 'charte.md', true],
    ['/charte.md', 'docs/charte.md', false],
    ['./charte.md', 'docs/charte.md', false],
    ['docs/', 'docs/fr/charte.md', true],
    ['a\\*b.md', 'a*b.md', true],
    ['a\\*b.md', 'axb.md', false],
    ['notes (v2).md', 'notes (v2).md', true],
    ['a.b', 'axb', false],
  ])('%s against %s → %s', (pattern, path, expected) => {
    expect(matchesGlob(path, [pattern])).toBe(expected);
  });

  it('normalizes Windows separators, leading ./ and repeated slashes', () => {
    expect(normalizePath('.\\docs\\\\fr\\charte.md')).toBe('docs/fr/charte.md');
    expect(matchesGlob('.\\docs\\fr\\charte.md', ['docs/fr/*.md'])).toBe(true);
  });

  it('matches nothing with no pattern or an empty one', () => {
    expect(matchesGlob('a.md', [])).toBe(false);
    expect(matchesGlob('a.md', ['', '  '])).toBe(false);
  });

  it('expands braces in order and keeps a brace without comma literal', () => {
    expect(expandBraces('docs/{fr,en}/*.{md,html}')).toEqual([
      'docs/fr/*.md',
      'docs/fr/*.html',
      'docs/en/*.md',
      'docs/en/*.html',
    ]);
    expect(expandBraces('{a}')).toEqual(['{a}']);
    expect(expandBraces('x{a,b')).toEqual(['x{a,b']);
  });

  it('stops expanding at a cap instead of blowing up', () => {
    const bomb = '{a,b}'.repeat(20);
    const expanded = expandBraces(bomb);
    expect(expanded.length).toBeLessThanOrEqual(300);
    expect(() => globToRegExp(bomb)).not.toThrow();
  });
});

const segment = fc.stringMatching(/^[a-z0-9._-]{1,8}$/).filter((s) => s !== '.' && s !== '..');
const path = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/'));

describe('glob matcher (properties)', () => {
  it('a literal path matches itself, and only itself among other literal paths', () => {
    fc.assert(
      fc.property(path, path, (a, b) => {
        expect(matchesGlob(a, [a])).toBe(true);
        // A literal with "/" is the whole path; without "/", the name in any folder.
        const expected = a.includes('/') ? a === b : b === a || b.endsWith(`/${a}`);
        expect(matchesGlob(b, [a])).toBe(expected);
      }),
    );
  });

  it('"**/" + a name matches that name at any depth', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), segment, (folders, name) => {
        expect(matchesGlob([...folders, name].join('/'), [`**/${name}`])).toBe(true);
      }),
    );
  });

  it('"*" stays within one folder; "**" crosses folders', () => {
    fc.assert(
      fc.property(
        segment,
        fc.array(segment, { minLength: 1, maxLength: 3 }),
        segment,
        (root, middle, name) => {
          const p = [root, ...middle, name].join('/');
          expect(matchesGlob(p, [`${root}/*/${name}`])).toBe(middle.length === 1);
          expect(matchesGlob(p, [`${root}/**/${name}`])).toBe(true);
        },
      ),
    );
  });

  it('{a,b} matches exactly what a or b matches', () => {
    fc.assert(
      fc.property(segment, segment, path, (a, b, p) => {
        expect(matchesGlob(p, [`{${a},${b}}`])).toBe(matchesGlob(p, [a]) || matchesGlob(p, [b]));
      }),
    );
  });

  it('never throws, whatever the pattern', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (pattern, p) => {
        expect(typeof matchesGlob(p, [pattern])).toBe('boolean');
      }),
    );
  });
});
