import { parse as parse5Parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { charter, edition, part, series } from './fixtures/charter.js';
import {
  attr,
  byClass,
  cleanText,
  elements,
  type HtmlNode,
  type ParseHtml,
  securityViolations,
} from './fixtures/dom.js';
import { CONTENT_SECURITY_POLICY } from './pages.js';
import { type RenderOptions, renderSite, type SiteFile } from './site.js';

// parse5 8 parses as browsers do; the typed view in fixtures/dom.ts is all the tests need.
const parse = parse5Parse as unknown as ParseHtml;

function render(...args: Parameters<typeof renderSite>): Map<string, HtmlNode> {
  return parsePages(renderSite(...args));
}

function parsePages(files: SiteFile[]): Map<string, HtmlNode> {
  return new Map(
    files.filter((file) => file.path.endsWith('.html')).map((file) => [file.path, parse(file.content)]),
  );
}

function one(root: HtmlNode, selector: (node: HtmlNode) => boolean, what: string): HtmlNode {
  const found = elements(root).filter(selector);
  expect(found, what).toHaveLength(1);
  return found[0];
}

const inClass = (className: string) => (root: HtmlNode) => {
  const found = byClass(root, className);
  expect(found, `.${className}`).toHaveLength(1);
  return found[0];
};
const seriesNav = inClass('series');
const pager = inClass('pager');
const dates = inClass('dates');
const footer = (root: HtmlNode) => one(root, (node) => node.tagName === 'footer', 'footer');
const links = (root: HtmlNode) =>
  elements(root, 'a').map((a) => ({ href: attr(a, 'href'), text: cleanText(a) }));

const bilingual = charter(series('fr'), series('en'));
const FR_SLUGS = ['introduction', 'encadrer', 'communiquer', 'eduquer', 'valoriser'];
const FR_TITLES = ['Introduction', 'Encadrer', 'Communiquer', 'Éduquer', 'Valoriser'];

describe('layout', () => {
  it('writes one edition at the root: index, one page per part, the stylesheet', () => {
    const paths = renderSite(charter(series('fr'))).map((file) => file.path);
    expect(paths).toEqual([
      'style.css',
      'favicon.svg',
      'index.html',
      ...FR_SLUGS.map((slug) => `${slug}.html`),
      'imprimer.html',
    ]);
  });

  it('writes several editions in language folders under a root language chooser', () => {
    const paths = renderSite(bilingual).map((file) => file.path);
    expect(paths).toEqual([
      'style.css',
      'favicon.svg',
      'index.html',
      'fr/index.html',
      ...FR_SLUGS.map((slug) => `fr/${slug}.html`),
      'fr/imprimer.html',
      'en/index.html',
      ...['introduction', 'frame', 'communicate', 'educate', 'value'].map((slug) => `en/${slug}.html`),
      'en/print.html',
    ]);
  });

  it('links each edition’s pages to the organization’s gallery of initiatives when one is given', () => {
    const showcase = { fr: '/c/demo/initiatives/?lang=fr', en: '/c/demo/initiatives/?lang=en' };
    const pages = render(bilingual, { showcase });
    for (const [path, lang] of [
      ['fr/index.html', 'fr'],
      ['fr/valoriser.html', 'fr'],
      ['en/value.html', 'en'],
    ] as const) {
      const page = pages.get(path);
      if (!page) throw new Error(`no ${path}`);
      const link = links(footer(page)).find((a) => a.href === showcase[lang]);
      expect(link?.text, path).toBe(
        lang === 'fr' ? 'Nos initiatives à l’honneur' : 'Our initiatives in the spotlight',
      );
    }
    // Without one (the CLI's own render), no such link.
    const plain = render(bilingual).get('fr/index.html');
    if (!plain) throw new Error('no fr/index.html');
    expect(links(footer(plain)).some((a) => (a.href ?? '').includes('initiatives'))).toBe(false);
  });

  it('renames a slug that would take one of its own file names, or another part’s, deterministically', () => {
    const site = charter(
      edition('fr', 'Charte', [
        part({ slug: 'index', title: 'Index' }),
        part({ slug: 'style', title: 'Style' }),
        part({ slug: 'Encadrer', title: 'Encadrer' }),
        part({ slug: 'encadrer', title: 'Encadrer bis' }),
        part({ slug: '../../évasion', title: 'Évasion' }),
        part({ slug: 'rapport-ton', title: 'Rapport' }),
        part({ slug: 'print', title: 'Print' }),
      ]),
    );
    const files = renderSite(site);
    expect(files.map((file) => file.path)).toEqual([
      'style.css',
      'favicon.svg',
      'index.html',
      'index-2.html',
      'style-2.html',
      'encadrer.html',
      'encadrer-2.html',
      'evasion.html',
      'rapport-ton-2.html',
      'print-2.html',
      'imprimer.html',
    ]);
    const nav = seriesNav(parsePages(files).get('style-2.html')!);
    expect(links(nav).map((link) => link.href)).toEqual([
      'index-2.html',
      'encadrer.html',
      'encadrer-2.html',
      'evasion.html',
      'rapport-ton-2.html',
      'print-2.html',
    ]);
  });

  it('writes a valid home page for a charter without editions', () => {
    const files = renderSite(charter());
    expect(files.map((file) => file.path)).toEqual(['style.css', 'favicon.svg', 'index.html']);
    expect(elements(parse(files[2].content), 'h1')).toHaveLength(1);
  });
});

describe('part pages', () => {
  const pages = render(charter(series('fr')));

  it('list every part in order in the series navigation, the current one as plain text', () => {
    FR_SLUGS.forEach((slug, rank) => {
      const nav = seriesNav(pages.get(`${slug}.html`)!);
      const items = elements(nav, 'li');
      expect(items.map(cleanText)).toEqual(FR_TITLES);
      items.forEach((item, i) => {
        if (i === rank) {
          expect(attr(item, 'aria-current')).toBe('page');
          expect(elements(item, 'a')).toHaveLength(0);
        } else {
          expect(attr(item, 'aria-current')).toBeUndefined();
          expect(links(item)).toEqual([{ href: `${FR_SLUGS[i]}.html`, text: FR_TITLES[i] }]);
        }
      });
      expect(attr(nav, 'aria-label')).toBe('Parties de la charte');
    });
  });

  it('link to the previous and next parts', () => {
    const relOf = (root: HtmlNode) =>
      elements(pager(root), 'a').map((a) => [attr(a, 'rel'), attr(a, 'href'), cleanText(a)]);
    expect(relOf(pages.get('introduction.html')!)).toEqual([['next', 'encadrer.html', 'Suivant Encadrer']]);
    expect(relOf(pages.get('communiquer.html')!)).toEqual([
      ['prev', 'encadrer.html', 'Précédent Encadrer'],
      ['next', 'eduquer.html', 'Suivant Éduquer'],
    ]);
    expect(relOf(pages.get('valoriser.html')!)).toEqual([['prev', 'eduquer.html', 'Précédent Éduquer']]);
  });

  it('have no pager when the charter has a single part', () => {
    const only = render(charter(edition('fr', 'C', [part({ slug: 'seule', title: 'Seule' })])));
    expect(byClass(only.get('seule.html')!, 'pager')).toHaveLength(0);
  });

  it('show the dates in French', () => {
    const p = dates(pages.get('encadrer.html')!);
    expect(byClass(p, 'published').map(cleanText)).toEqual(['Publié le 27 août 2012']);
    expect(byClass(p, 'modified').map(cleanText)).toEqual(['Modifié le 10 novembre 2015']);
    expect(elements(p, 'time').map((time) => attr(time, 'datetime'))).toEqual(['2012-08-27', '2015-11-10']);
  });

  it('show the dates in English', () => {
    const p = dates(render(charter(series('en'))).get('frame.html')!);
    expect(byClass(p, 'published').map(cleanText)).toEqual(['Published August 27, 2012']);
    expect(byClass(p, 'modified').map(cleanText)).toEqual(['Updated November 10, 2015']);
  });

  it('leave out a malformed date, and a modification date equal to the publication', () => {
    const site = render(
      charter(
        edition('fr', 'C', [
          part({ slug: 'a', meta: { date: '2012-02-30', modified: '2015-11-10' } }),
          part({ slug: 'b', meta: { date: '2012-08-27', modified: '2012-08-27' } }),
          part({ slug: 'c', meta: { date: '1er mai', modified: null } }),
        ]),
      ),
    );
    expect(cleanText(dates(site.get('a.html')!))).toBe('Modifié le 10 novembre 2015');
    expect(cleanText(dates(site.get('b.html')!))).toBe('Publié le 27 août 2012');
    expect(byClass(site.get('c.html')!, 'dates')).toHaveLength(0);
  });

  it('show the author and the categories, escaped, with typographic apostrophes', () => {
    const site = render(
      charter(
        edition('fr', 'C', [
          part({
            slug: 'a',
            title: "L'équipe <b>& co</b>",
            meta: { author: "Christian O'Neil", categories: ['reseaux sociaux', 'a<i>b</i>'] },
          }),
        ]),
      ),
    );
    const page = site.get('a.html')!;
    expect(cleanText(elements(page, 'h1')[0])).toBe('L’équipe <b>& co</b>');
    expect(elements(elements(page, 'h1')[0], 'b')).toHaveLength(0);
    expect(cleanText(byClass(page, 'author')[0])).toBe('Par Christian O’Neil');
    expect(cleanText(byClass(page, 'categories')[0])).toBe('Catégories\u00a0: reseaux sociaux, a<i>b</i>');
    expect(cleanText(elements(page, 'title')[0])).toBe('L’équipe <b>& co</b> · C');
  });

  it('show the cover only when the caller found it, relative to the page', () => {
    const calls: [string, string][] = [];
    const options: RenderOptions = {
      coverFor: (owner, cover) => {
        calls.push([owner, cover]);
        return cover === 'charte' ? 'covers/charte.png' : null;
      },
    };
    const site = charter(
      edition('fr', 'C', [
        part({
          slug: 'a',
          path: 'fr/a.md',
          meta: { cover: 'charte', extra: { cover_alt: 'Logo de la charte' } },
        }),
        part({ slug: 'b', path: 'fr/b.md', meta: { cover: 'absente' } }),
        part({ slug: 'c', path: 'fr/c.md' }),
      ]),
      series('en'),
    );
    const pages = render(site, options);
    // Once for the part's page, once for the printable edition.
    expect(calls).toEqual([
      ['fr/a.md', 'charte'],
      ['fr/b.md', 'absente'],
      ['fr/a.md', 'charte'],
      ['fr/b.md', 'absente'],
    ]);
    const images = elements(pages.get('fr/a.html')!, 'img');
    expect(images.map((img) => [attr(img, 'src'), attr(img, 'alt')])).toEqual([
      ['../covers/charte.png', 'Logo de la charte'],
    ]);
    expect(elements(pages.get('fr/b.html')!, 'img')).toHaveLength(0);
    expect(elements(pages.get('fr/c.html')!, 'img')).toHaveLength(0);
    // Without coverFor there is nothing to show, and an alt is always present (empty: decorative).
    expect(elements(render(site).get('fr/a.html')!, 'img')).toHaveLength(0);
    const plain = render(charter(edition('fr', 'C', [part({ slug: 'a', meta: { cover: 'x' } })])), {
      coverFor: () => 'x.png',
    });
    expect(elements(plain.get('a.html')!, 'img').map((img) => attr(img, 'alt'))).toEqual(['']);
  });

  it('render the body with markdown, and mark external links', () => {
    const site = render(
      charter(
        edition('fr', 'C', [part({ slug: 'a', body: 'Voir [le site](https://example.org) et *ceci*.' })]),
      ),
    );
    const body = byClass(site.get('a.html')!, 'body')[0];
    const a = elements(body, 'a')[0];
    expect([attr(a, 'href'), attr(a, 'rel')]).toEqual(['https://example.org', 'noopener noreferrer']);
    expect(elements(body, 'em').map(cleanText)).toEqual(['ceci']);
  });
});

describe('print page', () => {
  const pages = render(charter(series('fr'), series('en')));
  const print = pages.get('fr/imprimer.html')!;

  it('holds the whole edition: title, table of contents within the page, every part as a section', () => {
    expect(elements(print, 'h1').map(cleanText)).toEqual(['Charte des médias sociaux']);
    expect(links(byClass(print, 'toc')[0])).toEqual(
      FR_SLUGS.map((slug, i) => ({ href: `#part-${slug}`, text: FR_TITLES[i] })),
    );
    const sections = byClass(print, 'print-part');
    expect(sections.map((section) => attr(section, 'id'))).toEqual(FR_SLUGS.map((slug) => `part-${slug}`));
    expect(sections.map((section) => elements(section, 'h2').map(cleanText))).toEqual(
      FR_TITLES.map((t) => [t]),
    );
    // Body headings sit one level under the part's title.
    expect(sections.map((section) => elements(section, 'h3').map(cleanText))).toEqual(
      FR_TITLES.map(() => ['Section']),
    );
    expect(cleanText(byClass(sections[1], 'published')[0])).toBe('Publié le 27 août 2012');
  });

  it('switches to the other edition’s print page, or its index when it has no part', () => {
    const switchTo = (page: HtmlNode) => attr(elements(byClass(page, 'lang-switch')[0], 'a')[0], 'href');
    expect(switchTo(print)).toBe('../en/print.html');
    const lonely = render(charter(series('fr'), edition('en', 'Empty', [])));
    expect(switchTo(lonely.get('fr/imprimer.html')!)).toBe('../en/index.html');
    expect(lonely.has('en/print.html')).toBe(false);
  });
});

describe('headings', () => {
  function headingLevels(root: HtmlNode): number[] {
    return elements(root)
      .filter((node) => /^h[1-6]$/.test(node.tagName!))
      .map((node) => Number(node.tagName![1]));
  }

  it('renumber body headings under the title: first h2, no level skipped, deeper than 6 stays h6', () => {
    const body = ['#### a', '###### b', '# c', '## d', '### e', '#### f', '##### g', '###### h', '## i'].join(
      '\n\n',
    );
    const page = render(charter(edition('fr', 'C', [part({ slug: 'a', title: 'T', body })]))).get('a.html')!;
    expect(headingLevels(page)).toEqual([1, 2, 3, 2, 3, 4, 5, 6, 6, 3]);
  });

  it('are in order on every page: one h1, no jump of more than one level', () => {
    const deep = part({ slug: 'deep', body: '##### x\n\n# y\n\n###### z', lang: 'en' });
    const site = charter(
      { ...series('fr'), preamble: '### Préambule\n\n# Autre\n\n#### Sous' },
      { ...series('en'), parts: [...series('en').parts, deep] },
    );
    for (const [path, page] of render(site)) {
      const levels = headingLevels(page);
      expect(
        levels.filter((level) => level === 1),
        path,
      ).toHaveLength(1);
      expect(levels[0], path).toBe(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level - levels[i - 1], `${path}: ${levels.join(',')}`).toBeLessThanOrEqual(1);
      });
    }
  });
});

describe('index page', () => {
  const pages = render(charter(series('fr')), { toneReports: { fr: 'rapport-de-ton.html' } });
  const index = pages.get('index.html')!;

  it('shows the title, the preamble and the table of contents', () => {
    expect(elements(index, 'h1').map(cleanText)).toEqual(['Charte des médias sociaux']);
    expect(cleanText(byClass(index, 'preamble')[0])).toBe('Une charte qui valorise.');
    const toc = byClass(index, 'toc')[0];
    expect(elements(toc, 'h2').map(cleanText)).toEqual(['Table des matières']);
    expect(elements(toc, 'ol')).toHaveLength(1);
    expect(links(toc)).toEqual(FR_SLUGS.map((slug, i) => ({ href: `${slug}.html`, text: FR_TITLES[i] })));
  });

  it('shows the edition’s dates and links to the tone report', () => {
    const site = render(charter({ ...series('fr'), meta: { ...series('fr').meta, date: '2024-09-01' } }), {
      toneReports: { fr: 'rapport.html' },
    });
    expect(cleanText(dates(site.get('index.html')!))).toBe('Publié le 1er septembre 2024');
    expect(links(footer(site.get('index.html')!))).toEqual([
      { href: 'rapport.html', text: 'Rapport de ton' },
      { href: 'imprimer.html', text: 'Version imprimable' },
    ]);
  });
});

describe('chrome', () => {
  const options: RenderOptions = {
    toneReports: { fr: 'fr/rapport-de-ton.html', en: 'reports/tone-en.html' },
    generator: 'Charte 0.1.0',
  };
  const files = renderSite(bilingual, options);
  const pages = parsePages(files);

  it('gives every page its language, charset, viewport, title, CSP, stylesheet and generator', () => {
    for (const [path, page] of pages) {
      const html = elements(page, 'html')[0];
      const expected = path.startsWith('en/') ? 'en' : 'fr';
      expect(attr(html, 'lang'), path).toBe(expected);
      const metas = elements(page, 'meta');
      expect(
        metas.some((meta) => attr(meta, 'charset') === 'utf-8'),
        path,
      ).toBe(true);
      expect(
        metas.some((meta) => attr(meta, 'name') === 'viewport'),
        path,
      ).toBe(true);
      expect(
        metas.some((meta) => attr(meta, 'name') === 'generator' && attr(meta, 'content') === 'Charte 0.1.0'),
      ).toBe(true);
      const csp = metas.find((meta) => attr(meta, 'http-equiv') === 'Content-Security-Policy');
      expect(attr(csp!, 'content'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(cleanText(elements(page, 'title')[0]).length, path).toBeGreaterThan(0);
      const stylesheet = elements(page, 'link').find((link) => attr(link, 'rel') === 'stylesheet');
      expect(attr(stylesheet!, 'href'), path).toBe(path.includes('/') ? '../style.css' : 'style.css');
      expect(securityViolations(page), path).toEqual([]);
    }
  });

  it('keeps the page free of scripts and inline styles, so the CSP allows everything it needs', () => {
    for (const file of files) {
      expect(file.content).not.toMatch(/<script|<style|\sstyle=/i);
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self'");
  });

  it('has a skip link to main and the landmarks', () => {
    for (const [path, page] of pages) {
      const body = elements(page, 'body')[0];
      const first = elements(body)[1];
      expect([first.tagName, attr(first, 'class'), attr(first, 'href')], path).toEqual([
        'a',
        'skip-link',
        '#main',
      ]);
      expect(cleanText(first)).toBe(path.startsWith('en/') ? 'Skip to content' : 'Aller au contenu');
      expect(
        elements(page, 'main').map((main) => attr(main, 'id')),
        path,
      ).toEqual(['main']);
      expect(elements(page, 'header').length, path).toBeGreaterThan(0);
      expect(elements(page, 'nav').length, path).toBeGreaterThan(0);
      expect(elements(page, 'footer'), path).toHaveLength(1);
    }
  });

  it('links every page to the tone report, relative to its folder', () => {
    expect(links(footer(pages.get('fr/encadrer.html')!))).toEqual([
      { href: 'rapport-de-ton.html', text: 'Rapport de ton' },
      { href: 'imprimer.html', text: 'Version imprimable' },
      { href: 'index.html', text: 'Table des matières' },
    ]);
    expect(links(footer(pages.get('en/frame.html')!))).toEqual([
      { href: '../reports/tone-en.html', text: 'Tone report' },
      { href: 'print.html', text: 'Printable version' },
      { href: 'index.html', text: 'Table of contents' },
    ]);
    expect(links(footer(pages.get('en/print.html')!))).toEqual([
      { href: '../reports/tone-en.html', text: 'Tone report' },
      { href: 'index.html', text: 'Table of contents' },
    ]);
    expect(links(footer(pages.get('fr/index.html')!))).toEqual([
      { href: 'rapport-de-ton.html', text: 'Rapport de ton' },
      { href: 'imprimer.html', text: 'Version imprimable' },
    ]);
    expect(links(footer(pages.get('index.html')!))).toEqual([
      { href: 'fr/rapport-de-ton.html', text: 'Rapport de ton' },
      { href: 'reports/tone-en.html', text: 'Tone report' },
    ]);
  });

  it('switches language to the same part', () => {
    const switchOf = (page: HtmlNode) =>
      byClass(page, 'lang-switch').flatMap((nav) =>
        elements(nav, 'a').map((a) => [attr(a, 'href'), attr(a, 'hreflang'), attr(a, 'lang'), cleanText(a)]),
      );
    expect(switchOf(pages.get('fr/encadrer.html')!)).toEqual([['../en/frame.html', 'en', 'en', 'English']]);
    expect(switchOf(pages.get('en/value.html')!)).toEqual([['../fr/valoriser.html', 'fr', 'fr', 'Français']]);
    expect(switchOf(pages.get('fr/index.html')!)).toEqual([['../en/index.html', 'en', 'en', 'English']]);
    const alternate = elements(pages.get('fr/eduquer.html')!, 'link').filter(
      (l) => attr(l, 'rel') === 'alternate',
    );
    expect(alternate.map((l) => [attr(l, 'hreflang'), attr(l, 'href')])).toEqual([
      ['en', '../en/educate.html'],
    ]);
  });

  it('matches parts by key, else by order, else by rank, else the index', () => {
    const fr = edition('fr', 'C', [
      part({ slug: 'a', key: 'valoriser' }),
      part({ slug: 'b', meta: { order: 7 } }),
      part({ slug: 'c' }),
      part({ slug: 'd' }),
    ]);
    const en = edition('en', 'C', [
      part({ slug: 'seven', lang: 'en', meta: { order: 7 } }),
      part({ slug: 'value', lang: 'en', key: 'valoriser' }),
      part({ slug: 'third', lang: 'en' }),
    ]);
    const site = render(charter(fr, en));
    const target = (path: string) =>
      attr(elements(byClass(site.get(path)!, 'lang-switch')[0], 'a')[0], 'href');
    expect(target('fr/a.html')).toBe('../en/value.html');
    expect(target('fr/b.html')).toBe('../en/seven.html');
    expect(target('fr/c.html')).toBe('../en/third.html');
    expect(target('fr/d.html')).toBe('../en/index.html');
  });

  it('has a bilingual language chooser at the root', () => {
    const root = pages.get('index.html')!;
    expect(elements(root, 'h1').map(cleanText)).toEqual(['Choisissez votre langue · Choose your language']);
    const chooser = byClass(root, 'chooser')[0];
    const items = elements(chooser, 'li');
    expect(items.map((li) => attr(li, 'lang'))).toEqual(['fr', 'en']);
    expect(links(chooser)).toEqual([
      { href: 'fr/index.html', text: 'Lire en français Charte des médias sociaux' },
      { href: 'en/index.html', text: 'Read in English Social media charter' },
    ]);
  });

  it('is deterministic, whatever the time zone', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const east = renderSite(bilingual, options);
      process.env.TZ = 'Pacific/Pago_Pago';
      const west = renderSite(bilingual, options);
      expect(east).toEqual(files);
      expect(west).toEqual(files);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
