/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser: it sees the DOM.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type StaticServer, serveFolder } from '../../../scripts/test-support/browser.js';
import { charter, edition, part } from './fixtures/charter.js';
import { XSS_PAYLOADS } from './fixtures/xss-payloads.js';
import { renderSite } from './site.js';

/**
 * The sanitizer judged by a real browser: every known payload, in a body and in the front matter,
 * rendered and opened in Chromium with the Content-Security-Policy taken out (so only the
 * sanitizer stands between a payload and the reader). No dialog may open and no script or event
 * handler may be left in the live page.
 */
let tmp: string;
let browser: Browser;
let server: StaticServer;
let pages: string[];

beforeAll(async () => {
  // Ten payloads a page keeps the run short; each still sits in a body, a title and the front matter.
  const groups: string[][] = [];
  for (let i = 0; i < XSS_PAYLOADS.length; i += 10) groups.push(XSS_PAYLOADS.slice(i, i + 10));
  const parts = groups.flatMap((group, i) => [
    part({
      slug: `p${i}`,
      title: group.join(' '),
      body: group
        .map((payload) => `Avant ${payload} après\n\n${payload}\n\n<div>${payload}</div>`)
        .join('\n\n'),
      meta: { author: group.join(' '), categories: group, extra: { cover_alt: group.join(' ') } },
    }),
    part({
      slug: `h${i}`,
      title: `h${i}`,
      format: 'html',
      body: group.map((p) => `<p>${p}</p>${p}`).join(''),
    }),
  ]);
  const site = renderSite(charter(edition('fr', XSS_PAYLOADS[0], parts)), {
    coverFor: (_owner, cover) => cover,
  });
  tmp = await mkdtemp(join(tmpdir(), 'charte-xss-'));
  for (const file of site) {
    const path = join(tmp, file.path);
    await mkdir(dirname(path), { recursive: true });
    // The page's own policy comes first, in the head; only that one is taken out.
    const content = file.content.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    if (file.path.endsWith('.html')) expect(content).not.toBe(file.content);
    await writeFile(path, content);
  }
  pages = site.filter((f) => f.path.endsWith('.html')).map((f) => f.path);
  server = await serveFolder(tmp);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('XSS payloads in Chromium, without the CSP', () => {
  it('open no dialog and leave no script or handler in any page', async () => {
    expect(pages.length).toBeGreaterThan(XSS_PAYLOADS.length / 5);
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    // Only our own server is reachable; whatever a payload asks of other hosts is not fetched.
    await page.route('**/*', (route) =>
      route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
    );
    const leftovers: string[] = [];
    for (const path of pages) {
      await page.goto(`${server.url}/${path}`, { waitUntil: 'load' });
      const found = await page.evaluate(() => {
        const bad: string[] = [];
        for (const element of Array.from(document.querySelectorAll('*'))) {
          const tag = element.tagName.toLowerCase();
          if (['script', 'iframe', 'object', 'embed', 'base', 'form', 'frame'].includes(tag))
            bad.push(`<${tag}>`);
          for (const attribute of Array.from(element.attributes)) {
            const name = attribute.name.toLowerCase();
            // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers skip these inside a scheme.
            const value = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
            if (name.startsWith('on')) bad.push(`${tag}[${name}]`);
            if (/^(javascript|vbscript|data):/.test(value) && name !== 'alt' && name !== 'title') {
              bad.push(`${tag}[${name}=${value.slice(0, 30)}]`);
            }
          }
        }
        return bad;
      });
      leftovers.push(...found.map((f) => `${path}: ${f}`));
    }
    // Give timers a payload might have set a moment to fire.
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(leftovers).toEqual([]);
    await page.close();
  }, 120_000);
});
