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
}

interface Gallery {
  organizationId: string;
  name: string;
  lang: Lang;
  cards: PublicCard[];
  pages: Map<string, PublicFile>;
}

export interface GalleryFilters {
  value?: string;
  platform?: string;
  unit?: string;
}

const TEXT = {
  fr: {
    title: 'Initiatives à l’honneur',
    intro: 'Des initiatives de nos équipes qui font vivre nos valeurs.',
    all: 'Toutes',
    value: 'Valeur',
    platform: 'Plateforme',
    unit: 'Unité',
    none: 'Aucune initiative ne correspond à ces filtres pour le moment.',
    back: 'Toutes les initiatives',
    account: 'Voir le compte',
    filters: 'Filtrer',
  },
  en: {
    title: 'Initiatives in the spotlight',
    intro: 'Initiatives from our teams that bring our values to life.',
    all: 'All',
    value: 'Value',
    platform: 'Platform',
    unit: 'Unit',
    none: 'No initiative matches these filters yet.',
    back: 'All initiatives',
    account: 'See the account',
    filters: 'Filter',
  },
} as const;

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

const CSS = file('style', STYLE_CSS, 'text/css; charset=utf-8');

function page(g: Gallery, title: string, main: string): string {
  return `<!doctype html>
<html lang="${g.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${escapeHtml(g.name)}</title>
<link rel="stylesheet" href="style.css"></head>
<body><header class="site-header"><p class="site-title">${escapeHtml(g.name)}</p></header>
<main id="main">${main}</main></body></html>
`;
}

const list = (items: string[]) => items.map(escapeHtml).join(', ');

function cardHtml(card: PublicCard, t: (typeof TEXT)[Lang], headingLevel: 2 | 1, link: boolean): string {
  const h = `h${headingLevel}`;
  const title = link
    ? `<a href="${encodeURIComponent(card.id)}">${escapeHtml(card.title)}</a>`
    : escapeHtml(card.title);
  const account = card.accountUrl
    ? `<p><a href="${escapeHtml(card.accountUrl)}" rel="nofollow noopener ugc">${t.account}</a></p>`
    : '';
  return `<article class="initiative"><${h}>${title}</${h}>
<p>${escapeHtml(card.description)}</p>
<dl><dt>${t.platform}</dt><dd>${list(card.platforms)}</dd>
<dt>${t.value}</dt><dd>${list(card.values)}</dd>${
    card.unit ? `\n<dt>${t.unit}</dt><dd>${escapeHtml(card.unit)}</dd>` : ''
  }</dl>${account}</article>`;
}

function query(filters: GalleryFilters): string {
  const params = new URLSearchParams();
  for (const key of ['value', 'platform', 'unit'] as const) {
    const v = filters[key];
    if (v) params.set(key, v);
  }
  const text = params.toString();
  return text ? `?${text}` : './';
}

export function matches(card: PublicCard, f: GalleryFilters): boolean {
  return (
    (!f.value || card.values.includes(f.value)) &&
    (!f.platform || card.platforms.includes(f.platform)) &&
    (!f.unit || card.unit === f.unit)
  );
}

function galleryHtml(g: Gallery, filters: GalleryFilters): string {
  const t = TEXT[g.lang];
  const distinct = (pick: (c: PublicCard) => string[]) =>
    [...new Set(g.cards.flatMap(pick))].sort((a, b) => a.localeCompare(b, g.lang));
  const facet = (key: keyof GalleryFilters, label: string, options: string[]) => {
    if (options.length === 0) return '';
    const link = (text: string, value: string | undefined) => {
      const current = (filters[key] ?? undefined) === value;
      const href = escapeHtml(query({ ...filters, [key]: value }));
      return `<li><a href="${href}"${current ? ' aria-current="true"' : ''}>${escapeHtml(text)}</a></li>`;
    };
    return `<h2>${label}</h2><ul>${link(t.all, undefined)}${options.map((o) => link(o, o)).join('')}</ul>`;
  };
  const shown = g.cards.filter((c) => matches(c, filters));
  const cards = shown.length ? shown.map((c) => cardHtml(c, t, 2, true)).join('\n') : `<p>${t.none}</p>`;
  return page(
    g,
    t.title,
    `<h1>${t.title}</h1><p>${t.intro}</p>
<nav class="filters" aria-label="${t.filters}">${facet(
      'value',
      t.value,
      distinct((c) => c.values),
    )}${facet(
      'platform',
      t.platform,
      distinct((c) => c.platforms),
    )}${facet(
      'unit',
      t.unit,
      distinct((c) => (c.unit ? [c.unit] : [])),
    )}</nav>
<section class="initiatives">${cards}</section>`,
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
      .select([
        'initiatives.id',
        'initiatives.title',
        'initiatives.description',
        'initiatives.platforms',
        'initiatives.value_list',
        'initiatives.account_url',
        'initiatives.approved_at',
        'units.name as unit_name',
      ])
      .where('initiatives.organization_id', '=', org.id)
      .where('initiatives.status', '=', 'approved')
      .where('initiatives.public_ok', '=', 1)
      .where('initiatives.showcased', '=', 1)
      .orderBy('initiatives.showcased_at', 'desc')
      .orderBy('initiatives.id')
      .execute();
    return {
      organizationId: org.id,
      name: org.name,
      lang: org.lang,
      pages: new Map(),
      cards: rows.map((r) => ({
        id: r.id,
        title: r.title,
        description: r.description,
        platforms: JSON.parse(r.platforms) as string[],
        values: JSON.parse(r.value_list) as string[],
        unit: r.unit_name,
        accountUrl: r.account_url,
        approvedAt: r.approved_at,
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
    const key = path === '' ? `index${query(filters)}` : path;
    const kept = g.pages.get(key);
    if (kept) return kept;
    let html: string;
    if (path === '') html = galleryHtml(g, filters);
    else {
      const card = g.cards.find((c) => c.id === path);
      if (!card) return null;
      const t = TEXT[g.lang];
      html = page(g, card.title, `<p><a href="./">${t.back}</a></p>\n${cardHtml(card, t, 1, false)}`);
    }
    const rendered = file(`${g.organizationId}/${key}`, html);
    // Filter combinations are bounded by the cards' own values; still, keep the map small.
    if (g.pages.size < 200) g.pages.set(key, rendered);
    return rendered;
  }
}
