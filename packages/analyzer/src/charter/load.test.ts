import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCharter } from './load.js';
import { fileSlug, slugify } from './slug.js';

const seedPath = fileURLToPath(new URL('../../../../../shared/seed/charte-valoriser.md', import.meta.url));
const seedFallback = fileURLToPath(new URL('../document/fixtures/charte-valoriser.md', import.meta.url));
function seed(): string {
  try {
    return readFileSync(seedPath, 'utf8');
  } catch {
    return readFileSync(seedFallback, 'utf8');
  }
}

const fm = (fields: Record<string, string | number>) =>
  `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n`;

describe('loadCharter: one file', () => {
  it('reads the seed as one part with its front matter, unknown keys kept', () => {
    const charter = loadCharter([{ path: 'charte-valoriser.md', source: seed() }]);
    expect(charter.diagnostics).toEqual([]);
    expect(charter.editions).toHaveLength(1);
    const [edition] = charter.editions;
    expect(edition.lang).toBe('fr');
    expect(edition.parts).toHaveLength(1);
    const [part] = edition.parts;
    expect(part.title).toBe("Les chartes d'utilisation des médias sociaux, valoriser");
    expect(part.key).toBe('valoriser');
    expect(part.slug).toBe('charte-valoriser');
    expect(part.meta).toMatchObject({
      date: '2012-08-27',
      modified: '2015-11-10',
      categories: ['reseaux sociaux', 'medias sociaux'],
      author: 'Christian Amauger',
      cover: 'charte',
      extra: { layout: 'post' },
    });
    expect(part.body.startsWith('\n\t')).toBe(true);
    expect(seed().slice(part.bodyOffset)).toBe(part.body);
  });

  it('splits a file by its H2 sections; what precedes the first is the preamble', () => {
    const source =
      '# Charte du CSS\n\nPourquoi cette charte.\n\n## Encadrer\n\nTexte A.\n\n## Communiquer\n\nTexte B.\n\n## Encadrer\n\nTexte C.\n';
    const [edition] = loadCharter([{ path: 'charte.md', source }]).editions;
    expect(edition.title).toBe('Charte du CSS');
    expect(edition.preamble.trim()).toBe('Pourquoi cette charte.');
    expect(edition.parts.map((p) => [p.slug, p.key, p.body.trim()])).toEqual([
      ['encadrer', 'encadrer', 'Texte A.'],
      ['communiquer', 'communiquer', 'Texte B.'],
      ['encadrer-2', 'encadrer', 'Texte C.'],
    ]);
    for (const part of edition.parts)
      expect(source.slice(part.bodyOffset, part.bodyOffset + part.body.length)).toBe(part.body);
  });
});

describe('loadCharter: a folder', () => {
  const files = [
    {
      path: 'fr/index.md',
      source: `${fm({ title: 'Charte du CSS', author: 'Communications' })}Préambule.\n`,
    },
    { path: 'fr/03-communiquer.md', source: `${fm({ title: 'Communiquer', part: 'communiquer' })}C.\n` },
    { path: 'fr/02-encadrer.md', source: `${fm({ title: 'Encadrer', order: 2, layout: 'post' })}Cadre.\n` },
    { path: 'fr/01-introduction.md', source: `${fm({ title: 'Introduction', order: 1 })}Intro.\n` },
    { path: 'en/framework.md', source: `${fm({ title: 'Framework', part: 'encadrer' })}Frame.\n` },
    { path: 'en/intro.md', source: `${fm({ title: 'Introduction', part: 'introduction' })}Hello.\n` },
    { path: 'en/cover.png', source: 'binary' },
  ];

  it('makes one edition per language, French first, parts in order', () => {
    const charter = loadCharter(files);
    expect(charter.diagnostics).toEqual([]);
    expect(charter.editions.map((e) => e.lang)).toEqual(['fr', 'en']);
    const [fr, en] = charter.editions;
    expect(fr.title).toBe('Charte du CSS');
    expect(fr.preamble).toBe('Préambule.\n');
    expect(fr.preamblePath).toBe('fr/index.md');
    expect(fr.meta.author).toBe('Communications');
    expect(fr.parts.map((p) => p.slug)).toEqual(['introduction', 'encadrer', 'communiquer']);
    expect(fr.parts[1].meta.extra).toEqual({ layout: 'post' });
    expect(en.parts.map((p) => [p.slug, p.key])).toEqual([
      ['intro', 'introduction'],
      ['framework', 'encadrer'],
    ]);
    expect(en.title).toBe('Social media use charter');
  });

  it('takes the language from front matter over the folder', () => {
    const charter = loadCharter([
      { path: 'fr/a.md', source: `${fm({ lang: 'en', part: 'introduction' })}Welcome to our charter.\n` },
      { path: 'fr/b.md', source: `${fm({ part: 'encadrer' })}Bienvenue.\n` },
    ]);
    expect(charter.editions.map((e) => [e.lang, e.parts.map((p) => p.path)])).toEqual([
      ['fr', ['fr/b.md']],
      ['en', ['fr/a.md']],
    ]);
  });

  it('reports malformed front matter with its file and line, and keeps going', () => {
    const charter = loadCharter([
      { path: 'a.md', source: '---\ntitle: Bon\npart: introduction\n---\nTexte.\n' },
      { path: 'b.md', source: '---\ntitle: "Mal fermé\npart: encadrer\n---\nTexte.\n' },
    ]);
    const problems = charter.diagnostics.filter((d) => d.ruleId === 'document/front-matter');
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('b.md');
    expect(problems[0].severity).toBe('error');
    expect(problems[0].start.line).toBeGreaterThanOrEqual(2);
    expect(charter.editions[0].parts).toHaveLength(2);
  });

  it('points a bad value at the line of its key, and leaves the value out', () => {
    const source =
      '---\ntitle: Encadrer\ndate: 2024-02-30\nlang: de\norder: deux\ncategories: [a, {b: c}]\nmodif: 2024-03-01\n---\nTexte.\n';
    const charter = loadCharter([{ path: 'x.md', source }]);
    const found = charter.diagnostics.map((d) => [
      d.ruleId,
      d.severity,
      d.start.line,
      source.slice(d.start.offset, d.end.offset),
    ]);
    expect(found).toEqual([
      ['charter/front-matter', 'warning', 3, 'date: 2024-02-30'],
      ['charter/front-matter', 'warning', 4, 'lang: de'],
      ['charter/front-matter', 'warning', 5, 'order: deux'],
      ['charter/front-matter', 'warning', 6, 'categories: [a, {b: c}]'],
    ]);
    const meta = charter.editions[0].parts[0].meta;
    expect(meta).toMatchObject({
      date: null,
      lang: null,
      order: null,
      categories: [],
      modified: '2024-03-01',
    });
    expect(charter.diagnostics[0].message).toContain('date');
  });
});

describe('slugs', () => {
  it('drops accents, ordering prefixes and punctuation', () => {
    expect(slugify('Éduquer : la formation')).toBe('eduquer-la-formation');
    expect(slugify('Œuvres & droits')).toBe('oeuvres-droits');
    expect(fileSlug('fr/02-encadrer.md')).toBe('encadrer');
    expect(fileSlug('2024.md')).toBe('2024');
  });
});
