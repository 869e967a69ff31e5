import { readFileSync } from 'node:fs';
import { parse as parse5Parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { charter, edition, part, series } from './fixtures/charter.js';
import { attr, byClass, cleanText, elements, type HtmlNode, type ParseHtml } from './fixtures/dom.js';
import { renderSite } from './site.js';

// parse5 8 parses as browsers do; the typed view in fixtures/dom.ts is all the tests need.
const parse = parse5Parse as unknown as ParseHtml;

// The seed article, a Jekyll post whose body is tab-indented HTML, read as the charter loader would.
const source = readFileSync(new URL('./fixtures/charte-valoriser.md', import.meta.url), 'utf8');
const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source)!;
const fields = parseYaml(frontMatter[1]) as Record<string, unknown>;
const seed = part({
  slug: 'valoriser',
  path: 'charte-valoriser.md',
  key: 'valoriser',
  title: String(fields.title),
  body: source.slice(frontMatter[0].length),
  meta: {
    title: String(fields.title),
    date: String(fields.date),
    modified: String(fields.modif),
    categories: fields.categories as string[],
    author: String(fields.author),
    cover: String(fields.cover),
    order: 5,
  },
});
const french = series('fr');
const site = charter({ ...french, parts: [...french.parts.slice(0, 4), seed] });
const files = renderSite(site, {
  coverFor: (owner, cover) =>
    owner === 'charte-valoriser.md' && cover === 'charte' ? 'images/charte.jpg' : null,
  toneReports: { fr: 'rapport-de-ton.html' },
});
const html = files.find((file) => file.path === 'valoriser.html')!.content;
const page = parse(html);
const body = byClass(page, 'body')[0];
const levels = (root: HtmlNode) => elements(root).filter((node) => /^h[1-6]$/.test(node.tagName!));

describe('the seed article as a page', () => {
  it('reads the front matter the way the test expects', () => {
    expect(fields.date).toBe('2012-08-27');
    expect(fields.modif).toBe('2015-11-10');
    expect(seed.body.startsWith('\n\t\n\t\t<p>')).toBe(true);
  });

  it('is in French with the title as its only h1, apostrophe made typographic', () => {
    expect(attr(elements(page, 'html')[0], 'lang')).toBe('fr');
    expect(elements(page, 'h1').map(cleanText)).toEqual([
      'Les chartes d’utilisation des médias sociaux, valoriser',
    ]);
  });

  it('shows its dates, author and categories', () => {
    expect(byClass(page, 'published').map(cleanText)).toEqual(['Publié le 27 août 2012']);
    expect(byClass(page, 'modified').map(cleanText)).toEqual(['Modifié le 10 novembre 2015']);
    expect(cleanText(byClass(page, 'author')[0])).toBe('Par Christian Amauger');
    expect(cleanText(byClass(page, 'categories')[0])).toBe(
      'Catégories\u00a0: reseaux sociaux, medias sociaux',
    );
  });

  it('shows its cover', () => {
    const images = elements(byClass(page, 'cover')[0], 'img');
    expect(images.map((img) => attr(img, 'src'))).toEqual(['images/charte.jpg']);
  });

  it('renders the indented HTML body as HTML, not as a code block', () => {
    expect(elements(page, 'pre')).toHaveLength(0);
    expect(elements(page, 'code')).toHaveLength(0);
    expect(html).not.toContain('&lt;p&gt;');
    expect(cleanText(elements(body, 'p')[0])).toBe(
      'Cet article fait suite à une série sur les chartes d’utilisation des médias sociaux :',
    );
  });

  it('turns its h4 sections into h2 under the title', () => {
    // The seed has three h4 sections (the series' other articles have four).
    expect(levels(body).map((h) => [h.tagName, cleanText(h)])).toEqual([
      ['h2', 'Une démarche positive'],
      ['h2', 'De la communication à la gestion de communauté'],
      ['h2', 'Recommandations en matière de valorisation'],
    ]);
  });

  it('keeps its lists, links and line breaks intact', () => {
    const lists = elements(body, 'ul');
    expect(lists.map((ul) => elements(ul, 'li').length)).toEqual([4, 4]);
    expect(elements(lists[0], 'li').map(cleanText)).toEqual([
      'Introduction',
      'Encadrer',
      'Communiquer',
      'Éduquer',
    ]);
    expect(elements(lists[0], 'a').map((a) => attr(a, 'title'))).toEqual([
      'Les chartes d’utilisation des médias sociaux : introduction',
      'Les chartes d’utilisation des médias sociaux : encadrer',
      'Les chartes d’utilisation des médias sociaux : éduquer',
    ]);
    expect(elements(lists[1], 'li').map(cleanText)[2]).toBe(
      'Le caractère humain doit être pris en compte (erreur, oubli)',
    );
    expect(elements(body, 'br')).toHaveLength(4);
  });

  it('decodes entities once: no double escaping', () => {
    expect(html).not.toMatch(/&amp;\w+;|&rsquo;/);
    const text = cleanText(body);
    expect(text).toContain('Une charte d’utilisation ne doit pas seulement encadrer');
    expect(text).toContain('des acteurs d’une organisation');
    expect(text).not.toContain('&');
  });

  it('sits last in the series, with the previous part linked', () => {
    const nav = byClass(page, 'series')[0];
    const current = elements(nav, 'li').filter((li) => attr(li, 'aria-current') === 'page');
    expect(current.map(cleanText)).toEqual(['Les chartes d’utilisation des médias sociaux, valoriser']);
    expect(elements(byClass(page, 'pager')[0], 'a').map((a) => [attr(a, 'rel'), attr(a, 'href')])).toEqual([
      ['prev', 'eduquer.html'],
    ]);
  });
});

describe('a French and English site around the seed', () => {
  it('switches from the seed to the English part with the same key', () => {
    const bilingual = renderSite(charter(edition('fr', 'Charte', [seed]), series('en')));
    const fr = parse(bilingual.find((file) => file.path === 'fr/valoriser.html')!.content);
    const toEnglish = elements(byClass(fr, 'lang-switch')[0], 'a').map((a) => attr(a, 'href'));
    expect(toEnglish).toEqual(['../en/value.html']);
  });
});
