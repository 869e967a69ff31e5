/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser: it sees the DOM.
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  logIn as logInAt,
  logOut,
  type Platform,
  seriousViolations,
  startPlatform,
  watch,
} from './harness.js';

/**
 * The platform as its users meet it: the built server (SQLite, demo data) and the built web app, in
 * Debian's Chromium. Communications writes, the reviewer approves, the admin publishes, and anyone
 * reads the published charter logged out. Screenshots go to test-artifacts/platform/.
 */
const PROHIBITION = 'Il est interdit de publier des photos d’élèves sans autorisation.';

let platform: Platform;
let base: string;
let browser: Browser;
let context: BrowserContext;
let artifacts: string;

beforeAll(async () => {
  platform = await startPlatform('platform');
  ({ base, browser, context, artifacts } = platform);
}, 180_000);

afterAll(async () => {
  await platform?.close();
});

const logIn = (page: Page, email: string) => logInAt(page, base, email);

async function openCharter(page: Page) {
  await page.getByRole('link', { name: 'Chartes', exact: true }).first().click();
  await page.locator('table tbody th a').first().click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

const gaugeValue = async (page: Page) => Number(await page.locator('svg .gauge-number').textContent());

describe('the platform in Chromium', () => {
  it('takes a charter from a communications edit to its public page', async () => {
    const page = await context.newPage();
    const problems = watch(page);

    // The login page shows the demo accounts, in French, and is accessible.
    await page.goto(`${base}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await expect.poll(() => page.getByText('comms@demo.local').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, '01-login.png') });

    // Communications opens a new version of the demo charter and edits the French text.
    await logIn(page, 'comms@demo.local');
    expect(await seriousViolations(page)).toEqual([]);
    await openCharter(page);
    // A new version opens straight in the editor, in the organization's language.
    await page.getByRole('button', { name: 'Nouvelle version' }).click();
    const editor = page.getByRole('textbox', { name: 'Texte de la charte (Français)' });
    await editor.waitFor();
    await expect.poll(() => page.locator('.cm-content [data-tone]').count()).toBeGreaterThan(20);
    expect(await seriousViolations(page)).toEqual([]);
    const before = await gaugeValue(page);

    // A bare prohibition typed in a new section is tinted and underlined within a second.
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('\n\n## Photos\n\n');
    const typedAt = Date.now();
    await page.keyboard.insertText(PROHIBITION);
    const tinted = page.locator('.cm-content .cm-tone-prohibition', {
      hasText: 'Il est interdit de publier des photos',
    });
    await tinted.first().waitFor({ timeout: 1_000 });
    await page.locator('.cm-lintRange').first().waitFor({ timeout: 1_000 });
    expect(Date.now() - typedAt).toBeLessThan(1_000);
    await expect.poll(() => gaugeValue(page)).toBeLessThan(before);
    const lowered = await gaugeValue(page);
    await page.screenshot({ path: join(artifacts, '02-editor-prohibition.png') });

    // Its positive rewording is applied from the panel; the balance moves back up.
    await page
      .getByRole('button', { name: /^Reformuler/ })
      .first()
      .click();
    await expect
      .poll(() => page.locator('.cm-content').textContent())
      .not.toContain('Il est interdit de publier des photos');
    await expect.poll(() => gaugeValue(page)).toBeGreaterThan(lowered);
    const reworded = (await page.locator('.cm-content .cm-line').allTextContents())
      .filter((l) => /élèves/.test(l))
      .pop();
    expect(reworded).toBeTruthy();
    await page.screenshot({ path: join(artifacts, '03-editor-reworded.png') });
    await page.keyboard.press('Control+s');
    await page.getByText(/^Enregistré/).waitFor();

    // Submit for review, from the version history.
    await page.getByRole('link', { name: 'Retour à l’historique des versions' }).click();
    await page.getByRole('button', { name: 'Soumettre à la révision' }).click();
    await page.getByText('En révision').first().waitFor();
    await logOut(page);

    // The reviewer approves with a comment.
    await logIn(page, 'reviewer@demo.local');
    await openCharter(page);
    await page.getByRole('button', { name: 'Approuver', exact: true }).click();
    await page.getByLabel('Commentaire d’approbation (facultatif)').fill('Ton chaleureux, merci !');
    await page.getByRole('button', { name: 'Confirmer l’approbation' }).click();
    await page.getByText('Ton chaleureux, merci !').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, '04-approved.png') });
    await logOut(page);

    // The admin publishes.
    await logIn(page, 'admin@demo.local');
    await openCharter(page);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Publier', exact: true }).click();
    await page.getByText('Publiée').first().waitFor();
    await page.getByRole('link', { name: 'Chartes', exact: true }).first().click();
    const publicLink = page.getByRole('link', { name: /Page publique/ }).first();
    const href = await publicLink.getAttribute('href');
    expect(href).toMatch(/^\/c\/demo\/[^/]+\/$/);
    // The admin's pages: members and the audit log, where the publication is recorded.
    await page.getByRole('link', { name: 'Membres', exact: true }).first().click();
    await page.getByText('comms@demo.local').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Journal', exact: true }).first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.locator('main').textContent()).toMatch(/publi/i);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, '05-audit.png'), fullPage: true });
    await logOut(page);

    // Anyone reads the published charter, logged out, with the reworded sentence.
    const reader = await browser.newPage({ locale: 'fr-CA' });
    const readerProblems = watch(reader);
    await reader.goto(`${base}${href}fr/index.html`);
    // The new H2 section is a new part of the charter: it has its own page in the series.
    await reader.getByRole('link', { name: 'Photos', exact: true }).first().click();
    await reader.getByRole('heading', { level: 1 }).waitFor();
    const text = await reader.locator('main').textContent();
    expect(text).toContain(reworded!.trim().slice(0, 40));
    expect(text).not.toContain('Il est interdit de publier des photos');
    expect(await seriousViolations(reader)).toEqual([]);
    await reader.screenshot({ path: join(artifacts, '06-public.png'), fullPage: true });
    // The PDF download the pages offer.
    const pdfHref = await reader.getByRole('link', { name: 'Télécharger en PDF' }).getAttribute('href');
    const pdf = await fetch(new URL(pdfHref!, reader.url()));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    expect(readerProblems).toEqual([]);
    await reader.close();

    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('takes an initiative from its proposal to the public gallery, with kudos and a notification', async () => {
    const page = await context.newPage();
    const problems = watch(page);
    // Proposed under a first title, renamed when communications asks for changes.
    const FIRST_TITLE = 'Club de lecture';
    const TITLE = 'Club de lecture sur Instagram';
    const ALT = 'Trois romans ouverts sur une table de la bibliothèque, entourés de signets colorés.';
    const CHANGES = 'Ajoutez la plateforme au titre, s’il vous plaît.';
    // Loaded here rather than at the top: this test alone needs them.
    const { default: sharp } = await import('sharp');
    const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    // A photo as a phone takes it: a JPEG that carries where it was taken in its EXIF.
    const photoDir = await mkdtemp(join(tmpdir(), 'charte-photo-'));
    const photo = join(photoDir, 'club-lecture.jpg');
    await writeFile(
      photo,
      await sharp({
        create: { width: 1200, height: 900, channels: 3, background: { r: 31, g: 111, b: 120 } },
      })
        .jpeg()
        .withExif({
          IFD0: { Make: 'Phone', Model: 'Camera' },
          IFD3: {
            GPSLatitudeRef: 'N',
            GPSLatitude: '46/1 48/1 0/1',
            GPSLongitudeRef: 'W',
            GPSLongitude: '71/1 13/1 0/1',
          },
        })
        .toBuffer(),
    );
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const naturalWidth = (img: ReturnType<Page['locator']>) =>
      img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0));

    // The admin sets the organization's values (the demo has none at first).
    await logIn(page, 'admin@demo.local');
    await page.getByRole('link', { name: 'Membres', exact: true }).first().click();
    await page.getByLabel('Valeurs (une par ligne)').fill('Bienveillance\nCréativité');
    await page.getByRole('button', { name: 'Enregistrer les valeurs' }).click();
    await page.getByText('Valeurs enregistrées.').waitFor({ state: 'attached' });
    await logOut(page);

    // Staff proposes an initiative.
    await logIn(page, 'staff@demo.local');
    await page.getByRole('link', { name: 'Initiatives', exact: true }).first().click();
    await page.getByRole('link', { name: 'Proposer une initiative' }).click();
    await page.getByRole('heading', { level: 1, name: 'Proposer une initiative' }).waitFor();
    await page.getByLabel('Titre', { exact: true }).fill(FIRST_TITLE);
    await page.getByLabel('Description', { exact: true }).fill('Les élèves partagent leurs coups de cœur.');
    await page.getByLabel('Instagram', { exact: true }).check();
    await page.getByLabel('Public visé', { exact: true }).fill('Élèves et parents');
    await page.getByLabel('Bienveillance', { exact: true }).check();
    // Students appearing asks for consent.
    await page.getByLabel('Des élèves apparaissent dans les publications').check();
    await page.getByLabel('Le consentement écrit des parents est obtenu').check();
    // An image, previewed before it is sent, with its description (asked for once a file is chosen).
    await page.getByLabel('Choisir une image').setInputFiles(photo);
    await page.getByLabel('Description de l’image').fill(ALT);
    await expect.poll(() => naturalWidth(page.locator('.image-preview img'))).toBeGreaterThan(0);
    await page.getByLabel(/J’accepte que cette initiative soit montrée/).check();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, '07-initiative-form.png'), fullPage: true });
    await page.getByRole('button', { name: 'Proposer l’initiative' }).click();
    await page.getByRole('heading', { level: 1, name: FIRST_TITLE }).waitFor();
    await page.getByText('Proposée', { exact: true }).first().waitFor();
    await expect.poll(() => naturalWidth(page.getByRole('img', { name: ALT }))).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Initiatives', exact: true }).first().click();
    await page.getByRole('link', { name: FIRST_TITLE, exact: true }).waitFor();
    // The list shows the thumbnail, described.
    await expect.poll(() => naturalWidth(page.getByRole('img', { name: ALT }))).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await logOut(page);

    // Communications asks for changes.
    await logIn(page, 'comms@demo.local');
    await page.getByRole('link', { name: 'Initiatives', exact: true }).first().click();
    await page.getByRole('link', { name: FIRST_TITLE, exact: true }).click();
    await page.getByLabel('Message à la personne qui propose').fill(CHANGES);
    await page.getByRole('button', { name: 'Demander des modifications' }).click();
    await page.getByText(CHANGES).waitFor();
    await page.getByText('Modifications demandées', { exact: true }).first().waitFor();
    await logOut(page);

    // The proposer sees the request above the initiative, edits the title and resubmits.
    await logIn(page, 'staff@demo.local');
    await page.getByRole('link', { name: 'Initiatives', exact: true }).first().click();
    await page.getByRole('link', { name: FIRST_TITLE, exact: true }).click();
    const callout = page.getByRole('region', { name: 'Des modifications sont demandées' });
    await callout.getByText(CHANGES).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await callout.getByRole('link', { name: 'Modifier l’initiative' }).click();
    await page.getByRole('heading', { level: 1, name: 'Modifier l’initiative' }).waitFor();
    const titleField = page.getByLabel('Titre', { exact: true });
    await expect.poll(() => titleField.inputValue()).toBe(FIRST_TITLE);
    expect(await page.getByLabel('Description de l’image').inputValue()).toBe(ALT);
    await expect.poll(() => naturalWidth(page.getByRole('img', { name: ALT }))).toBeGreaterThan(0);
    await titleField.fill(TITLE);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, '07b-initiative-edit.png'), fullPage: true });
    await page.getByRole('button', { name: 'Enregistrer et soumettre de nouveau' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('Proposée', { exact: true }).first().waitFor();
    expect(await page.getByRole('region', { name: 'Des modifications sont demandées' }).count()).toBe(0);
    await expect.poll(() => naturalWidth(page.getByRole('img', { name: ALT }))).toBeGreaterThan(0);
    await logOut(page);

    // Communications encourages and approves it with a message, then showcases it.
    await logIn(page, 'comms@demo.local');
    await page.getByRole('link', { name: 'Initiatives', exact: true }).first().click();
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByLabel('Message à la personne qui propose').fill('Superbe idée, bravo pour ce club !');
    await page.getByRole('button', { name: 'Encourager et approuver' }).click();
    await page.getByText('Superbe idée, bravo pour ce club !').waitFor();
    const showcase = page.getByRole('button', { name: 'Mettre en vitrine' });
    await showcase.click();
    await expect.poll(() => showcase.getAttribute('aria-pressed')).toBe('true');
    const publicHref = await page
      .getByRole('link', { name: 'Voir la page publique de l’initiative' })
      .getAttribute('href');
    expect(publicHref).toMatch(/^\/c\/demo\/initiatives\/.+/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, '08-initiative-approved.png'), fullPage: true });
    // The recognition figures count it.
    await page.getByRole('link', { name: 'Reconnaissance', exact: true }).click();
    await page.getByRole('link', { name: 'Télécharger en CSV' }).waitFor();
    await page.getByRole('rowheader', { name: 'Bienveillance' }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await logOut(page);

    // Anyone sees it in the public gallery, logged out.
    const reader = await browser.newPage({ locale: 'fr-CA' });
    const readerProblems = watch(reader);
    // The public pages declare no icon: Chromium's own /favicon.ico probe (404) is not the page's doing.
    await reader.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
    await reader.goto(`${base}/c/demo/initiatives/`);
    await reader.getByText(TITLE).first().waitFor();
    // The card shows the thumbnail with its description; the initiative's page the full image.
    const thumb = reader.getByRole('img', { name: ALT });
    await thumb.scrollIntoViewIfNeeded();
    await expect.poll(() => naturalWidth(thumb)).toBeGreaterThan(0);
    expect(await thumb.getAttribute('src')).toMatch(/thumb\.webp\?v=/);
    expect(await seriousViolations(reader)).toEqual([]);
    await reader.screenshot({ path: join(artifacts, '09-gallery.png'), fullPage: true });
    await reader.getByRole('link', { name: TITLE }).first().click();
    await reader.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const full = reader.getByRole('img', { name: ALT });
    await expect.poll(() => naturalWidth(full)).toBeGreaterThan(0);
    const fullSrc = (await full.getAttribute('src')) ?? '';
    expect(fullSrc).toMatch(/image\.webp\?v=/);
    expect(await seriousViolations(reader)).toEqual([]);
    // What the public receives carries no metadata: the photo's position stays with its author.
    const served = Buffer.from(await (await fetch(new URL(fullSrc, reader.url()))).arrayBuffer());
    const servedMeta = await sharp(served).metadata();
    expect(servedMeta.format).toBe('webp');
    expect(servedMeta.exif).toBeUndefined();
    expect(readerProblems).toEqual([]);
    await reader.close();

    // The reviewer finds it among the highlights and gives kudos.
    await logIn(page, 'reviewer@demo.local');
    await page.getByRole('link', { name: 'Mises en valeur', exact: true }).click();
    await page.getByRole('link', { name: TITLE }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: TITLE }).first().click();
    await page.getByLabel('Un mot d’encouragement (facultatif)').fill('Merci pour cette belle idée !');
    await page.getByRole('button', { name: 'Envoyer un bravo' }).click();
    await page.getByText('Merci pour cette belle idée !').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Bravos (1 bravo)' }).waitFor();
    await logOut(page);

    // The proposer sees the unread notifications and reads them.
    await logIn(page, 'staff@demo.local');
    const bell = page.getByRole('link', { name: /^Notifications \(\d+ non lues\)$/ });
    await bell.click();
    await page
      .getByText(/vous envoie un bravo/)
      .first()
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, '10-notifications.png'), fullPage: true });
    await page.getByRole('button', { name: 'Tout marquer comme lu' }).click();
    await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();

    // The ideas box: submit an idea, vote for it, change the vote.
    const IDEA = 'Un atelier photo pour les enseignants';
    await page.getByRole('link', { name: 'Boîte à idées', exact: true }).first().click();
    await page.getByLabel('Titre de l’idée').fill(IDEA);
    await page.getByLabel('Votre idée').fill('Apprendre à cadrer sans montrer les visages.');
    await page.getByRole('button', { name: 'Envoyer l’idée' }).click();
    await page.getByRole('heading', { level: 1, name: IDEA }).waitFor();
    const up = page.getByRole('button', { name: `Pour : ${IDEA}` });
    const down = page.getByRole('button', { name: `Contre : ${IDEA}` });
    await up.click();
    await expect.poll(() => up.getAttribute('aria-pressed')).toBe('true');
    await down.click();
    await expect.poll(() => down.getAttribute('aria-pressed')).toBe('true');
    expect(await up.getAttribute('aria-pressed')).toBe('false');
    await page.getByRole('link', { name: 'Boîte à idées', exact: true }).first().click();
    await page.getByRole('link', { name: IDEA }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, '11-ideas.png'), fullPage: true });
    await logOut(page);

    // Communications answers it publicly.
    await logIn(page, 'comms@demo.local');
    await page.getByRole('link', { name: 'Boîte à idées', exact: true }).first().click();
    await page.getByRole('link', { name: IDEA }).click();
    await page.getByLabel('Nouveau statut').selectOption('adopted');
    await page.getByLabel('Réponse', { exact: true }).fill('Adoptée : un premier atelier en janvier.');
    await page.getByRole('button', { name: 'Publier la réponse' }).click();
    await page.getByText('Adoptée : un premier atelier en janvier.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Communications takes the image down (a second click confirms); the public card loses it too.
    await page.getByRole('link', { name: 'Mises en valeur', exact: true }).click();
    await page.getByRole('link', { name: TITLE }).first().click();
    await page.getByRole('img', { name: ALT }).waitFor();
    await page.getByRole('button', { name: 'Retirer l’image' }).click();
    await page.getByRole('button', { name: 'Oui, retirer l’image' }).click();
    await page.getByText('L’image a été retirée.').waitFor({ state: 'attached' });
    expect(await page.getByRole('img', { name: ALT }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    const galleryHtml = await (await fetch(`${base}/c/demo/initiatives/`)).text();
    expect(galleryHtml).toContain(TITLE);
    expect(galleryHtml).not.toContain(ALT);
    await logOut(page);

    expect(problems).toEqual([]);
    await page.close();
    await rm(photoDir, { recursive: true, force: true });
  }, 180_000);
});
