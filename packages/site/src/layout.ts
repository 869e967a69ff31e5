import type { Charter, CharterEdition, CharterPart, Lang } from '@charte/analyzer';

export const STYLESHEET = 'style.css';
/** The site's icon: browsers ask for one, and a missing icon is a console error on every page. */
export const ICON = 'favicon.svg';

/** Where one edition's pages go, site-root-relative. */
export interface EditionLayout {
  lang: Lang;
  /** `''` for a single edition, else `fr/`, `en/`. */
  dir: string;
  /** The edition's index page (`index.html`, `fr/index.html`). */
  index: string;
  /** The whole edition on one page, to print or turn into a PDF (`imprimer.html`, `en/print.html`). */
  print: string;
  /**
   * Where the caller may write the edition's tone report (`rapport-ton.html`, `en/tone-report.html`):
   * a name no part page takes. renderSite links to whatever `toneReports` says, not to this.
   */
  toneReport: string;
  /** Where the edition's PDF goes when one is printed (`charte.pdf`, `en/charter.pdf`). */
  pdf: string;
  parts: PartLayout[];
}

export interface PartLayout {
  part: CharterPart;
  /** The page (`encadrer.html`, `fr/encadrer.html`). */
  path: string;
}

export interface SiteLayout {
  /** The bilingual language chooser (`index.html`) when there are several editions, else null. */
  chooser: string | null;
  stylesheet: string;
  icon: string;
  editions: EditionLayout[];
}

const PRINT_NAME: Record<Lang, string> = { fr: 'imprimer', en: 'print' };
const PDF_NAME: Record<Lang, string> = { fr: 'charte.pdf', en: 'charter.pdf' };
const TONE_REPORT_NAME: Record<Lang, string> = { fr: 'rapport-ton', en: 'tone-report' };

/**
 * Names the site (or its caller) uses next to part pages, in either language; a part's slug never takes
 * them, whatever the edition's language, so a page's name does not depend on which names its language uses.
 */
const RESERVED = new Set([
  'index',
  'style',
  ...Object.values(PRINT_NAME),
  ...Object.values(TONE_REPORT_NAME),
]);

/**
 * A slug as a file name: lower case (a case-insensitive disk must not merge two pages), ASCII letters,
 * digits, `-` and `_` only (accents are dropped, other characters become `-`). Empty → `part`.
 */
export function fileSlug(slug: string): string {
  const ascii = slug
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 80);
  return ascii === '' ? 'part' : ascii;
}

/**
 * Page file names of an edition's parts, in order: the slug, and on a collision (a reserved name, or two
 * slugs equal once made file names) the slug with `-2`, `-3`… — the first part keeps its name.
 */
export function partFileNames(parts: readonly CharterPart[]): string[] {
  const taken = new Set(RESERVED);
  return parts.map((part) => {
    const base = fileSlug(part.slug);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
    taken.add(name);
    return `${name}.html`;
  });
}

function editionLayout(edition: CharterEdition, dir: string): EditionLayout {
  const names = partFileNames(edition.parts);
  return {
    lang: edition.lang,
    dir,
    index: `${dir}index.html`,
    print: `${dir}${PRINT_NAME[edition.lang]}.html`,
    toneReport: `${dir}${TONE_REPORT_NAME[edition.lang]}.html`,
    pdf: `${dir}${PDF_NAME[edition.lang]}`,
    parts: edition.parts.map((part, i) => ({ part, path: `${dir}${names[i]}` })),
  };
}

/** Where every page of the site goes; renderSite writes these pages (not the tone reports) and `style.css`. */
export function siteLayout(charter: Charter): SiteLayout {
  const several = charter.editions.length > 1;
  // Folders are named after the language; a second edition in the same language (a loader bug) gets `fr-2/`.
  const taken = new Set<string>();
  const dirs = charter.editions.map((edition) => {
    if (!several) return '';
    let dir: string = edition.lang;
    for (let n = 2; taken.has(dir); n++) dir = `${edition.lang}-${n}`;
    taken.add(dir);
    return `${dir}/`;
  });
  return {
    chooser: several ? 'index.html' : null,
    stylesheet: STYLESHEET,
    icon: ICON,
    editions: charter.editions.map((edition, i) => editionLayout(edition, dirs[i])),
  };
}

/**
 * The href from one site-root-relative page to another site-root-relative path: `../` for each folder
 * of the page, then the target's segments percent-encoded (a path, not a URL, is what callers pass, so a
 * `:` or `#` in a name stays part of the name).
 */
export function relativeHref(fromPage: string, target: string): string {
  const from = fromPage.split('/').slice(0, -1);
  const to = target.split('/').filter((segment) => segment !== '' && segment !== '.');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.slice(common).map(() => '..');
  const down = to.slice(common).map((segment) => (segment === '..' ? segment : encodeURIComponent(segment)));
  const href = [...up, ...down].join('/');
  return href === '' ? './' : href;
}
