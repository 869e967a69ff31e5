/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser: it sees the DOM.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, logOut, type Platform, seriousViolations, startPlatform, watch } from './harness.js';

/**
 * Passwords as members meet them: an administrator resets a staff member's password, the member signs
 * in with the temporary one and is sent to « Mon compte » before anything else, chooses their own,
 * and uses the app; then the page in English. The built server (SQLite, demo data) in Chromium.
 * Screenshots go to test-artifacts/account/.
 */
const STAFF = 'staff@demo.local';
const STAFF_NAME = 'Personnel (démo)';
const TEMPORARY = 'temporaire-du-jour-42';
const CHOSEN = 'ma-phrase-secrete-a-moi';

let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform('account');
}, 180_000);

afterAll(async () => {
  await platform?.close();
});

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${platform.base}/`);
  await page.getByLabel('Adresse courriel').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
}

/** The error message tied to a field (aria-describedby), as a screen reader reads it. */
async function fieldError(page: Page, label: string): Promise<string | null> {
  const field = page.getByLabel(label, { exact: true });
  if ((await field.getAttribute('aria-invalid')) !== 'true') return null;
  const ids = ((await field.getAttribute('aria-describedby')) ?? '')
    .split(' ')
    .filter((id) => id.endsWith('-error'));
  return ids.length ? page.locator(`[id="${ids[0]}"]`).textContent() : null;
}

describe('passwords in Chromium', () => {
  it('resets a member’s password, sends them to change it first, then lets them in', async () => {
    const { context, artifacts, base } = platform;
    const page = await context.newPage();
    const problems = watch(page);

    // The admin resets the staff member's password from the members page.
    await logIn(page, base, 'admin@demo.local');
    await page.getByRole('link', { name: 'Membres', exact: true }).first().click();
    const row = page.getByRole('row', { name: /staff@demo\.local/ });
    await row.getByRole('button', { name: `Réinitialiser le mot de passe ${STAFF_NAME}` }).click();
    const form = page.getByRole('region', { name: `Réinitialiser le mot de passe de ${STAFF_NAME}` });
    await form.waitFor();
    expect(await form.textContent()).toContain('prochaine connexion');
    const temporary = form.getByLabel('Mot de passe temporaire');
    expect(await temporary.getAttribute('autocomplete')).toBe('new-password');
    await temporary.fill('court');
    await form.getByRole('button', { name: 'Enregistrer le mot de passe temporaire' }).click();
    expect(await fieldError(page, 'Mot de passe temporaire')).toContain('de 10 à 256 caractères');
    await temporary.fill(TEMPORARY);
    await form.getByRole('button', { name: 'Enregistrer le mot de passe temporaire' }).click();
    await page.getByText(`Mot de passe de ${STAFF_NAME} réinitialisé.`).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, '01-reset.png'), fullPage: true });

    // An account that is also a member elsewhere is the server's to reset: the page says so clearly.
    await page.route('**/api/members/*/password', (route) =>
      route.fulfill({
        status: 409,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            code: 'conflict',
            reason: 'member-elsewhere',
            message:
              'Cette personne est aussi membre d’une autre organisation : son mot de passe ne peut être réinitialisé que sur le serveur, avec `charte user passwd`.',
          },
        }),
      }),
    );
    const comms = page.getByRole('row', { name: /comms@demo\.local/ });
    await comms.getByRole('button', { name: /^Réinitialiser le mot de passe/ }).click();
    await page.getByLabel('Mot de passe temporaire').fill(TEMPORARY);
    await page.getByRole('button', { name: 'Enregistrer le mot de passe temporaire' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'aussi membre d’une autre organisation' });
    await alert.waitFor();
    expect(await alert.locator('code').textContent()).toBe('charte user passwd --email comms@demo.local');
    expect(await seriousViolations(page)).toEqual([]);
    await page.unroute('**/api/members/*/password');
    await page.getByRole('button', { name: 'Annuler' }).click();
    await logOut(page);

    // The old password no longer opens the account; the temporary one leads to « Mon compte » only.
    await page.getByLabel('Adresse courriel').fill(STAFF);
    await page.getByLabel('Mot de passe', { exact: true }).fill('demo-charte-2026');
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.getByRole('alert').waitFor();
    await signIn(page, STAFF, TEMPORARY);
    await page.waitForURL(`${base}/account`);
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('réinitialisé par l’administration');
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, '02-must-change.png'), fullPage: true });
    // Any other address leads back here until the password is changed.
    await page.goto(`${base}/ideas`);
    await page.waitForURL(`${base}/account`);
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();

    const current = page.getByLabel('Mot de passe temporaire (actuel)');
    const next = page.getByLabel('Nouveau mot de passe', { exact: true });
    const confirm = page.getByLabel('Confirmer le nouveau mot de passe');
    expect(await current.getAttribute('autocomplete')).toBe('current-password');
    expect(await next.getAttribute('autocomplete')).toBe('new-password');
    expect(await confirm.getAttribute('autocomplete')).toBe('new-password');
    // The rules are said with the field.
    const hintId = (await next.getAttribute('aria-describedby'))?.split(' ')[0];
    expect(await page.locator(`[id="${hintId}"]`).textContent()).toContain('De 10 à 256 caractères');
    const change = page.getByRole('button', { name: 'Changer le mot de passe' });

    // A wrong current password is said at its field, by the server; a mismatch at the confirmation.
    await current.fill('pas-le-bon-mot-de-passe');
    await next.fill(CHOSEN);
    await confirm.fill(CHOSEN);
    await change.click();
    await expect
      .poll(() => fieldError(page, 'Mot de passe temporaire (actuel)'))
      .toBe('Le mot de passe actuel n’est pas le bon.');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('currentPassword');
    await current.fill(TEMPORARY);
    await confirm.fill(`${CHOSEN}!`);
    await change.click();
    expect(await fieldError(page, 'Confirmer le nouveau mot de passe')).toContain('ne sont pas identiques');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, '03-errors.png'), fullPage: true });

    await confirm.fill(CHOSEN);
    await change.click();
    // Done: the app opens, and the change is announced.
    await page.waitForURL(`${base}/`);
    await page.getByRole('link', { name: 'Chartes', exact: true }).first().waitFor();
    await expect
      .poll(() => page.locator('#root > div[role="status"]').textContent())
      .toContain('Mot de passe changé');
    await page.getByRole('link', { name: 'Boîte à idées', exact: true }).first().click();
    await page.waitForURL(`${base}/ideas`);
    await logOut(page);

    // The chosen password works and asks for nothing more.
    await signIn(page, STAFF, CHOSEN);
    await page.getByRole('link', { name: 'Chartes', exact: true }).first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    // The refusals this test asked for (wrong password, the simulated conflict) are logged by Chromium.
    expect(problems.filter((p) => !/status of 40[019]/.test(p))).toEqual([]);
    await logOut(page);
    await page.close();
  });

  it('offers « Mon compte » from the header, with the profile and the password form, in French and English', async () => {
    const { context, artifacts } = platform;
    const page = await context.newPage();
    const problems = watch(page);
    await signIn(page, STAFF, CHOSEN);
    await page.getByRole('link', { name: 'Mon compte', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    expect(
      await page.getByRole('link', { name: 'Mon compte', exact: true }).getAttribute('aria-current'),
    ).toBe('page');
    expect(await page.getByRole('main').textContent()).toContain(STAFF);

    // The profile: the name others see.
    const name = page.getByLabel('Nom affiché');
    expect(await name.inputValue()).toBe(STAFF_NAME);
    await name.fill('Alex Tremblay');
    await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await page.getByText('Profil enregistré.').first().waitFor();
    await expect.poll(() => page.locator('.user-name').textContent()).toContain('Alex Tremblay');
    expect(await page.getByLabel('Mot de passe actuel').getAttribute('autocomplete')).toBe(
      'current-password',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, '04-account-fr.png'), fullPage: true });

    // In English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    for (const label of ['Display name', 'Current password', 'New password', 'Confirm the new password'])
      expect(await page.getByLabel(label, { exact: true }).count(), label).toBe(1);
    for (const button of ['Save the profile', 'Change the password'])
      expect(await page.getByRole('button', { name: button }).count(), button).toBe(1);
    expect(await page.getByRole('link', { name: 'My account', exact: true }).count()).toBe(1);
    expect(await page.getByRole('main').textContent()).toContain('10 to 256 characters');
    // A change from here keeps this session: the success is said on the page.
    await page.getByLabel('Current password', { exact: true }).fill(CHOSEN);
    await page.getByLabel('New password', { exact: true }).fill('another-long-sentence');
    await page.getByLabel('Confirm the new password', { exact: true }).fill('another-long-sentence');
    await page.getByRole('button', { name: 'Change the password' }).click();
    await page
      .getByText('Password changed. Your other sessions have ended; this one stays open.')
      .first()
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/account');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, '05-account-en.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
