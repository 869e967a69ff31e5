/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser: it sees the DOM.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Recognition } from '../api/types.js';
import { monthLabel } from '../recognition/figures.js';
import { localIsoDate, schoolYear } from '../recognition/period.js';
import { DEMO_PASSWORD, logIn, type Platform, seriousViolations, startPlatform, watch } from './harness.js';

/**
 * The recognition figures as communications reads them: figures built through the API by the demo
 * accounts (in a unit and a value of their own, so that whatever the demo holds already does not
 * matter), then the page's totals, charts and tables against the API's own figures, the period in the
 * address and the CSV link, a reload, and the English page. Screenshots go to
 * test-artifacts/recognition/.
 */
const UNIT = 'École des Hirondelles';
const VALUE = 'Entraide numérique';
const EXCLUDING = { from: '2000-01-01', to: '2000-12-31' };

let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform('recognition');
}, 180_000);

afterAll(async () => {
  await platform?.close();
});

type Call = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/** The API as a demo account: its session cookie, and the CSRF token the app sends on mutations. */
async function as(email: string): Promise<Call> {
  const login = await fetch(`${platform.base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return async <T>(method: string, path: string, body?: unknown) => {
    const response = await fetch(`${platform.base}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
}

const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
function totals(r: Recognition) {
  return {
    proposed: sum(r.byUnit.map((u) => u.proposed)),
    approved: sum(r.byUnit.map((u) => u.approved)),
    showcased: sum(r.byUnit.map((u) => u.showcased)),
    kudos: sum(r.kudos.map((k) => k.count)),
    ideas: sum(r.ideasAdopted.map((i) => i.count)),
  };
}

/** The figures of a table row, by the text of its row header. */
async function rowFigures(page: Page, table: string, row: string): Promise<string[]> {
  return page
    .getByRole('table', { name: table, exact: true })
    .getByRole('row', { name: new RegExp(`^${row} `) })
    .getByRole('cell')
    .allTextContents();
}

const tile = (page: Page, label: string) =>
  page.locator('.recognition-tile').filter({ hasText: label }).locator('dd').textContent();

/** How many pixels of each chart's canvas are drawn (not transparent). */
const drawnPixels = (page: Page) =>
  page.locator('canvas[role="img"]').evaluateAll((canvases) =>
    canvases.map((node) => {
      const canvas = node as HTMLCanvasElement;
      const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      let drawn = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) drawn++;
      return drawn;
    }),
  );

describe('the recognition figures in Chromium', () => {
  it('charts the figures of a period, keeps the period in the address, and reads in English', async () => {
    const admin = await as('admin@demo.local');
    const staff = await as('staff@demo.local');
    const comms = await as('comms@demo.local');
    const reviewer = await as('reviewer@demo.local');
    const before = totals(await comms<Recognition>('GET', '/api/recognition'));

    // A unit and a value of this test's own, next to whatever the demo holds.
    const org = await admin<{ values: string[] }>('GET', '/api/organization');
    await admin('PATCH', '/api/organization', { values: [...org.values.filter((v) => v !== VALUE), VALUE] });
    const unit = await admin<{ id: string }>('POST', '/api/units', { name: UNIT });

    // Staff proposes three initiatives; communications approves two and showcases one.
    const propose = (title: string) =>
      staff<{ id: string }>('POST', '/api/initiatives', {
        title,
        description: 'Des élèves racontent leurs projets d’entraide.',
        platforms: ['Instagram'],
        audience: 'Parents',
        unitId: unit.id,
        values: [VALUE],
        studentsAppear: false,
        publicOk: true,
      });
    const [a, b] = [await propose('Entraide en ligne'), await propose('Tutorat vidéo')];
    await propose('Capsules de lecture');
    for (const initiative of [a, b]) {
      await comms('POST', `/api/initiatives/${initiative.id}/review`, {
        decision: 'approve',
        message: 'Bravo, approuvée !',
      });
    }
    await comms('POST', `/api/initiatives/${a.id}/showcase`, { showcased: true });
    // Three kudos, and one idea adopted.
    await reviewer('POST', `/api/initiatives/${a.id}/kudos`, { message: 'Merci !' });
    await reviewer('POST', `/api/initiatives/${b.id}/kudos`, {});
    await admin('POST', `/api/initiatives/${a.id}/kudos`, {});
    const idea = await staff<{ id: string }>('POST', '/api/ideas', {
      title: 'Un mur des réussites',
      body: 'Afficher les initiatives mises en vitrine.',
    });
    await comms('POST', `/api/ideas/${idea.id}/answer`, {
      status: 'adopted',
      answer: 'Adoptée pour janvier.',
    });

    const figures = await comms<Recognition>('GET', '/api/recognition');
    const after = totals(figures);
    expect(after).toEqual({
      proposed: before.proposed + 3,
      approved: before.approved + 2,
      showcased: before.showcased + 1,
      kudos: before.kudos + 3,
      ideas: before.ideas + 1,
    });

    // Communications opens the page: every figure of the demo and of this test, with no period.
    const page = await platform.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const problems = watch(page);
    await logIn(page, platform.base, 'comms@demo.local');
    await page.getByRole('link', { name: 'Reconnaissance', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Reconnaissance' }).waitFor();
    expect(await page.getByRole('link', { name: 'Tout', exact: true }).getAttribute('aria-current')).toBe(
      'true',
    );
    await page.getByRole('table', { name: 'Initiatives par unité', exact: true }).waitFor();

    // The tiles are the API's totals.
    expect(await tile(page, 'Proposées')).toBe(String(after.proposed));
    expect(await tile(page, 'Approuvées')).toBe(String(after.approved));
    expect(await tile(page, 'En vitrine')).toBe(String(after.showcased));
    expect(await tile(page, 'Bravos donnés')).toBe(String(after.kudos));
    expect(await tile(page, 'Idées adoptées')).toBe(String(after.ideas));

    // The tables hold this test's figures, and this month's as the API counts them.
    expect(await rowFigures(page, 'Initiatives par unité', UNIT)).toEqual(['3', '2', '1']);
    expect(await rowFigures(page, 'Initiatives par valeur', VALUE)).toEqual(['3', '2', '1']);
    const month = new Date().toISOString().slice(0, 7);
    const thisMonth = figures.byUnit.filter((u) => u.month === month);
    expect(await rowFigures(page, 'Initiatives par mois', monthLabel('fr', month))).toEqual(
      (['proposed', 'approved', 'showcased'] as const).map((f) => String(sum(thisMonth.map((u) => u[f])))),
    );
    expect(await rowFigures(page, 'Bravos et idées adoptées par mois', monthLabel('fr', month))).toEqual([
      String(sum(figures.kudos.filter((k) => k.month === month).map((k) => k.count))),
      String(sum(figures.ideasAdopted.filter((i) => i.month === month).map((i) => i.count))),
    ]);

    // Four charts are drawn, each named by its figures in words.
    const charts = page.locator('canvas[role="img"]');
    await expect.poll(() => charts.count()).toBe(4);
    await expect.poll(async () => (await drawnPixels(page)).every((n) => n > 500)).toBe(true);
    const overTime = await charts.nth(0).getAttribute('aria-label');
    expect(overTime).toContain('Graphique : initiatives par mois');
    expect(overTime).toContain(
      `proposées : ${after.proposed}, approuvées : ${after.approved}, en vitrine : ${after.showcased}`,
    );
    expect(await charts.nth(1).getAttribute('aria-label')).toContain(
      `${UNIT} (proposées : 3, approuvées : 2, en vitrine : 1)`,
    );
    expect(await charts.nth(3).getAttribute('aria-label')).toContain(
      `bravos donnés : ${after.kudos}, idées adoptées : ${after.ideas}`,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(platform.artifacts, '01-all.png'), fullPage: true });

    // A backwards period is refused at its end field, in words tied to it; the address stays.
    const from = page.getByLabel('Du', { exact: true });
    const to = page.getByLabel('Au', { exact: true });
    await from.fill('2026-05-01');
    await to.fill('2026-01-01');
    await page.getByRole('button', { name: 'Appliquer' }).click();
    await expect.poll(() => to.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await to.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).toBe(
      'La date de fin doit être le même jour que la date de début ou après.',
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('to');
    expect(new URL(page.url()).search).toBe('');
    expect(await seriousViolations(page)).toEqual([]);

    // A period without any figure: the empty state, in the address and in the CSV link.
    await from.fill(EXCLUDING.from);
    await to.fill(EXCLUDING.to);
    await page.getByRole('button', { name: 'Appliquer' }).click();
    await page.getByText('Aucune donnée pour cette période.').waitFor();
    expect(await to.getAttribute('aria-invalid')).toBeNull();
    expect(new URL(page.url()).search).toBe(`?from=${EXCLUDING.from}&to=${EXCLUDING.to}`);
    expect(await charts.count()).toBe(0);
    const csv = page.getByRole('link', { name: 'Télécharger en CSV' });
    const csvHref = await csv.getAttribute('href');
    expect(csvHref).toBe(`/api/recognition.csv?from=${EXCLUDING.from}&to=${EXCLUDING.to}`);
    const download = await page.request.get(`${platform.base}${csvHref}`);
    expect(download.status()).toBe(200);
    // Only the header line: the CSV holds the same (empty) period.
    expect((await download.text()).trim().split('\r\n')).toHaveLength(1);
    await page.getByText('Période affichée : du 1er janvier 2000 au 31 décembre 2000.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(platform.artifacts, '02-empty-period.png'), fullPage: true });

    // A reload keeps the period.
    await page.reload();
    await page.getByText('Aucune donnée pour cette période.').waitFor();
    expect(new URL(page.url()).search).toBe(`?from=${EXCLUDING.from}&to=${EXCLUDING.to}`);
    expect(await page.getByLabel('Du', { exact: true }).inputValue()).toBe(EXCLUDING.from);
    expect(await page.getByLabel('Au', { exact: true }).inputValue()).toBe(EXCLUDING.to);

    // The school year preset: July 1 to June 30, in the address; this test's figures are in it.
    await page.getByRole('link', { name: 'Cette année scolaire', exact: true }).click();
    const year = schoolYear(localIsoDate(new Date()));
    await expect.poll(() => new URL(page.url()).search).toBe(`?from=${year.from}&to=${year.to}`);
    expect(await page.getByRole('link', { name: 'Cette année scolaire' }).getAttribute('aria-current')).toBe(
      'true',
    );
    await expect
      .poll(() => rowFigures(page, 'Initiatives par unité', UNIT).catch(() => []))
      .toEqual(['3', '2', '1']);
    expect(await page.getByRole('link', { name: 'Télécharger en CSV' }).getAttribute('href')).toBe(
      `/api/recognition.csv?from=${year.from}&to=${year.to}`,
    );
    // Twelve months on the time chart's table, months without figures included.
    expect(
      await page
        .getByRole('table', { name: 'Initiatives par mois', exact: true })
        .locator('tbody tr')
        .count(),
    ).toBe(12);

    // In English: headings, labels and months.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Recognition' }).waitFor();
    for (const heading of [
      'Period',
      'Totals for the period',
      'Initiatives by month',
      'Initiatives by unit',
      'Initiatives by value',
      'Kudos and ideas adopted by month',
    ]) {
      await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    }
    expect(await page.getByText('Show the data').count()).toBe(4);
    expect(await rowFigures(page, 'Initiatives by month', monthLabel('en', month))).toHaveLength(3);
    await expect
      .poll(() => charts.nth(0).getAttribute('aria-label'))
      .toContain('Chart: initiatives by month');
    expect(await page.getByRole('link', { name: 'This school year' }).getAttribute('aria-current')).toBe(
      'true',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(platform.artifacts, '03-school-year-en.png'), fullPage: true });

    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
