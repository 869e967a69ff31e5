import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../../../scripts/test-support/browser.js';
import { PUBLIC_CSP } from './public/site.js';
import { type Client, DEMO, describeEachDatabase, type TestApp } from './test-support/harness.js';

const FR = `# Charte du club

## Encadrer

Nous demandons le consentement avant toute photo.

## Valoriser

Nous encourageons chaque membre à partager ses réussites.
`;

describeEachDatabase('public charter pages', (h) => {
  let t: TestApp;
  let admin: Client;

  beforeAll(async () => {
    t = await h.start({ seedDemo: true });
    admin = await t.login(DEMO.admin);
  });

  it('serves the published charter as a bilingual site with the series navigation', async () => {
    const chooser = await t.app.inject('/c/demo/charte-medias-sociaux/');
    expect(chooser.statusCode).toBe(200);
    expect(chooser.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(chooser.headers['content-security-policy']).toBe(PUBLIC_CSP);
    expect(chooser.body).toContain('href="fr/index.html"');
    expect(chooser.body).toContain('href="en/index.html"');

    const index = await t.app.inject('/c/demo/charte-medias-sociaux/fr/');
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('Charte d’utilisation des médias sociaux');
    expect(index.body).toContain('href="introduction.html"');
    const encadrer = /href="(encadrer[^"]*\.html)"/.exec(index.body)?.[1];
    expect(encadrer).toBeDefined();

    const part = await t.app.inject(`/c/demo/charte-medias-sociaux/fr/${encadrer}`);
    expect(part.statusCode).toBe(200);
    expect(part.body).toMatch(/<nav class="series"[^>]*>/);
    expect(part.body).toMatch(/<li aria-current="page">Encadrer[^<]*<\/li>/);
    expect(part.body).toContain('href="introduction.html"');
    expect(part.body).toMatch(/href="valoriser[^"]*\.html"/);
    expect(part.body).not.toMatch(/<script/i);

    const en = await t.app.inject('/c/demo/charte-medias-sociaux/en/index.html');
    expect(en.body).toContain('<html lang="en">');
    // Every page leads to the organization's gallery of initiatives, in the page's language.
    expect(part.body).toContain('<a href="/c/demo/initiatives/?lang=fr">Nos initiatives à l’honneur</a>');
    expect(en.body).toContain('<a href="/c/demo/initiatives/?lang=en">Our initiatives in the spotlight</a>');
    const gallery = await t.app.inject('/c/demo/initiatives/?lang=en');
    expect(gallery.statusCode).toBe(200);
    expect(gallery.body).toContain('<h1>Initiatives in the spotlight</h1>');
    const css = await t.app.inject('/c/demo/charte-medias-sociaux/style.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.body.length).toBeGreaterThan(100);
  });

  it('offers no PDF without a browser to print it', async () => {
    const index = await t.app.inject('/c/demo/charte-medias-sociaux/fr/');
    expect(index.body).not.toContain('.pdf');
    expect((await t.app.inject('/c/demo/charte-medias-sociaux/fr/charte.pdf')).statusCode).toBe(404);
  });

  it('prints the published charter to PDF once, links it, and serves it again from its folder', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'charte-pdf-test-'));
    try {
      const p = await h.start({ seedDemo: true, pdfBrowser: CHROMIUM_PATH, dataDir });
      const index = await p.app.inject('/c/demo/charte-medias-sociaux/fr/');
      expect(index.body).toContain('href="charte.pdf"');
      const pdf = await p.app.inject('/c/demo/charte-medias-sociaux/fr/charte.pdf');
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.rawPayload.length).toBeGreaterThan(10_000);
      expect((await readdir(join(dataDir, 'pdf'))).length).toBe(1);
      const again = await p.app.inject('/c/demo/charte-medias-sociaux/fr/charte.pdf');
      expect(again.headers.etag).toBe(pdf.headers.etag);
      const en = await p.app.inject('/c/demo/charte-medias-sociaux/en/index.html');
      expect(en.body).toContain('href="charter.pdf"');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('revalidates with an ETag and redirects the bare charter address', async () => {
    const first = await t.app.inject('/c/demo/charte-medias-sociaux/fr/');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await t.app.inject({
      url: '/c/demo/charte-medias-sociaux/fr/',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const bare = await t.app.inject('/c/demo/charte-medias-sociaux');
    expect(bare.statusCode).toBe(301);
    expect(bare.headers.location).toBe('/c/demo/charte-medias-sociaux/');
  });

  it('answers 404 when nothing is published, and for unknown pages', async () => {
    const created = (
      await admin.post('/api/charters', {
        title: 'Charte du club',
        slug: 'club',
        langs: ['fr'],
        sources: { fr: FR },
      })
    ).json();
    const draftOnly = await t.app.inject('/c/demo/club/');
    expect(draftOnly.statusCode).toBe(404);
    expect(draftOnly.headers['content-type']).toMatch(/^text\/html/);
    expect((await t.app.inject('/c/demo/charte-medias-sociaux/fr/nothing.html')).statusCode).toBe(404);
    expect((await t.app.inject('/c/nowhere/charte-medias-sociaux/')).statusCode).toBe(404);
    expect((await t.app.inject('/c/demo/charte-medias-sociaux/../../api/me')).statusCode).not.toBe(200);

    // Published: a single-language charter, at the root of its address.
    const v1 = created.versions[0].id;
    await admin.post(`/api/versions/${v1}/submit`);
    await admin.post(`/api/versions/${v1}/approve`, { comment: '' });
    await admin.post(`/api/versions/${v1}/publish`);
    const page = await t.app.inject('/c/demo/club/');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Charte du club');
    expect(page.body).toContain('href="encadrer.html"');

    // A new publication replaces the old one at once (the cache is keyed by version).
    const v2 = (await admin.post(`/api/charters/${created.id}/versions`)).json().id;
    await admin.put(`/api/versions/${v2}/documents/fr`, {
      source: FR.replace('# Charte du club', '# Charte du club, 2e édition'),
    });
    await admin.post(`/api/versions/${v2}/submit`);
    await admin.post(`/api/versions/${v2}/approve`, { comment: '' });
    await admin.post(`/api/versions/${v2}/publish`);
    const updated = await t.app.inject('/c/demo/club/');
    expect(updated.body).toContain('Charte du club, 2e édition');
    expect(updated.headers.etag).not.toBe(page.headers.etag);

    await admin.post(`/api/versions/${v2}/archive`);
    expect((await t.app.inject('/c/demo/club/')).statusCode).toBe(404);
  });

  it('escapes what authors write', async () => {
    const created = (
      await admin.post('/api/charters', {
        title: 'XSS',
        slug: 'xss',
        langs: ['fr'],
        sources: { fr: '# Titre\n\n## Encadrer\n\n<script>alert(1)</script><img src=x onerror=alert(1)>\n' },
      })
    ).json();
    const id = created.versions[0].id;
    await admin.post(`/api/versions/${id}/submit`);
    await admin.post(`/api/versions/${id}/approve`, { comment: '' });
    await admin.post(`/api/versions/${id}/publish`);
    const page = await t.app.inject('/c/demo/xss/encadrer.html');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/<script/i);
    expect(page.body).not.toMatch(/onerror/i);
  });
});
