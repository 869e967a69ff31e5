import type { CharterEdition, Lang, PartMeta } from '@charte/analyzer';
import { formatDate, isoDate, parseCalendarDate } from './dates.js';
import { displayText, escapeHtml } from './html.js';
import type { EditionLayout, PartLayout, SiteLayout } from './layout.js';
import { relativeHref } from './layout.js';
import { messages } from './messages.js';
import { renderBody } from './render-body.js';

/**
 * Every page forbids scripts, objects, forms, a <base> and any style or image from elsewhere. The
 * stylesheet is a file next to the pages ('self'), so it still loads from file://. Images may come from
 * the web (a body may show one); everything else stays local.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; img-src 'self' http: https:; style-src 'self'; script-src 'none'; object-src 'none'; " +
  "base-uri 'none'; form-action 'none'";

/** What a page needs beyond its own content. */
export interface PageContext {
  layout: SiteLayout;
  toneReports: Partial<Record<Lang, string>>;
  /** Site-root-relative path of each edition's PDF, when one was printed. */
  pdfs: Partial<Record<Lang, string>>;
  coverFor: ((ownerPath: string, cover: string) => string | null) | undefined;
  generator: string | undefined;
  /** The organization's gallery of initiatives per edition (a URL, not a path in the site). */
  showcase: Partial<Record<Lang, string>>;
}

interface Alternate {
  lang: Lang;
  href: string;
}

interface Shell {
  lang: Lang;
  path: string;
  title: string;
  /** The same page in the other editions. */
  alternates: Alternate[];
  /** HTML of the site title in the header (escaped already). */
  siteTitle: string;
  /** Navigation between main header and main content (the series), or ''. */
  beforeMain: string;
  main: string;
  footer: string;
}

function page(shell: Shell, context: PageContext): string {
  const t = messages(shell.lang);
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Our own constant, free of `"`, `&` and `<` (a test checks it), so it needs no escaping.
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    ...(context.generator ? [`<meta name="generator" content="${escapeHtml(context.generator)}">`] : []),
    `<title>${shell.title}</title>`,
    `<link rel="stylesheet" href="${escapeHtml(relativeHref(shell.path, context.layout.stylesheet))}">`,
    `<link rel="icon" type="image/svg+xml" href="${escapeHtml(relativeHref(shell.path, context.layout.icon))}">`,
    ...shell.alternates.map(
      (alt) => `<link rel="alternate" hreflang="${alt.lang}" href="${escapeHtml(alt.href)}">`,
    ),
  ];
  const langSwitch =
    shell.alternates.length === 0
      ? ''
      : `\n<nav class="lang-switch" aria-label="${escapeHtml(t.langSwitch)}"><ul>${shell.alternates
          .map(
            (alt) =>
              `<li><a href="${escapeHtml(alt.href)}" hreflang="${alt.lang}" lang="${alt.lang}">${escapeHtml(messages(alt.lang).langName)}</a></li>`,
          )
          .join('')}</ul></nav>`;
  return `<!doctype html>
<html lang="${shell.lang}">
<head>
${head.join('\n')}
</head>
<body>
<a class="skip-link" href="#main">${escapeHtml(t.skipLink)}</a>
<header class="site-header">
<p class="site-title">${shell.siteTitle}</p>${langSwitch}
</header>
<div class="layout">${shell.beforeMain}
<main id="main" tabindex="-1">
${shell.main}
</main>
</div>${shell.footer === '' ? '' : `\n<footer class="site-footer">\n${shell.footer}\n</footer>`}
</body>
</html>
`;
}

function editionTitle(edition: CharterEdition): string {
  return edition.title.trim() === '' ? messages(edition.lang).untitled : edition.title;
}

/** « Publié le 27 août 2012 » and « Modifié le … » when the front matter has valid dates. */
function datesHtml(meta: PartMeta, lang: Lang): string {
  const t = messages(lang);
  const published = parseCalendarDate(meta.date);
  const modified = parseCalendarDate(meta.modified);
  const spans: string[] = [];
  if (published) {
    spans.push(
      `<span class="published">${escapeHtml(t.published)} <time datetime="${isoDate(published)}">${escapeHtml(formatDate(published, lang))}</time></span>`,
    );
  }
  if (modified && (!published || isoDate(modified) !== isoDate(published))) {
    spans.push(
      `<span class="modified">${escapeHtml(t.modified)} <time datetime="${isoDate(modified)}">${escapeHtml(formatDate(modified, lang))}</time></span>`,
    );
  }
  return spans.length === 0 ? '' : `<p class="dates">${spans.join('\n')}</p>`;
}

function bylineHtml(meta: PartMeta, lang: Lang): string {
  const t = messages(lang);
  const lines: string[] = [];
  if (meta.author && meta.author.trim() !== '') {
    lines.push(`<p class="author">${escapeHtml(t.by)} <span>${displayText(meta.author)}</span></p>`);
  }
  const categories = meta.categories.filter((category) => category.trim() !== '');
  if (categories.length > 0) {
    lines.push(
      `<p class="categories">${escapeHtml(t.categories)} ${categories
        .map((category) => `<span class="category">${displayText(category)}</span>`)
        .join(', ')}</p>`,
    );
  }
  return lines.join('\n');
}

/** The alt text of a cover: `cover_alt` (or `coverAlt`) in the front matter, else decorative. */
function coverAlt(meta: PartMeta): string {
  for (const key of ['cover_alt', 'coverAlt', 'cover-alt']) {
    const value = meta.extra[key];
    if (typeof value === 'string') return value;
  }
  // The cover sits right under the h1 and illustrates it: an empty alt keeps screen readers from
  // reading the title twice.
  return '';
}

function coverHtml(ownerPath: string | null, meta: PartMeta, pagePath: string, context: PageContext): string {
  if (!context.coverFor || ownerPath === null || !meta.cover || meta.cover.trim() === '') return '';
  const target = context.coverFor(ownerPath, meta.cover);
  // A site-root-relative path is expected; anything with a scheme (or a protocol-relative URL) is not one.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers skip these inside a scheme.
  const compact = target?.replace(/[\u0000-\u0020\u007f-\u009f]/g, '') ?? '';
  if (compact === '' || /^[a-z][a-z0-9+.-]*:/i.test(compact) || /^[/\\]{2}/.test(compact)) return '';
  const src = relativeHref(pagePath, target!.replace(/^\/+/, ''));
  return `<figure class="cover"><img src="${escapeHtml(src)}" alt="${displayText(coverAlt(meta))}"></figure>`;
}

function footerHtml(
  lang: Lang,
  pagePath: string,
  targets: { index?: string; print?: string },
  context: PageContext,
): string {
  const t = messages(lang);
  const link = (target: string, label: string) =>
    `<li><a href="${escapeHtml(relativeHref(pagePath, target))}">${escapeHtml(label)}</a></li>`;
  const links: string[] = [];
  const showcase = context.showcase[lang];
  if (showcase && showcase.trim() !== '')
    links.push(`<li><a href="${escapeHtml(showcase)}">${escapeHtml(t.showcase)}</a></li>`);
  const report = context.toneReports[lang];
  if (report && report.trim() !== '') links.push(link(report, t.toneReport));
  if (targets.print !== undefined) links.push(link(targets.print, t.printVersion));
  const pdf = context.pdfs[lang];
  if (pdf && pdf.trim() !== '') links.push(link(pdf, t.pdfVersion));
  if (targets.index !== undefined) links.push(link(targets.index, t.backToIndex));
  return links.length === 0 ? '' : `<ul class="footer-links">${links.join('')}</ul>`;
}

/** The page in another edition that matches a part: same key, else same order, else same rank, else its index. */
function counterpart(part: PartLayout, rank: number, other: EditionLayout): string {
  const { key, meta } = part.part;
  const byKey = key === null ? undefined : other.parts.find((candidate) => candidate.part.key === key);
  const byOrder =
    meta.order === null
      ? undefined
      : other.parts.find((candidate) => candidate.part.meta.order === meta.order);
  return (byKey ?? byOrder ?? other.parts[rank])?.path ?? other.index;
}

/** The same page in every other edition, as `target` picks it there. */
function alternatesFor(
  edition: EditionLayout,
  pagePath: string,
  layout: SiteLayout,
  target: (other: EditionLayout) => string,
): Alternate[] {
  return layout.editions
    .filter((other) => other !== edition)
    .map((other) => ({ lang: other.lang, href: relativeHref(pagePath, target(other)) }));
}

function partTitle(layout: PartLayout): string {
  const title = layout.part.title.trim() === '' ? layout.part.slug : layout.part.title;
  return title.trim() === '' ? messages(layout.part.lang).untitled : title;
}

/** The file the edition's front matter comes from: its index file, or the single file all parts come from. */
function editionSource(edition: CharterEdition): string | null {
  if (edition.preamblePath !== null) return edition.preamblePath;
  const paths = new Set(edition.parts.map((part) => part.path));
  return paths.size === 1 ? [...paths][0] : null;
}

/** The edition's title, dates, byline, cover and preamble: the top of its index and print pages. */
function editionIntro(edition: CharterEdition, path: string, context: PageContext): string[] {
  const preamble =
    edition.preamble.trim() === '' ? '' : renderBody(edition.preamble, 'markdown', { headingBase: 2 });
  return [
    `<header class="page-header">\n<h1>${displayText(editionTitle(edition))}</h1>`,
    datesHtml(edition.meta, edition.lang),
    bylineHtml(edition.meta, edition.lang),
    '</header>',
    coverHtml(editionSource(edition), edition.meta, path, context),
    preamble === '' ? '' : `<div class="body preamble">\n${preamble}\n</div>`,
  ];
}

function tocHtml(editionLayout: EditionLayout, href: (part: PartLayout) => string): string {
  const t = messages(editionLayout.lang);
  const list =
    editionLayout.parts.length === 0
      ? `<p>${escapeHtml(t.noParts)}</p>`
      : `<ol>\n${editionLayout.parts
          .map((part) => `<li><a href="${escapeHtml(href(part))}">${displayText(partTitle(part))}</a></li>`)
          .join('\n')}\n</ol>`;
  return `<section class="toc" aria-labelledby="toc-heading">\n<h2 id="toc-heading">${escapeHtml(t.toc)}</h2>\n${list}\n</section>`;
}

function blocks(parts: string[]): string {
  return parts.filter((block) => block !== '').join('\n');
}

export function indexPage(
  edition: CharterEdition,
  editionLayout: EditionLayout,
  context: PageContext,
): string {
  const path = editionLayout.index;
  const title = displayText(editionTitle(edition));
  return page(
    {
      lang: edition.lang,
      path,
      title,
      alternates: alternatesFor(editionLayout, path, context.layout, (other) => other.index),
      siteTitle: `<span>${title}</span>`,
      beforeMain: '',
      main: blocks([
        ...editionIntro(edition, path, context),
        tocHtml(editionLayout, (part) => relativeHref(path, part.path)),
      ]),
      footer: footerHtml(
        edition.lang,
        path,
        editionLayout.parts.length > 0 ? { print: editionLayout.print } : {},
        context,
      ),
    },
    context,
  );
}

/** Anchor of a part's section on the print page (body ids all start with `user-content-`). */
function partAnchor(part: PartLayout): string {
  return `part-${part.path.slice(part.path.lastIndexOf('/') + 1, -'.html'.length)}`;
}

/**
 * The whole edition on one page, to print or to turn into a PDF: the index's introduction and table of
 * contents (linking within the page), then every part as a section starting on a new sheet.
 */
export function printPage(
  edition: CharterEdition,
  editionLayout: EditionLayout,
  context: PageContext,
): string {
  const path = editionLayout.print;
  const title = displayText(editionTitle(edition));
  const sections = editionLayout.parts.map((part) => {
    const body = renderBody(part.part.body, part.part.format, { headingBase: 3 });
    return blocks([
      `<section class="print-part" id="${partAnchor(part)}">`,
      `<header class="page-header">\n<h2>${displayText(partTitle(part))}</h2>`,
      datesHtml(part.part.meta, edition.lang),
      bylineHtml(part.part.meta, edition.lang),
      '</header>',
      coverHtml(part.part.path, part.part.meta, path, context),
      body === '' ? '' : `<div class="body">\n${body}\n</div>`,
      '</section>',
    ]);
  });
  return page(
    {
      lang: edition.lang,
      path,
      title,
      alternates: alternatesFor(editionLayout, path, context.layout, (other) =>
        other.parts.length > 0 ? other.print : other.index,
      ),
      siteTitle: `<a href="${escapeHtml(relativeHref(path, editionLayout.index))}">${title}</a>`,
      beforeMain: '',
      main: blocks([
        ...editionIntro(edition, path, context),
        tocHtml(editionLayout, (part) => `#${partAnchor(part)}`),
        ...sections,
      ]),
      footer: footerHtml(edition.lang, path, { index: editionLayout.index }, context),
    },
    context,
  );
}

export function partPage(
  edition: CharterEdition,
  editionLayout: EditionLayout,
  rank: number,
  context: PageContext,
): string {
  const { lang } = edition;
  const t = messages(lang);
  const current = editionLayout.parts[rank];
  const { part } = current;
  const path = current.path;
  const href = (target: string) => escapeHtml(relativeHref(path, target));
  const title = displayText(partTitle(current));
  const siteTitle = displayText(editionTitle(edition));

  const series = `\n<nav class="series" aria-label="${escapeHtml(t.seriesNav)}">\n<ol>\n${editionLayout.parts
    .map((other, i) =>
      i === rank
        ? `<li aria-current="page">${displayText(partTitle(other))}</li>`
        : `<li><a href="${href(other.path)}">${displayText(partTitle(other))}</a></li>`,
    )
    .join('\n')}\n</ol>\n</nav>`;

  const previous = editionLayout.parts[rank - 1];
  const next = editionLayout.parts[rank + 1];
  const pagerItems = [
    previous
      ? `<li class="previous"><a rel="prev" href="${href(previous.path)}"><span class="pager-label">${escapeHtml(t.previous)}</span> <span class="pager-title">${displayText(partTitle(previous))}</span></a></li>`
      : '',
    next
      ? `<li class="next"><a rel="next" href="${href(next.path)}"><span class="pager-label">${escapeHtml(t.next)}</span> <span class="pager-title">${displayText(partTitle(next))}</span></a></li>`
      : '',
  ].filter((item) => item !== '');
  const pager =
    pagerItems.length === 0
      ? ''
      : `<nav class="pager" aria-label="${escapeHtml(t.pagerNav)}"><ul>\n${pagerItems.join('\n')}\n</ul></nav>`;

  const body = renderBody(part.body, part.format, { headingBase: 2 });
  const main = [
    '<article>',
    `<header class="page-header">\n<h1>${title}</h1>`,
    datesHtml(part.meta, lang),
    bylineHtml(part.meta, lang),
    '</header>',
    coverHtml(part.path, part.meta, path, context),
    body === '' ? '' : `<div class="body">\n${body}\n</div>`,
    '</article>',
    pager,
  ]
    .filter((block) => block !== '')
    .join('\n');

  return page(
    {
      lang,
      path,
      title: `${title} · ${siteTitle}`,
      alternates: alternatesFor(editionLayout, path, context.layout, (other) =>
        counterpart(current, rank, other),
      ),
      siteTitle: `<a href="${href(editionLayout.index)}">${siteTitle}</a>`,
      beforeMain: series,
      main,
      footer: footerHtml(lang, path, { print: editionLayout.print, index: editionLayout.index }, context),
    },
    context,
  );
}

/** The root of a bilingual site: each edition's title and a link to it, each in its own language. */
export function chooserPage(editions: readonly CharterEdition[], context: PageContext): string {
  const path = context.layout.chooser ?? 'index.html';
  const first = editions[0].lang;
  const inLang = (lang: Lang, html: string) =>
    lang === first ? html : `<span lang="${lang}">${html}</span>`;
  const langs = [...new Set(editions.map((edition) => edition.lang))];
  const heading = langs.map((lang) => inLang(lang, escapeHtml(messages(lang).chooserHeading))).join(' · ');
  const items = editions
    .map((edition, i) => {
      const layout = context.layout.editions[i];
      const lang = edition.lang;
      return `<li lang="${lang}"><a href="${escapeHtml(relativeHref(path, layout.index))}" hreflang="${lang}"><span class="chooser-lang">${escapeHtml(messages(lang).readIn)}</span> <span class="chooser-title">${displayText(editionTitle(edition))}</span></a></li>`;
    })
    .join('\n');
  const reports = editions
    .map((edition) => {
      const report = context.toneReports[edition.lang];
      return report && report.trim() !== ''
        ? `<li lang="${edition.lang}"><a href="${escapeHtml(relativeHref(path, report))}">${escapeHtml(messages(edition.lang).toneReport)}</a></li>`
        : '';
    })
    .filter((item) => item !== '');
  const titles = editions.map((edition) => displayText(editionTitle(edition)));
  return page(
    {
      lang: first,
      path,
      title: titles.join(' · '),
      alternates: [],
      siteTitle: editions.map((edition, i) => inLang(edition.lang, titles[i])).join(' · '),
      beforeMain: '',
      main: `<h1>${heading}</h1>\n<nav class="chooser" aria-label="${escapeHtml(langs.map((lang) => messages(lang).langSwitch).join(' / '))}"><ul>\n${items}\n</ul></nav>`,
      footer: reports.length === 0 ? '' : `<ul class="footer-links">${reports.join('')}</ul>`,
    },
    context,
  );
}

/** A charter without any edition still gets a valid home page. */
export function emptyPage(context: PageContext): string {
  const t = messages('fr');
  const en = messages('en');
  return page(
    {
      lang: 'fr',
      path: 'index.html',
      title: `${escapeHtml(t.untitled)} · ${escapeHtml(en.untitled)}`,
      alternates: [],
      siteTitle: `${escapeHtml(t.untitled)} · <span lang="en">${escapeHtml(en.untitled)}</span>`,
      beforeMain: '',
      main: `<h1>${escapeHtml(t.emptyCharter)}</h1>\n<p lang="en">${escapeHtml(en.emptyCharter)}</p>`,
      footer: '',
    },
    context,
  );
}
