/**
 * @charte/site — a charter becomes a static site: an index per language with its table of contents,
 * one page per part with the series navigation, dates and print styles, and the whole edition on one
 * printable page. Pure: no I/O.
 *
 * Decisions a caller relies on:
 * - Page names come from `CharterPart.slug`, made a lower-case ASCII file name; a slug that would take
 *   `index`, `style`, `imprimer`, `print`, `rapport-ton` or `tone-report`, or another part's name, gets
 *   `-2`, `-3`… in part order. `siteLayout(charter)` tells every path before rendering.
 * - Every body and preamble goes through `sanitizeHtml`; front matter is always escaped. No `data:` URL
 *   survives, not even for images (an SVG data image is a script vector elsewhere, and covers are files).
 * - Pages carry a strict Content-Security-Policy (no script, no inline style); the stylesheet is a file.
 */
export { type CalendarDate, formatDate, parseCalendarDate } from './dates.js';
export { type EditionLayout, fileSlug, type PartLayout, type SiteLayout, siteLayout } from './layout.js';
export { MESSAGES, messages, type SiteMessages } from './messages.js';
export { CONTENT_SECURITY_POLICY } from './pages.js';
export { renderBody } from './render-body.js';
export { ID_PREFIX, type SanitizeOptions, sanitizeHtml } from './sanitize.js';
export { type RenderOptions, renderSite, type SiteFile } from './site.js';
export { STYLE_CSS } from './style.js';
