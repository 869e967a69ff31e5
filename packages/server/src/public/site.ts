/**
 * Public pages: a charter's published version rendered by @charte/site, at /c/<org>/<charter>/.
 * A published version never changes, so its rendered files are cached by version id (a bounded
 * LRU); each request costs one indexed query to find which version is published now.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Charter, type Lang, loadCharter } from '@charte/analyzer';
import { CONTENT_SECURITY_POLICY, renderSite, siteLayout } from '@charte/site';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { printPdf } from '../pdf.js';

export interface PublicFile {
  body: Buffer;
  type: string;
  etag: string;
}

/** A version's site: its files, and the PDFs it links (PDF path → the print page it is printed from). */
interface RenderedSite {
  files: Map<string, PublicFile>;
  pdfs: Map<string, string>;
}

/** Where PDFs are printed: a browser, and a folder that keeps each version's PDF once printed. */
export interface PdfPrinting {
  browser: string;
  cacheDir: string;
}

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

function etagOf(versionId: string, body: Buffer): string {
  return `"${createHash('sha1').update(versionId).update(body).digest('base64url').slice(0, 20)}"`;
}

/**
 * `orgSlug`, when given, links every page to the organization's gallery of initiatives, in the
 * edition's language.
 */
export function renderFiles(
  versionId: string,
  charter: Charter,
  withPdf = false,
  orgSlug?: string,
): RenderedSite {
  const files = new Map<string, PublicFile>();
  const pdfs = new Map<string, string>();
  const layout = siteLayout(charter);
  const links: Partial<Record<Lang, string>> = {};
  if (withPdf) {
    charter.editions.forEach((edition, i) => {
      const path = layout.editions[i].pdf;
      links[edition.lang] = path;
      pdfs.set(path, layout.editions[i].print);
    });
  }
  const showcase: Partial<Record<Lang, string>> = {};
  if (orgSlug !== undefined)
    for (const edition of charter.editions)
      showcase[edition.lang] = `/c/${encodeURIComponent(orgSlug)}/initiatives/?lang=${edition.lang}`;
  for (const file of renderSite(charter, { generator: 'Charte', pdfs: links, showcase })) {
    const body = Buffer.from(file.content, 'utf8');
    const extension = file.path.slice(file.path.lastIndexOf('.') + 1);
    files.set(file.path, {
      body,
      type: TYPES[extension] ?? 'application/octet-stream',
      etag: etagOf(versionId, body),
    });
  }
  return { files, pdfs };
}

export class PublicSites {
  readonly #db: Kysely<Database>;
  readonly #cache = new Map<string, Promise<RenderedSite>>();
  readonly #max: number;
  readonly #pdf: PdfPrinting | null;
  readonly #printing = new Map<string, Promise<PublicFile>>();

  constructor(db: Kysely<Database>, maxVersions = 64, pdf: PdfPrinting | null = null) {
    this.#db = db;
    this.#max = maxVersions;
    this.#pdf = pdf;
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
    const org = await this.#db
      .selectFrom('charter_versions')
      .innerJoin('charters', 'charters.id', 'charter_versions.charter_id')
      .innerJoin('organizations', 'organizations.id', 'charters.organization_id')
      .select('organizations.slug')
      .where('charter_versions.id', '=', versionId)
      .executeTakeFirst();
    return renderFiles(versionId, charterFromDocuments(documents), this.#pdf !== null, org?.slug);
  }

  /**
   * The PDF of a version's edition: printed once from its print page by the browser, then kept in the
   * cache folder (a published version never changes); concurrent requests share one printing.
   */
  #printed(versionId: string, path: string, site: RenderedSite, printPage: string): Promise<PublicFile> {
    const key = `${versionId}/${path}`;
    let printing = this.#printing.get(key);
    if (!printing) {
      printing = this.#print(versionId, path, site, printPage);
      this.#printing.set(key, printing);
      printing.catch(() => this.#printing.delete(key));
    }
    return printing;
  }

  async #print(versionId: string, path: string, site: RenderedSite, printPage: string): Promise<PublicFile> {
    const { browser, cacheDir } = this.#pdf!;
    const target = join(cacheDir, `${versionId}-${path.replace(/[^a-z0-9.-]/gi, '-')}`);
    const toFile = (body: Buffer): PublicFile => ({
      body,
      type: 'application/pdf',
      etag: etagOf(versionId, body),
    });
    const kept = await readFile(target).catch(() => null);
    if (kept) return toFile(kept);
    const work = await mkdtemp(join(tmpdir(), 'charte-pdf-'));
    try {
      for (const [name, file] of site.files) {
        await mkdir(dirname(join(work, 'site', name)), { recursive: true });
        await writeFile(join(work, 'site', name), file.body);
      }
      const printed = join(work, 'out.pdf');
      await printPdf(browser, join(work, 'site', printPage), printed, { profile: join(work, 'profile') });
      await mkdir(cacheDir, { recursive: true });
      await rename(printed, target).catch(async () => writeFile(target, await readFile(printed)));
      return toFile(await readFile(target));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
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
    const site = await this.site(versionId);
    const name = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    const printPage = site.pdfs.get(name);
    if (printPage !== undefined) return this.#printed(versionId, name, site, printPage);
    return site.files.get(name) ?? null;
  }

  get cachedVersions(): number {
    return this.#cache.size;
  }
}
