/**
 * Public pages: a charter's published version rendered by @charte/site, at /c/<org>/<charter>/.
 * A published version never changes, so its rendered files are cached by version id (a bounded
 * LRU); each request costs one indexed query to find which version is published now.
 */
import { createHash } from 'node:crypto';
import { type Charter, type Lang, loadCharter } from '@charte/analyzer';
import { CONTENT_SECURITY_POLICY, renderSite } from '@charte/site';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface PublicFile {
  body: Buffer;
  type: string;
  etag: string;
}

type RenderedSite = Map<string, PublicFile>;

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
};

export const PUBLIC_CSP = CONTENT_SECURITY_POLICY;

/** The published version's documents → one Charter with an edition per language. */
export function charterFromDocuments(documents: { lang: Lang; source: string }[]): Charter {
  const charter: Charter = { editions: [], diagnostics: [] };
  // Each language is its own single-file charter: loading them together would make a folder of them.
  for (const doc of documents) {
    const one = loadCharter([{ path: `charte-${doc.lang}.md`, source: doc.source }], { lang: doc.lang });
    charter.editions.push(...one.editions);
    charter.diagnostics.push(...one.diagnostics);
  }
  charter.editions.sort((a, b) => (a.lang === b.lang ? 0 : a.lang === 'fr' ? -1 : 1));
  return charter;
}

export function renderFiles(versionId: string, charter: Charter): RenderedSite {
  const files: RenderedSite = new Map();
  for (const file of renderSite(charter, { generator: 'Charte' })) {
    const body = Buffer.from(file.content, 'utf8');
    const extension = file.path.slice(file.path.lastIndexOf('.') + 1);
    const hash = createHash('sha1').update(versionId).update(body).digest('base64url').slice(0, 20);
    files.set(file.path, { body, type: TYPES[extension] ?? 'application/octet-stream', etag: `"${hash}"` });
  }
  return files;
}

export class PublicSites {
  readonly #db: Kysely<Database>;
  readonly #cache = new Map<string, Promise<RenderedSite>>();
  readonly #max: number;

  constructor(db: Kysely<Database>, maxVersions = 64) {
    this.#db = db;
    this.#max = maxVersions;
  }

  /** The id of the published version of org/charter, or null. */
  async publishedVersion(orgSlug: string, charterSlug: string): Promise<string | null> {
    const row = await this.#db
      .selectFrom('charter_versions')
      .innerJoin('charters', 'charters.id', 'charter_versions.charter_id')
      .innerJoin('organizations', 'organizations.id', 'charters.organization_id')
      .select('charter_versions.id')
      .where('organizations.slug', '=', orgSlug)
      .where('charters.slug', '=', charterSlug)
      .where('charter_versions.status', '=', 'published')
      .executeTakeFirst();
    return row?.id ?? null;
  }

  async #render(versionId: string): Promise<RenderedSite> {
    const documents = await this.#db
      .selectFrom('version_documents')
      .select(['lang', 'source'])
      .where('version_id', '=', versionId)
      .execute();
    return renderFiles(versionId, charterFromDocuments(documents));
  }

  /** The rendered files of a version, from the cache (concurrent misses share one rendering). */
  site(versionId: string): Promise<RenderedSite> {
    const cached = this.#cache.get(versionId);
    if (cached) {
      // Most recently used last: Map keeps insertion order.
      this.#cache.delete(versionId);
      this.#cache.set(versionId, cached);
      return cached;
    }
    const rendering = this.#render(versionId);
    this.#cache.set(versionId, rendering);
    rendering.catch(() => this.#cache.delete(versionId));
    while (this.#cache.size > this.#max) this.#cache.delete(this.#cache.keys().next().value as string);
    return rendering;
  }

  /** A file of org/charter's published site (`''` and `fr/` mean their index.html), or null. */
  async file(orgSlug: string, charterSlug: string, path: string): Promise<PublicFile | null> {
    const versionId = await this.publishedVersion(orgSlug, charterSlug);
    if (versionId === null) return null;
    const files = await this.site(versionId);
    const name = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    return files.get(name) ?? null;
  }

  get cachedVersions(): number {
    return this.#cache.size;
  }
}
