/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser: it sees the DOM.
/**
 * What the browser tests of the platform share: the built server on a fresh SQLite data folder
 * (demo data) on a free port, Debian's Chromium with a French Canadian context, the demo accounts,
 * and the checks a user would notice (console errors, axe-core findings).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../../../scripts/test-support/browser.js';

export const root = new URL('../../../../', import.meta.url).pathname;
export const DEMO_PASSWORD = 'demo-charte-2026';
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Platform {
  base: string;
  browser: Browser;
  /** Logged-in pages share it; a logged-out reader opens `browser.newPage()`. */
  context: BrowserContext;
  /** Where this test's screenshots go (test-artifacts/<name>/). */
  artifacts: string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts the built server (see the global build setup) and a browser; `close` stops both. */
export async function startPlatform(name: string): Promise<Platform> {
  const artifacts = join(root, 'test-artifacts', name);
  await mkdir(artifacts, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), `charte-${name}-`));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, [join(root, 'packages/server/bin/charte-server.js')], {
    env: { PATH: process.env.PATH ?? '', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 200; i++) {
    if (
      await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser: Browser = await launchChromium();
  // axe is injected by the test, not by the app: only the test bypasses the page's CSP.
  const context = await browser.newContext({
    locale: 'fr-CA',
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
  });
  return {
    base,
    browser,
    context,
    artifacts,
    async close() {
      await context.close();
      await browser.close();
      if (server.exitCode === null) {
        await new Promise<void>((resolve) => {
          server.once('exit', () => resolve());
          server.kill('SIGTERM');
        });
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Page problems a user would meet: console errors and uncaught exceptions. */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    // Asking for the current session while logged out is answered 401, which Chromium logs.
    const probe = m.location().url.endsWith('/api/me') && m.text().includes('401');
    if (m.type() === 'error' && !probe) problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

/** axe-core's serious and critical findings on the page as it stands. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe.run(),
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
}

/** Logs in from the French login page with a demo account. */
export async function logIn(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByLabel('Adresse courriel').fill(email);
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByLabel('Adresse courriel').waitFor();
}
