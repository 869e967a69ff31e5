import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, logOut, type Platform, seriousViolations, startPlatform, watch } from './harness.js';

/**
 * Units from the administrator's side: added, renamed, given to a member, offered to initiatives and
 * deleted, all from the Members page, in Chromium against the built server.
 */
let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform('units');
}, 180_000);

afterAll(async () => {
  await platform?.close();
});

async function openMembers(page: Page) {
  await page.getByRole('link', { name: 'Membres', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Unités' }).waitFor();
}

describe('units in Chromium', () => {
  it('lets an administrator add, rename, assign and delete a unit', async () => {
    const page = await platform.context.newPage();
    const problems = watch(page);
    page.on('dialog', (dialog) => void dialog.accept());
    await logIn(page, platform.base, 'admin@demo.local');
    await openMembers(page);
    expect(await seriousViolations(page)).toEqual([]);

    // An empty name is refused at its field; a real one is added to the list.
    await page.getByRole('button', { name: 'Ajouter l’unité' }).click();
    await page.getByText('Donnez un nom à l’unité.').waitFor();
    expect(await page.getByLabel('Nom de l’unité').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Nom de l’unité').fill('École des Grands-Pins');
    await page.getByRole('button', { name: 'Ajouter l’unité' }).click();
    const unitNames = page.locator('.unit-list .unit-name');
    await expect.poll(() => unitNames.allTextContents()).toContain('École des Grands-Pins');
    expect(await page.getByLabel('Nom de l’unité').inputValue()).toBe('');

    // Renamed in place.
    await page.getByRole('button', { name: 'Renommer École des Grands-Pins' }).click();
    const rename = page.getByLabel('Nouveau nom de École des Grands-Pins');
    await rename.fill('École secondaire des Grands-Pins');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => unitNames.allTextContents()).toContain('École secondaire des Grands-Pins');
    expect(await unitNames.allTextContents()).not.toContain('École des Grands-Pins');

    // Given to the staff member, and still there after a reload.
    const unitOfStaff = page.getByLabel('Unité de Personnel (démo)');
    await unitOfStaff.selectOption({ label: 'École secondaire des Grands-Pins' });
    await page.getByText('Personnel (démo) fait maintenant partie de l’unité').waitFor({ state: 'attached' });
    await page.reload();
    await openMembers(page);
    expect(await page.getByLabel('Unité de Personnel (démo)').locator('option:checked').textContent()).toBe(
      'École secondaire des Grands-Pins',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await logOut(page);

    // The new unit is offered when a member proposes an initiative.
    await logIn(page, platform.base, 'staff@demo.local');
    await page.getByRole('link', { name: 'Initiatives', exact: true }).first().click();
    await page.getByRole('link', { name: 'Proposer une initiative' }).click();
    const unitField = page.getByLabel('Unité', { exact: true });
    const options = await unitField.locator('option').allTextContents();
    expect(options).toContain('École secondaire des Grands-Pins');
    // The member's own unit is chosen already.
    await expect
      .poll(() => unitField.locator('option:checked').textContent())
      .toBe('École secondaire des Grands-Pins');
    await logOut(page);

    // Deleted: the member keeps their membership, without a unit.
    await logIn(page, platform.base, 'admin@demo.local');
    await openMembers(page);
    await page.getByRole('button', { name: 'Supprimer École secondaire des Grands-Pins' }).click();
    await page.getByText('L’unité École secondaire des Grands-Pins a été supprimée.').waitFor({
      state: 'attached',
    });
    expect(await unitNames.allTextContents()).not.toContain('École secondaire des Grands-Pins');
    expect(await page.getByLabel('Unité de Personnel (démo)').inputValue()).toBe('');
    expect(await page.getByRole('row', { name: /Personnel \(démo\)/ }).count()).toBe(1);

    expect(problems).toEqual([]);
    await page.close();
  });
});
