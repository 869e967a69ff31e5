import type { Charter, Lang } from '@charte/analyzer';
import { siteLayout } from './layout.js';
import { chooserPage, emptyPage, indexPage, type PageContext, partPage, printPage } from './pages.js';
import { FAVICON_SVG, STYLE_CSS } from './style.js';

/** A file of the site: its path relative to the site's root (`/`-separated) and its text. */
export interface SiteFile {
  path: string;
  content: string;
}

export interface RenderOptions {
  /** Site-root-relative path of each edition's tone report page (the caller writes it); pages link to it. */
  toneReports?: Partial<Record<Lang, string>>;
  /** Site-root-relative path of each edition's PDF (the caller prints it); pages link to it. */
  pdfs?: Partial<Record<Lang, string>>;
  /**
   * The caller copies a cover image and returns its site-root-relative path, or null when it is not
   * found. `ownerPath` is the file whose front matter names the cover (a part's `path`, or an edition's
   * `preamblePath` for the index page).
   */
  coverFor?: (ownerPath: string, cover: string) => string | null;
  /** Written as `<meta name="generator">` on every page (e.g. `Charte 0.1.0`). */
  generator?: string;
  /**
   * Where the organization shows the initiatives it values (a URL or an absolute path, per edition):
   * the pages link to it, so the charter's readers see what the charter encourages.
   */
  showcase?: Partial<Record<Lang, string>>;
}

/**
 * A charter → the files of a static site, in a stable order: `style.css`, then for one edition
 * `index.html`, one `<slug>.html` per part and the whole edition on one page to print (`imprimer.html`,
 * `print.html`); for several, a bilingual `index.html` that lets the reader choose, and the same pages
 * under `fr/`, `en/` (see siteLayout). Pure: the caller writes the files.
 */
export function renderSite(charter: Charter, options: RenderOptions = {}): SiteFile[] {
  const layout = siteLayout(charter);
  const context: PageContext = {
    layout,
    toneReports: options.toneReports ?? {},
    pdfs: options.pdfs ?? {},
    coverFor: options.coverFor,
    generator: options.generator,
    showcase: options.showcase ?? {},
  };
  const files: SiteFile[] = [
    { path: layout.stylesheet, content: STYLE_CSS },
    { path: layout.icon, content: FAVICON_SVG },
  ];
  if (charter.editions.length === 0) {
    files.push({ path: 'index.html', content: emptyPage(context) });
    return files;
  }
  if (layout.chooser !== null)
    files.push({ path: layout.chooser, content: chooserPage(charter.editions, context) });
  charter.editions.forEach((edition, i) => {
    const editionLayout = layout.editions[i];
    files.push({ path: editionLayout.index, content: indexPage(edition, editionLayout, context) });
    editionLayout.parts.forEach((part, rank) => {
      files.push({ path: part.path, content: partPage(edition, editionLayout, rank, context) });
    });
    if (editionLayout.parts.length > 0) {
      files.push({ path: editionLayout.print, content: printPage(edition, editionLayout, context) });
    }
  });
  return files;
}
