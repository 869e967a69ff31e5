/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser: it sees the DOM.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type StaticServer, serveFolder } from '../../../scripts/test-support/browser.js';

/**
 * `charte new` then `charte render` with the built command, the site served over HTTP and read in
 * Debian's Chromium: what a reader of the published charter meets.
 */
const run = promisify(execFile);
const root = new URL('../../../', import.meta.url).pathname;
const bin = join(root, 'packages/cli/bin/charte.js');
const artifacts = join(root, 'test-artifacts', 'render');
const seed = join(root, 'packages/analyzer/src/document/fixtures/charte-valoriser.md');

let tmp: string;
let browser: Browser;
let server: StaticServer;

const charte = (args: string[]) =>
  run(process.execPath, [bin, ...args], {
    cwd: tmp,
    env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8' },
  });

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'charte-render-'));
  await mkdir(artifacts, { recursive: true });
  await charte(['new', '--yes', '--lang', 'fr,en', '--out', 'charte', '--name', 'École des Grands-Vents']);
  await charte(['render', 'charte', '--out', 'www/site']);
  await charte(['render', seed, '--out', 'www/seed']);
  server = await serveFolder(join(tmp, 'www'));
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** A page that records console errors, failed requests and script dialogs (none is expected). */
async function openPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, problems };
}

describe('a rendered charter in Chromium', () => {
  it('lets a reader choose a language, follow the series and switch language, with no console error', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}/site/index.html`);
    await page.getByRole('link', { name: /Lire en français/ }).click();
    await expect.poll(() => page.url()).toMatch(/\/site\/fr\/index\.html$/);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.locator('h1').textContent()).toContain('École des Grands-Vents');

    // Table of contents → first part; the series lists every part, the current one unlinked.
    await page.locator('main ol a').first().click();
    await expect.poll(() => page.url()).toMatch(/\/fr\/introduction\.html$/);
    const series = page.locator('nav.series li');
    expect(await series.count()).toBe(5);
    const current = page.locator('nav.series li[aria-current="page"]');
    expect(await current.textContent()).toBe('Introduction');
    expect(await current.locator('a').count()).toBe(0);

    await page.locator('a[rel="next"]').click();
    await expect.poll(() => page.url()).toMatch(/\/fr\/encadrer\.html$/);
    expect(await page.locator('h1').textContent()).toMatch(/^Encadrer/);
    expect(await page.locator('time').first().getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.locator('.dates').textContent()).toMatch(/^Publié le \d/);
    await page.screenshot({ path: join(artifacts, 'fr-encadrer.png'), fullPage: true });

    // The language switch leads to the same part in English.
    await page.locator('nav.lang-switch a').click();
    await expect.poll(() => page.url()).toMatch(/\/en\/framework\.html$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('nav.series li[aria-current="page"]').textContent()).toMatch(/^Frame/);
    expect(await page.locator('.dates').textContent()).toMatch(/^Published /);
    await page.screenshot({ path: join(artifacts, 'en-framework.png'), fullPage: true });

    // The stylesheet loaded (no CSP refusal) and the tone report is reachable.
    expect(await page.locator('nav.series').evaluate((n) => getComputedStyle(n).display)).not.toBe('inline');
    await page.getByRole('link', { name: 'Tone report' }).click();
    await expect.poll(() => page.url()).toMatch(/\/en\/tone-report\.html$/);
    expect(await page.locator('h1').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('prints without navigation', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}/site/fr/valoriser.html`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.series').evaluate((n) => getComputedStyle(n).display)).toBe('none');
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.screenshot({ path: join(artifacts, 'fr-valoriser-print.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the seed article as a correct page', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}/seed/charte-valoriser.html`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.locator('h1').textContent()).toBe(
      'Les chartes d’utilisation des médias sociaux, valoriser',
    );
    expect(await page.locator('.dates').textContent()).toContain('Publié le 27 août 2012');
    expect(await page.locator('.dates').textContent()).toContain('Modifié le 10 novembre 2015');
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
    expect(await page.locator('main .body h2').allTextContents()).toEqual([
      'Une démarche positive',
      'De la communication à la gestion de communauté',
      'Recommandations en matière de valorisation',
    ]);
    await page.screenshot({ path: join(artifacts, 'seed.png'), fullPage: true });
    expect(problems).toEqual([]);
    const html = await readFile(join(tmp, 'www/seed/charte-valoriser.html'), 'utf8');
    expect(html).not.toContain('&amp;rsquo;');
    await page.close();
  });
});
