/// <reference lib="dom" />
// Code passed to page.evaluate and addInitScript runs in the browser: it sees the DOM.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, type Platform, startPlatform, watch } from './harness.js';

/**
 * The app under its own Content-Security-Policy, as users get it (the other browser tests bypass it
 * to inject axe): every screen that needs something beyond plain scripts — the analysis worker and
 * CodeMirror's styles, Chart.js canvases, image previews from blob: URLs — still works, and the
 * browser reports no violation.
 */
let platform: Platform;
let context: BrowserContext;
let photoDir: string;

beforeAll(async () => {
  platform = await startPlatform('security');
  context = await platform.browser.newContext({ locale: 'fr-CA', viewport: { width: 1280, height: 900 } });
  // Devtools injects this before the page's own scripts: the policy does not apply to it.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  photoDir = await mkdtemp(join(tmpdir(), 'charte-csp-'));
}, 180_000);

afterAll(async () => {
  await context?.close();
  await platform?.close();
  if (photoDir) await rm(photoDir, { recursive: true, force: true });
});

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('the app under its Content-Security-Policy', () => {
  it('sends the policy with the app and its API, and keeps the public pages’ stricter one', async () => {
    const app = await fetch(`${platform.base}/`);
    const policy = app.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(app.headers.get('x-frame-options')).toBe('DENY');
    // A fresh style nonce per page, the one the policy names.
    const nonce = /<meta name="csp-nonce" content="([^"]+)"/.exec(await app.text())?.[1];
    expect(policy).toContain(`'nonce-${nonce}'`);
    const again = await fetch(`${platform.base}/charters`);
    expect(again.headers.get('content-security-policy')).not.toContain(`'nonce-${nonce}'`);
    expect(await again.text()).toContain('<meta name="csp-nonce"');
    // The API's answers carry the policy too, without a nonce.
    const api = await fetch(`${platform.base}/api/me`);
    expect(api.headers.get('content-security-policy')).toContain("style-src 'self';");
    const published = await fetch(`${platform.base}/c/demo/charte-medias-sociaux/fr/`);
    expect(published.headers.get('content-security-policy')).toContain("script-src 'none'");
  });

  it('runs the editor’s analysis, the charts and an image preview without a violation', async () => {
    const page = await context.newPage();
    const problems = watch(page);
    await logIn(page, platform.base, 'comms@demo.local');

    // The editor: CodeMirror's styles and the analysis worker (tints appear only if both work).
    await page.getByRole('link', { name: 'Chartes', exact: true }).first().click();
    await page.locator('table tbody th a').first().click();
    await page.getByRole('button', { name: 'Nouvelle version' }).click();
    await page.getByRole('textbox', { name: 'Texte de la charte (Français)' }).waitFor();
    await expect.poll(() => page.locator('.cm-content [data-tone]').count()).toBeGreaterThan(20);
    // CodeMirror's own sheet is applied: its gutter is laid out beside the text, not above it.
    const gutter = await page.locator('.cm-gutters').first().boundingBox();
    const content = await page.locator('.cm-content').first().boundingBox();
    expect(gutter && content && gutter.x < content.x).toBe(true);

    // The recognition page: Chart.js draws on its canvases.
    await page.getByRole('link', { name: 'Reconnaissance', exact: true }).click();
    const canvas = page.locator('canvas').first();
    await canvas.waitFor();
    await expect
      .poll(() =>
        canvas.evaluate((c: HTMLCanvasElement) => {
          const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
          let drawn = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i] > 0) drawn++;
          return drawn;
        }),
      )
      .toBeGreaterThan(100);

    // The initiative form: the chosen photo is previewed from a blob: URL.
    const photo = join(photoDir, 'atelier.png');
    await writeFile(
      photo,
      await sharp({ create: { width: 300, height: 200, channels: 3, background: '#2a6' } })
        .png()
        .toBuffer(),
    );
    await page.getByRole('link', { name: 'Initiatives', exact: true }).first().click();
    await page.getByRole('link', { name: 'Proposer une initiative' }).click();
    await page.getByLabel('Choisir une image').setInputFiles(photo);
    const preview = page.locator('img[src^="blob:"]').first();
    await preview.waitFor();
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(300);

    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
