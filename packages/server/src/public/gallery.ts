/**
 * The public gallery of initiatives, at /c/<org>/initiatives/: the cards of the initiatives that are
 * approved, that their proposer agreed to show (publicOk) and that communications showcased. Static
 * HTML, no script, every user text escaped. The cards of an organization are cached in memory and
 * dropped on any change in that organization (the app calls `invalidate` after every mutation), so a
 * page costs no query once warm; a generation counter keeps a load that raced a change from being kept.
 */
import { createHash } from 'node:crypto';
import { STYLE_CSS } from '@charte/site';
import type { Kysely } from 'kysely';
import type { Database, Lang } from '../db/schema.js';
import { IMAGE_COLUMNS, type InitiativeImage } from '../domain/initiatives.js';
import type { PublicFile } from './site.js';

export interface PublicCard {
  id: string;
  title: string;
  description: string;
  platforms: string[];
  values: string[];
  unit: string | null;
  accountUrl: string | null;
  approvedAt: string | null;
  /** With absolute public URLs, versioned by the image's hash. */
  image: InitiativeImage | null;
}

interface Gallery {
  organizationId: string;
  name: string;
  lang: Lang;
  cards: PublicCard[];
  /** Initiative id → its image's hash, for the cards that have one. */
  hashes: Map<string, string>;
  pages: Map<string, PublicFile>;
}

export type PublicImageSize = 'full' | 'thumb';

/** An image of a public initiative, ready to send. */
export interface PublicImage {
  body: Buffer;
  hash: string;
}

/** The file names of a public initiative's images, under /c/<org>/initiatives/<id>/. */
export const IMAGE_FILES: Record<PublicImageSize, string> = { full: 'image.webp', thumb: 'thumb.webp' };
/** At most this many bytes of thumbnails stay in memory (all organizations together). */
const THUMB_CACHE_BYTES = 32 * 1024 * 1024;

export interface GalleryFilters {
  value?: string;
  platform?: string;
  unit?: string;
  /** The language of the page's own words (the initiatives stay as written); default: the organization's. */
  lang?: Lang;
}

const TEXT = {
  fr: {
    title: 'Initiatives à l’honneur',
    intro: 'Des initiatives de nos équipes qui font vivre nos valeurs.',
    all: 'Toutes',
    value: 'Valeur',
    values: 'Valeurs',
    platform: 'Plateforme',
    platforms: 'Plateformes',
    unit: 'Unité',
    none: 'Aucune initiative ne correspond à ces filtres pour le moment.',
    empty: 'Aucune initiative n’est encore à l’honneur : revenez bientôt !',
    back: 'Toutes les initiatives',
    moreOfUnit: 'Les autres initiatives de l’unité',
    account: 'Voir le compte',
    filters: 'Filtrer les initiatives',
    count: (n: number) => (n <= 1 ? `${n} initiative` : `${n} initiatives`),
    skip: 'Aller au contenu',
    langSwitch: 'Langue',
    langName: 'Français',
  },
  en: {
    title: 'Initiatives in the spotlight',
    intro: 'Initiatives from our teams that bring our values to life.',
    all: 'All',
    value: 'Value',
    values: 'Values',
    platform: 'Platform',
    platforms: 'Platforms',
    unit: 'Unit',
    none: 'No initiative matches these filters yet.',
    empty: 'No initiative is in the spotlight yet: come back soon!',
    back: 'All initiatives',
    moreOfUnit: 'More initiatives from this unit',
    account: 'See the account',
    filters: 'Filter the initiatives',
    count: (n: number) => (n === 1 ? '1 initiative' : `${n} initiatives`),
    skip: 'Skip to content',
    langSwitch: 'Language',
    langName: 'English',
  },
} as const;
type Text = (typeof TEXT)[Lang];

/** What the gallery's pages add to the charter site's style sheet: filter chips and a grid of cards. */
const GALLERY_CSS = `
/* Gallery of initiatives: one wide column (the charter's pages keep a column for their parts) */
.layout.gallery-layout {
  grid-template-columns: minmax(0, 1fr);
}
main.gallery {
  max-width: none;
}
.gallery .intro {
  color: var(--muted);
  margin-top: 0;
}
.filters {
  display: flex;
  flex-wrap: wrap;
  gap: 0.75rem 2rem;
  margin: 1.5rem 0;
  padding: 1rem 1.25rem;
  background: var(--surface);
  border-radius: 0.5rem;
}
.filters h2 {
  margin: 0 0 0.4rem;
  font-size: 0.95rem;
}
.chips {
  display: flex;
  flex-wrap: wrap;
  gap: 0.4rem;
  margin: 0;
  padding: 0;
  list-style: none;
}
.chips a {
  display: inline-block;
  padding: 0.15rem 0.7rem;
  border: 1px solid var(--rule);
  border-radius: 999px;
  background: var(--bg);
  font-size: 0.95rem;
  text-decoration: none;
}
.chips a:hover {
  text-decoration: underline;
}
.chips a[aria-current] {
  background: var(--accent);
  border-color: var(--accent);
  color: var(--on-accent);
  font-weight: 600;
}
.result-count {
  color: var(--muted);
}
.cards {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr));
  gap: 1.5rem;
  margin: 0;
  padding: 0;
  list-style: none;
}
.card {
  display: flex;
  flex-direction: column;
  height: 100%;
  border: 1px solid var(--rule);
  border-radius: 0.5rem;
  overflow: hidden;
  background: var(--bg);
}
.card .cover {
  margin: 0;
}
.card .cover img {
  width: 100%;
  aspect-ratio: 3 / 2;
  object-fit: cover;
  background: var(--surface);
}
.card-body {
  padding: 0.9rem 1.1rem 1.1rem;
}
.card h2 {
  margin: 0 0 0.5rem;
  font-size: 1.2rem;
  line-height: 1.3;
}
.card .description {
  display: -webkit-box;
  -webkit-line-clamp: 4;
  -webkit-box-orient: vertical;
  overflow: hidden;
  margin: 0 0 0.75rem;
}
.facts {
  display: grid;
  grid-template-columns: auto 1fr;
  gap: 0.2rem 0.75rem;
  margin: 0;
  font-size: 0.95rem;
}
.facts dt {
  color: var(--muted);
}
.facts dd {
  margin: 0;
}
.initiative-page {
  max-width: 48rem;
}
.initiative-page .cover img {
  border-radius: 0.5rem;
}
@media print {
  .filters,
  .lang-switch {
    display: none;
  }
}
`;

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function file(key: string, html: string, type = 'text/html; charset=utf-8'): PublicFile {
  const body = Buffer.from(html, 'utf8');
  const etag = `"${createHash('sha1').update(key).update(body).digest('base64url').slice(0, 20)}"`;
  return { body, type, etag };
}

const CSS = file('style', STYLE_CSS + GALLERY_CSS, 'text/css; charset=utf-8');

/** The query of a gallery link: the filters, and the language when it is not the organization's. */
function query(filters: GalleryFilters, orgLang: Lang, base = './'): string {
  const params = new URLSearchParams();
  for (const key of ['value', 'platform', 'unit'] as const) {
    const v = filters[key];
    if (v) params.set(key, v);
  }
  if (filters.lang && filters.lang !== orgLang) params.set('lang', filters.lang);
  const text = params.toString();
  return text ? `${base === './' ? '' : base}?${text}` : base;
}

/** The words of the page, and the `lang` attribute the members' own text needs when it differs. */
function wording(g: Gallery, lang: Lang | undefined): { t: Text; lang: Lang; own: string } {
  const shown = lang ?? g.lang;
  return { t: TEXT[shown], lang: shown, own: shown === g.lang ? '' : ` lang="${g.lang}"` };
}

/** The page shell of the charter site: skip link, header with the language switch, main. */
function page(
  g: Gallery,
  lang: Lang,
  title: string,
  main: string,
  switchTo: string,
  mainClass: string,
): string {
  const t = TEXT[lang];
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${escapeHtml(g.name)}</title>
<link rel="stylesheet" href="style.css"></head>
<body><a class="skip-link" href="#main">${t.skip}</a>
<header class="site-header"><p class="site-title"${lang === g.lang ? '' : ` lang="${g.lang}"`}>${escapeHtml(g.name)}</p>
<nav class="lang-switch" aria-label="${t.langSwitch}"><ul><li><a href="${escapeHtml(switchTo)}" hreflang="${other}" lang="${other}">${TEXT[other].langName}</a></li></ul></nav></header>
<div class="layout gallery-layout"><main id="main" tabindex="-1" class="${mainClass}">
${main}
</main></div></body></html>
`;
}

const list = (items: string[]) => items.map(escapeHtml).join(', ');

/**
 * A card's image, relative to /c/<org>/initiatives/: the thumbnail in the list (lazy), the full image
 * on the initiative's page. `.cover img` in the style sheet keeps it within its column.
 */
function imageHtml(card: PublicCard, hash: string | undefined, size: PublicImageSize, own: string): string {
  if (!card.image || !hash) return '';
  const { alt } = card.image;
  const [width, height] =
    size === 'thumb'
      ? [card.image.thumbWidth, card.image.thumbHeight]
      : [card.image.width, card.image.height];
  const src = `${encodeURIComponent(card.id)}/${IMAGE_FILES[size]}?v=${encodeURIComponent(hash)}`;
  const lazy = size === 'thumb' ? ' loading="lazy"' : '';
  return `<figure class="cover"><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"${own} width="${width}" height="${height}"${lazy} decoding="async"></figure>\n`;
}

/** The facts of a card; on an initiative's page each value and the unit link to the gallery filtered by it. */
function factsHtml(card: PublicCard, g: Gallery, lang: Lang, linked: boolean): string {
  const { t, own } = wording(g, lang);
  const chosen: GalleryFilters = { lang };
  const link = (key: 'value' | 'unit', text: string) =>
    linked
      ? `<a href="${escapeHtml(query({ ...chosen, [key]: text }, g.lang))}">${escapeHtml(text)}</a>`
      : escapeHtml(text);
  return `<dl class="facts"><dt>${card.platforms.length > 1 ? t.platforms : t.platform}</dt><dd${own}>${list(card.platforms)}</dd>
<dt>${card.values.length > 1 ? t.values : t.value}</dt><dd${own}>${card.values.map((v) => link('value', v)).join(', ')}</dd>${
    card.unit ? `\n<dt>${t.unit}</dt><dd${own}>${link('unit', card.unit)}</dd>` : ''
  }</dl>`;
}

function accountHtml(card: PublicCard, t: Text): string {
  return card.accountUrl
    ? `<p><a href="${escapeHtml(card.accountUrl)}" rel="nofollow noopener ugc">${t.account}</a></p>`
    : '';
}

function cardHtml(card: PublicCard, g: Gallery, lang: Lang): string {
  const { t, own } = wording(g, lang);
  const href = query({ lang }, g.lang, encodeURIComponent(card.id));
  return `<li><article class="initiative card">${imageHtml(card, g.hashes.get(card.id), 'thumb', own)}<div class="card-body">
<h2${own}><a href="${escapeHtml(href)}">${escapeHtml(card.title)}</a></h2>
<p class="description"${own}>${escapeHtml(card.description)}</p>
${factsHtml(card, g, lang, false)}${accountHtml(card, t)}</div></article></li>`;
}

export function matches(card: PublicCard, f: GalleryFilters): boolean {
  return (
    (!f.value || card.values.includes(f.value)) &&
    (!f.platform || card.platforms.includes(f.platform)) &&
    (!f.unit || card.unit === f.unit)
  );
}

type Facet = 'value' | 'platform' | 'unit';

/** The choices each filter offers: what the organization's public cards hold. */
function facets(g: Gallery): Record<Facet, string[]> {
  const distinct = (pick: (c: PublicCard) => string[]) =>
    [...new Set(g.cards.flatMap(pick))].sort((a, b) => a.localeCompare(b, g.lang));
  return {
    value: distinct((c) => c.values),
    platform: distinct((c) => c.platforms),
    unit: distinct((c) => (c.unit ? [c.unit] : [])),
  };
}

/** Whether every filter names one of the gallery's own choices (only those pages are kept in memory). */
function known(g: Gallery, filters: GalleryFilters): boolean {
  const options = facets(g);
  return (['value', 'platform', 'unit'] as const).every(
    (k) => !filters[k] || options[k].includes(filters[k]),
  );
}

function galleryHtml(g: Gallery, filters: GalleryFilters): string {
  const { t, lang, own } = wording(g, filters.lang);
  const options = facets(g);
  const facet = (key: Facet, label: string) => {
    if (options[key].length === 0) return '';
    const link = (text: string, value: string | undefined, ownText: boolean) => {
      const current = (filters[key] ?? undefined) === value;
      const href = escapeHtml(query({ ...filters, [key]: value }, g.lang));
      return `<li><a href="${href}"${current ? ' aria-current="page"' : ''}${ownText ? own : ''}>${escapeHtml(text)}</a></li>`;
    };
    return `<div class="facet"><h2>${label}</h2><ul class="chips">${link(t.all, undefined, false)}${options[
      key
    ]
      .map((o) => link(o, o, true))
      .join('')}</ul></div>`;
  };
  const shown = g.cards.filter((c) => matches(c, filters));
  const cards = shown.length
    ? `<ul class="cards">\n${shown.map((c) => cardHtml(c, g, lang)).join('\n')}\n</ul>`
    : `<p>${g.cards.length === 0 ? t.empty : t.none}</p>`;
  // A unit's page: its name in the heading and the title, so the address can be shared as its gallery.
  const unit = filters.unit ? ` — <span${own}>${escapeHtml(filters.unit)}</span>` : '';
  const title = filters.unit ? `${t.title} — ${filters.unit}` : t.title;
  const switched = query({ ...filters, lang: lang === 'fr' ? 'en' : 'fr' }, g.lang);
  return page(
    g,
    lang,
    title,
    `<h1>${t.title}${unit}</h1>
<p class="intro">${t.intro}</p>
<nav class="filters" aria-label="${t.filters}">${facet('value', t.value)}${facet('platform', t.platform)}${facet('unit', t.unit)}</nav>
<p class="result-count">${t.count(shown.length)}</p>
${cards}`,
    switched,
    'gallery',
  );
}

function initiativeHtml(g: Gallery, card: PublicCard, lang: Lang): string {
  const { t, own } = wording(g, lang);
  const back = query({ lang }, g.lang);
  const more = card.unit
    ? ` · <a href="${escapeHtml(query({ lang, unit: card.unit }, g.lang))}">${t.moreOfUnit}</a>`
    : '';
  const switched = query({ lang: lang === 'fr' ? 'en' : 'fr' }, g.lang, encodeURIComponent(card.id));
  return page(
    g,
    lang,
    card.title,
    `<p><a href="${escapeHtml(back)}">${t.back}</a>${more}</p>
<article class="initiative">${imageHtml(card, g.hashes.get(card.id), 'full', own)}<h1${own}>${escapeHtml(card.title)}</h1>
<p${own}>${escapeHtml(card.description)}</p>
${factsHtml(card, g, lang, true)}${accountHtml(card, t)}</article>`,
    switched,
    'initiative-page',
  );
}

export class PublicGalleries {
  readonly #db: Kysely<Database>;
  readonly #cache = new Map<string, Promise<Gallery | null>>();
  /** Organization id → the slug its gallery is cached under. */
  readonly #slugOf = new Map<string, string>();
  /** Bumped on every change anywhere: a load that overlapped a change is used once, not kept. */
  #changes = 0;
  readonly #max: number;
  /**
   * `<org id>/<initiative id>/<hash>` → thumbnail bytes, least recently used first. Keyed by hash, they
   * are never stale and outlive invalidations; they are served only while the gallery lists that hash.
   */
  readonly #thumbs = new Map<string, Buffer>();
  #thumbBytes = 0;

  constructor(db: Kysely<Database>, maxOrganizations = 64) {
    this.#db = db;
    this.#max = maxOrganizations;
  }

  /** Drops an organization's cached gallery (any change to its initiatives, units or name). */
  invalidate(organizationId: string): void {
    this.#changes++;
    const slug = this.#slugOf.get(organizationId);
    if (slug === undefined) return;
    this.#slugOf.delete(organizationId);
    this.#cache.delete(slug);
  }

  async #load(slug: string): Promise<Gallery | null> {
    const org = await this.#db
      .selectFrom('organizations')
      .select(['id', 'name', 'lang'])
      .where('slug', '=', slug)
      .executeTakeFirst();
    if (!org) return null;
    const rows = await this.#db
      .selectFrom('initiatives')
      .leftJoin('units', 'units.id', 'initiatives.unit_id')
      .leftJoin('initiative_images', 'initiative_images.initiative_id', 'initiatives.id')
      .select([
        'initiatives.id',
        'initiatives.title',
        'initiatives.description',
        'initiatives.platforms',
        'initiatives.value_list',
        'initiatives.account_url',
        'initiatives.approved_at',
        'units.name as unit_name',
        // The image's description and sizes; its bytes are read only when asked for.
        ...IMAGE_COLUMNS,
      ])
      .where('initiatives.organization_id', '=', org.id)
      .where('initiatives.status', '=', 'approved')
      .where('initiatives.public_ok', '=', 1)
      .where('initiatives.showcased', '=', 1)
      .orderBy('initiatives.showcased_at', 'desc')
      .orderBy('initiatives.id')
      .execute();
    const base = `/c/${encodeURIComponent(slug)}/initiatives`;
    return {
      organizationId: org.id,
      name: org.name,
      lang: org.lang,
      pages: new Map(),
      hashes: new Map(rows.flatMap((r) => (r.image_hash === null ? [] : [[r.id, r.image_hash]]))),
      cards: rows.map((r) => ({
        id: r.id,
        title: r.title,
        description: r.description,
        platforms: JSON.parse(r.platforms) as string[],
        values: JSON.parse(r.value_list) as string[],
        unit: r.unit_name,
        accountUrl: r.account_url,
        approvedAt: r.approved_at,
        image:
          r.image_hash === null
            ? null
            : {
                url: `${base}/${encodeURIComponent(r.id)}/${IMAGE_FILES.full}?v=${r.image_hash}`,
                thumbUrl: `${base}/${encodeURIComponent(r.id)}/${IMAGE_FILES.thumb}?v=${r.image_hash}`,
                alt: r.image_alt ?? '',
                width: Number(r.image_width),
                height: Number(r.image_height),
                thumbWidth: Number(r.image_thumb_width),
                thumbHeight: Number(r.image_thumb_height),
              },
      })),
    };
  }

  async #gallery(slug: string): Promise<Gallery | null> {
    const cached = this.#cache.get(slug);
    if (cached) {
      // Most recently used last: Map keeps insertion order.
      this.#cache.delete(slug);
      this.#cache.set(slug, cached);
      return cached;
    }
    const changes = this.#changes;
    const loading = this.#load(slug);
    this.#cache.set(slug, loading);
    let loaded: Gallery | null;
    try {
      loaded = await loading;
    } catch (error) {
      this.#cache.delete(slug);
      throw error;
    }
    // Unknown slugs are not kept (they are not a bounded set).
    if (loaded === null || this.#changes !== changes) {
      if (this.#cache.get(slug) === loading) this.#cache.delete(slug);
      return loaded;
    }
    this.#slugOf.set(loaded.organizationId, slug);
    while (this.#cache.size > this.#max) this.#cache.delete(this.#cache.keys().next().value as string);
    return loaded;
  }

  /** The public cards of an organization (null: no such organization). */
  async cards(slug: string): Promise<PublicCard[] | null> {
    return (await this.#gallery(slug))?.cards ?? null;
  }

  /** The gallery page with its filters, an initiative's page, or the style sheet; null: 404. */
  async file(slug: string, path: string, filters: GalleryFilters = {}): Promise<PublicFile | null> {
    if (path === 'style.css') return (await this.#gallery(slug)) ? CSS : null;
    const g = await this.#gallery(slug);
    if (!g) return null;
    const lang = filters.lang ?? g.lang;
    const key = path === '' ? `index${query(filters, g.lang)}` : `${path}?${lang}`;
    const kept = g.pages.get(key);
    if (kept) return kept;
    let html: string;
    if (path === '') html = galleryHtml(g, filters);
    else {
      const card = g.cards.find((c) => c.id === path);
      if (!card) return null;
      html = initiativeHtml(g, card, lang);
    }
    const rendered = file(`${g.organizationId}/${key}`, html);
    // Only the gallery's own filter choices are kept: made-up filters must not crowd out real pages.
    if ((path !== '' || known(g, filters)) && g.pages.size < 500) g.pages.set(key, rendered);
    return rendered;
  }

  /** The current hash of a public initiative's image (null: not public, no image, or no organization). */
  async imageHash(slug: string, id: string): Promise<string | null> {
    return (await this.#gallery(slug))?.hashes.get(id) ?? null;
  }

  /**
   * A public initiative's image (null: not public or no image). Thumbnails are kept in memory (bounded);
   * full images are read from the database each time.
   */
  async image(slug: string, id: string, size: PublicImageSize): Promise<PublicImage | null> {
    const g = await this.#gallery(slug);
    const hash = g?.hashes.get(id);
    if (!g || !hash) return null;
    const key = `${g.organizationId}/${id}/${hash}`;
    if (size === 'thumb') {
      const kept = this.#thumbs.get(key);
      if (kept) {
        this.#thumbs.delete(key);
        this.#thumbs.set(key, kept);
        return { body: kept, hash };
      }
    }
    const row = await this.#db
      .selectFrom('initiative_images')
      .select(['hash', size === 'thumb' ? 'thumb_data as bytes' : 'data as bytes'])
      .where('organization_id', '=', g.organizationId)
      .where('initiative_id', '=', id)
      .executeTakeFirst();
    // Replaced or removed since the gallery was loaded: the gallery is reloaded on the next request.
    if (!row || row.hash !== hash) return null;
    if (size === 'thumb' && !this.#thumbs.has(key) && row.bytes.length <= THUMB_CACHE_BYTES / 16) {
      this.#thumbs.set(key, row.bytes);
      this.#thumbBytes += row.bytes.length;
      for (const [oldKey, bytes] of this.#thumbs) {
        if (this.#thumbBytes <= THUMB_CACHE_BYTES) break;
        this.#thumbs.delete(oldKey);
        this.#thumbBytes -= bytes.length;
      }
    }
    return { body: row.bytes, hash };
  }
}
