/**
 * Browser flows for editing the registry: housing staff edit their own organisation's estates (and
 * only those), a forum member adds, edits and removes a forum member and adds and removes a
 * working group, an admin changes a funding period's rules (and meets FIN-MUNICIPAL-SPLIT inline),
 * adds an intervention area, creates an urban area and renames an administration. Every page and
 * form state: zero axe violations.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeInBrowser, settled, signIn } from './helpers.ts';

describeInBrowser('editing the registry in Chromium', (b) => {
  async function withPage(run: (page: Page) => Promise<void>): Promise<void> {
    await b.withPage(async (page, errors) => {
      await run(page);
      // 4xx answers that the forms show inline are logged by the browser; nothing else may fail.
      expect(errors.filter((e) => !/status of (400|401|412|422)/.test(e))).toEqual([]);
    });
  }

  async function heading(page: Page, name: string): Promise<void> {
    await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
    await settled(page);
  }

  const nav = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name, exact: true }).click();
  /** The announced success message (inside the polite live region). */
  const success = (page: Page) => page.locator('[aria-live="polite"] .alert-success');

  test('housing staff edit an fsb estate and see no edit button on an AAB estate', async () => {
    await withPage(async (page) => {
      await signIn(page, 'boligorganisation@demo.example');
      await nav(page, 'Byområder');
      await page.getByRole('link', { name: 'Nørrebro', exact: true }).click();
      await heading(page, 'Nørrebro');
      await page.getByRole('row', { name: /Aldersrogade/ }).waitFor();
      expect(await page.getByRole('row', { name: /Aldersrogade/ }).getByRole('link', { name: /Redigér/ }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Redigér Blågården', exact: true }).count()).toBe(1);
      // Housing staff are not forum members: no forum editing.
      expect(await page.getByRole('link', { name: 'Tilføj medlem' }).count()).toBe(0);
      await b.check(page, 'urban area with estate edit links');

      await page.getByRole('link', { name: 'Redigér Blågården', exact: true }).click();
      await heading(page, 'Redigér afdelingen Blågården');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      // Only the user's own organisation can own the estate.
      expect(await page.getByLabel('Boligorganisation').locator('option').allTextContents()).toEqual(['fsb']);
      await b.check(page, 'edit estate');

      await page.getByLabel('Boliger').fill('mange');
      await page.getByRole('button', { name: 'Gem' }).click();
      await page.locator('.error-summary').waitFor();
      expect(await page.locator('#estate-dwellings-error').textContent()).toContain('Skriv et helt tal');
      expect(await page.getByLabel('Boliger').getAttribute('aria-invalid')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
      await b.check(page, 'edit estate with an error');

      await page.getByLabel('Boliger').fill('512');
      await page.keyboard.press('Enter');
      await heading(page, 'Nørrebro');
      await success(page).waitFor();
      expect(await success(page).textContent()).toContain('Ændringerne er gemt.');
      await expect.poll(() => page.getByRole('row', { name: /Blågården/ }).textContent()).toContain('512');
      await b.check(page, 'urban area after saving an estate');

      // A new estate for fsb, from the organisation's page.
      await page.getByRole('link', { name: 'fsb', exact: true }).first().click();
      await heading(page, 'fsb');
      await page.getByRole('link', { name: 'Tilføj afdeling' }).click();
      await heading(page, 'Tilføj afdeling');
      await page.getByRole('button', { name: 'Tilføj afdeling' }).click();
      await page.locator('.error-summary').waitFor();
      const summary = (await page.locator('.error-summary').textContent()) ?? '';
      expect(summary).toContain('Udfyld navn');
      expect(summary).toContain('Vælg byområde');
      await b.check(page, 'new estate with errors');
      await page.getByLabel('Navn', { exact: true }).fill('Lundtoftegade');
      await page.getByLabel('Byområde').selectOption({ label: 'Nørrebro' });
      await page.getByLabel('Boliger').fill('400');
      await page.getByRole('button', { name: 'Tilføj afdeling' }).click();
      await heading(page, 'fsb');
      await success(page).waitFor();
      expect(await success(page).textContent()).toContain('Afdelingen Lundtoftegade er tilføjet.');
      await page.getByRole('row', { name: /Lundtoftegade/ }).waitFor();
    });
  }, 60_000);

  test('a forum member adds, edits and removes a member of the Nørrebro forum', async () => {
    await withPage(async (page) => {
      await signIn(page, 'forum@demo.example');
      await nav(page, 'Byområder');
      await page.getByRole('link', { name: 'Nørrebro', exact: true }).click();
      await heading(page, 'Nørrebro');
      await page.getByRole('link', { name: 'Tilføj medlem' }).click();
      await heading(page, 'Tilføj medlem til forummet i Nørrebro');
      await b.check(page, 'add forum member');

      await page.getByRole('button', { name: 'Tilføj medlem' }).click();
      await page.locator('.error-summary').waitFor();
      expect(await page.locator('.form-group.form-error').count()).toBe(3);
      await b.check(page, 'add forum member with errors');

      await page.getByLabel('Person').fill('Sara Testesen');
      await page.getByLabel('Organisation').fill('Nørrebro Lokaludvalg');
      await page.getByLabel('Rolle i forummet').fill('Medlem');
      await page.getByRole('button', { name: 'Tilføj medlem' }).click();
      await heading(page, 'Nørrebro');
      await success(page).waitFor();
      expect(await success(page).textContent()).toContain('Sara Testesen er tilføjet til forummet.');
      const row = page.getByRole('row', { name: /Sara Testesen/ });
      await row.waitFor();
      await b.check(page, 'urban area with the new member');

      await page.getByRole('link', { name: 'Redigér Sara Testesen', exact: true }).click();
      await heading(page, 'Redigér Sara Testesen');
      await page.getByLabel('Rolle i forummet').fill('Næstformand');
      await page.getByRole('button', { name: 'Gem' }).click();
      await heading(page, 'Nørrebro');
      await expect.poll(() => row.textContent()).toContain('Næstformand');

      // Removing asks first; Escape cancels and returns focus to the button.
      const remove = page.getByRole('button', { name: 'Fjern Sara Testesen', exact: true });
      await remove.click();
      const dialog = page.getByRole('dialog', { name: 'Fjern Sara Testesen?' });
      await dialog.waitFor();
      await b.check(page, 'remove confirmation');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Fjern Sara Testesen');
      expect(await row.count()).toBe(1);

      await remove.click();
      await dialog.getByRole('button', { name: 'Ja, fjern medlemmet' }).click();
      await row.waitFor({ state: 'detached' });
      await page.locator('[aria-live="polite"] .alert-success', { hasText: 'Sara Testesen er fjernet fra' }).waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Medlemmer af forummet');
      await b.check(page, 'urban area after removing a member');

      // FORUM-MEMBERS: without a representative of an administration, the forum page says who is missing.
      const representative = page.getByRole('row', { name: /Børne- og Ungdomsforvaltningen/ });
      await representative.getByRole('button', { name: /^Fjern / }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Ja, fjern medlemmet' }).click();
      await representative.waitFor({ state: 'detached' });
      await page.getByRole('link', { name: /^Forummets side/ }).click();
      const missing = page.getByRole('status', { name: 'Forummet mangler repræsentanter' });
      await missing.waitFor();
      expect(await missing.textContent()).toContain('Børne- og Ungdomsforvaltningen');
      expect(await missing.textContent()).toContain('FORUM-MEMBERS');
      await b.check(page, 'forum page with a FORUM-MEMBERS warning');
      await page.goBack();
      await heading(page, 'Nørrebro');

      // And a working group.
      await page.getByRole('link', { name: 'Tilføj arbejdsgruppe' }).click();
      await heading(page, 'Tilføj arbejdsgruppe i Nørrebro');
      await page.getByLabel('Navn', { exact: true }).fill('Arbejdsgruppe: Tryghed');
      await page.getByRole('button', { name: 'Tilføj arbejdsgruppe' }).click();
      await heading(page, 'Nørrebro');
      const groupRow = page.getByRole('row', { name: /Arbejdsgruppe: Tryghed/ });
      await groupRow.waitFor();

      // …and removes it again, after confirming.
      await page.getByRole('button', { name: 'Fjern Arbejdsgruppe: Tryghed', exact: true }).click();
      const groupDialog = page.getByRole('dialog', { name: 'Fjern Arbejdsgruppe: Tryghed?' });
      await groupDialog.waitFor();
      await b.check(page, 'remove working group confirmation');
      await groupDialog.getByRole('button', { name: 'Ja, fjern arbejdsgruppen' }).click();
      await groupRow.waitFor({ state: 'detached' });
      await page.locator('[aria-live="polite"] .alert-success', { hasText: 'Arbejdsgruppen Arbejdsgruppe: Tryghed er fjernet fra' }).waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Arbejdsgrupper');
      await b.check(page, 'urban area after removing a working group');
    });
  }, 60_000);

  test("an admin edits the municipality's own parameters and sees FIN-MUNICIPAL-SPLIT inline; the fund adds an intervention area", async () => {
    await withPage(async (page) => {
      await signIn(page, 'admin@demo.example');
      await nav(page, 'Puljeperioder');
      await page.getByRole('link', { name: '2011–14' }).click();
      await heading(page, 'Periode 2011–14');
      // PERIOD-OWNER: the fund's parameters are not the admin's to edit, the municipality's are.
      expect(await page.getByRole('link', { name: /Redigér regler/ }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Tilføj indsatsområde' }).count()).toBe(0);
      await page.getByRole('link', { name: /Redigér kommunens parametre/ }).click();
      await heading(page, 'Redigér kommunens parametre for 2011–14');
      const cap = page.getByLabel('Kommunal medfinansiering, højst');
      const facilitation = page.getByLabel('Heraf til facilitering');
      expect(await cap.inputValue()).toBe('12,50');
      expect(await facilitation.inputValue()).toBe('1,90');
      await b.check(page, 'edit municipal parameters');

      await cap.fill('12,555');
      await page.getByRole('button', { name: 'Gem' }).click();
      await page.locator('.error-summary').waitFor();
      expect(await page.locator('#municipal-rules-rules-municipalCapBp-error').textContent()).toContain('højst to decimaler');

      await cap.fill('12,50');
      await facilitation.fill('1,00');
      await page.getByRole('button', { name: 'Gem' }).click();
      const splitError = page.locator('#municipal-rules-rules-municipalContractPartBp-error');
      await splitError.waitFor();
      expect(await splitError.textContent()).toContain('giver tilsammen 11,60 %');
      expect(await page.locator('.error-summary').textContent()).toContain('(12,50 %)');
      await b.check(page, 'edit municipal parameters with FIN-MUNICIPAL-SPLIT');
      // The summary links to the field.
      await page.locator('.error-summary').getByRole('link').first().click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('municipal-rules-rules-municipalContractPartBp');

      await page.getByLabel('Heraf efter samarbejdskontrakterne').fill('11,50');
      await page.getByRole('button', { name: 'Gem' }).click();
      await heading(page, 'Periode 2011–14');
      await success(page).waitFor();
      await expect.poll(() => page.getByRole('row', { name: /Heraf efter samarbejdskontrakterne/ }).textContent()).toContain('11,50 %');
      await expect.poll(() => page.getByRole('row', { name: /Heraf til facilitering/ }).textContent()).toContain('1,00 %');
      await b.check(page, 'funding period after saving');
    });
    await withPage(async (page) => {
      await signIn(page, 'fond@demo.example');
      await nav(page, 'Puljeperioder');
      await page.getByRole('link', { name: '2015–18' }).click();
      await heading(page, 'Periode 2015–18');
      // The parameters carried over from 2011–14 say so.
      expect(await page.locator('[data-inferred]').count()).toBe(4);
      await page.getByRole('link', { name: 'Tilføj indsatsområde' }).click();
      await heading(page, 'Tilføj indsatsområde til 2015–18');
      await b.check(page, 'add intervention area');
      await page.getByLabel('Navn', { exact: true }).fill('Klima og bæredygtighed');
      await page.getByLabel('Kommunal grænseflade').check();
      await page.getByRole('button', { name: 'Tilføj indsatsområde' }).click();
      await heading(page, 'Periode 2015–18');
      await success(page).waitFor();
      expect(await page.getByRole('row', { name: /Klima og bæredygtighed/ }).textContent()).toContain('Kommunal grænseflade');
    });
  }, 90_000);

  test('an admin creates an urban area and renames an administration', async () => {
    await withPage(async (page) => {
      await signIn(page, 'admin@demo.example');
      await nav(page, 'Byområder');
      await heading(page, 'Byområder');
      await page.getByRole('link', { name: 'Opret byområde' }).click();
      await heading(page, 'Opret byområde');
      await b.check(page, 'new urban area');
      await page.getByRole('button', { name: 'Opret byområde' }).click();
      await page.locator('.error-summary').waitFor();
      expect(await page.locator('#urban-area-name-error').textContent()).toContain('Udfyld navn');
      await b.check(page, 'new urban area with an error');
      await page.getByLabel('Navn', { exact: true }).fill('Sydhavn');
      await page.getByLabel('Alternativt navn 1').fill('Kongens Enghave');
      await page.getByRole('button', { name: 'Opret byområde' }).click();
      await heading(page, 'Sydhavn');
      await success(page).waitFor();
      expect(await success(page).textContent()).toContain('Sydhavn er oprettet.');
      expect(await page.locator('dl.facts').textContent()).toContain('Kongens Enghave');

      await nav(page, 'Forvaltninger og udvalg');
      await heading(page, 'Forvaltninger og udvalg');
      await page.getByRole('link', { name: 'Redigér Teknik- og Miljøforvaltningen', exact: true }).click();
      await heading(page, 'Redigér Teknik- og Miljøforvaltningen');
      await page.getByLabel('Forkortelse').fill('');
      await page.getByRole('button', { name: 'Gem' }).click();
      await page.locator('#administration-abbreviation-error').waitFor();
      expect(await page.locator('#administration-abbreviation-error').textContent()).toContain('Udfyld forkortelse');
      await b.check(page, 'edit administration with an error');
      await page.getByLabel('Forkortelse').fill('TMF');
      await page.getByRole('button', { name: 'Gem' }).click();
      await heading(page, 'Forvaltninger og udvalg');
      await success(page).waitFor();
    });
  }, 60_000);
});
