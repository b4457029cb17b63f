/**
 * Browser flows through the real server and the built web app: every demo role signs in, visits
 * every page (Danish headings, zero axe violations), and signs out; an admin edits an urban area;
 * the sign-in form works with the keyboard alone.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeInBrowser, settled, signIn, signOut } from './helpers.ts';

const roles = [
  { email: 'admin@demo.example', mayEditRegistry: true, seesPeople: true },
  { email: 'sagsbehandler@demo.example', mayEditRegistry: false, seesPeople: true },
  { email: 'boligorganisation@demo.example', mayEditRegistry: false, seesPeople: true },
  { email: 'aab@demo.example', mayEditRegistry: false, seesPeople: true },
  { email: 'forum@demo.example', mayEditRegistry: false, seesPeople: true },
  { email: 'fond@demo.example', mayEditRegistry: false, seesPeople: true },
  { email: 'forsker@demo.example', mayEditRegistry: false, seesPeople: false },
];

describeInBrowser('the web app in Chromium', (b) => {
  async function check(page: Page, where: string, heading: string | RegExp): Promise<void> {
    await settled(page);
    const h1 = page.locator('h1');
    await expect.poll(() => h1.count()).toBe(1);
    await expect.poll(() => h1.textContent()).toMatch(heading);
    await expect.poll(() => page.title()).toContain((await h1.textContent())!);
    await b.expectAccessible(page, where);
  }

  async function nav(page: Page, name: string): Promise<void> {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name, exact: true }).click();
  }

  test('the sign-in page lists the demo users with their roles; choosing one fills the form', async () => {
    await b.withPage(async (page, errors) => {
      await page.goto('/');
      await page.waitForURL('**/log-ind');
      await check(page, 'sign-in', 'Log ind i Boligsocial');
      expect(await page.locator('html').getAttribute('lang')).toBe('da');
      const demo = page.locator('button.demo-user');
      await expect.poll(() => demo.count()).toBe(7);
      await expect.poll(() => page.getByRole('cell', { name: 'Forsker', exact: true }).count()).toBe(1);
      await page.locator('button.demo-user[data-email="fond@demo.example"]').click();
      expect(await page.getByLabel('E-mail').inputValue()).toBe('fond@demo.example');
      expect(await page.getByLabel('Adgangskode').inputValue()).toBe('demo');

      // A wrong password: an announced error, inline on the field, and still accessible.
      await page.getByLabel('Adgangskode').fill('wrong');
      await page.getByRole('button', { name: 'Log ind' }).click();
      await page.locator('.error-summary').waitFor();
      expect(await page.locator('.form-group.form-error .form-error-message').count()).toBe(1);
      await b.expectAccessible(page, 'sign-in with an error');
      expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
    });
  }, 60_000);

  test('the sign-in form works with the keyboard alone', async () => {
    await b.withPage(async (page) => {
      await page.goto('/log-ind');
      await settled(page);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toContain('skipnav');
      let onEmail = false;
      for (let i = 0; i < 15 && !onEmail; i++) {
        await page.keyboard.press('Tab');
        onEmail = await page.evaluate(() => document.activeElement?.id === 'signin-email');
      }
      expect(onEmail, 'Tab reaches the e-mail field').toBe(true);
      await page.keyboard.type('forum@demo.example');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('signin-password');
      await page.keyboard.type('demo');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Overblik' }).waitFor();

      // The main menu is reachable and usable with the keyboard too.
      const link = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Byområder' });
      await link.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Byområder' }).waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    });
  }, 60_000);

  for (const role of roles) {
    test(`${role.email} visits every page and signs out`, async () => {
      await b.withPage(async (page, errors) => {
        await signIn(page, role.email);
        await check(page, 'overview', 'Overblik');
        await expect.poll(() => page.locator('main').textContent()).toContain('heraf udsatte byområder: 6');

        await nav(page, 'Byområder');
        await check(page, 'urban areas', 'Byområder');
        expect(await page.getByRole('row', { name: /Østerbro/ }).textContent()).toContain('Eksempeldata');
        expect(await page.getByRole('row', { name: /Bispebjerg/ }).textContent()).toContain('Bispebjerg/Nordvest');

        await page.getByRole('link', { name: 'Nørrebro', exact: true }).click();
        await check(page, 'urban area', 'Nørrebro');
        await page.getByRole('heading', { level: 2, name: 'Boligsocialt Forum' }).waitFor();
        await expect.poll(() => page.locator('main').textContent()).toContain('Mjølnerparken');
        await expect.poll(() => page.locator('main').textContent()).toContain('Arbejdsgruppe: Børn, unge og beskæftigelse');
        if (role.seesPeople) {
          await expect.poll(() => page.locator('main').textContent()).toContain('Anne Holm');
          expect(await page.locator('.example-tag').count()).toBeGreaterThan(0);
        } else {
          expect(await page.locator('main').textContent()).not.toContain('Anne Holm');
        }
        const editButton = page.getByRole('link', { name: 'Redigér Nørrebro', exact: true });
        expect(await editButton.count()).toBe(role.mayEditRegistry ? 1 : 0);

        await nav(page, 'Boligorganisationer');
        await check(page, 'housing organisations', 'Boligorganisationer');
        await page.getByRole('link', { name: 'fsb', exact: true }).click();
        await check(page, 'housing organisation', 'fsb');
        await expect.poll(() => page.locator('main').textContent()).toContain('Bispeparken');
        const mayEditFsb = role.email === 'admin@demo.example' || role.email === 'boligorganisation@demo.example';
        expect(await page.getByRole('link', { name: 'Redigér fsb', exact: true }).count()).toBe(mayEditFsb ? 1 : 0);

        await nav(page, 'Forvaltninger og udvalg');
        await check(page, 'administrations and committees', 'Forvaltninger og udvalg');
        const main = (await page.locator('main').textContent()) ?? '';
        expect(main).toContain('Teknik- og Miljøforvaltningen');
        expect(main).toContain('Økonomiudvalget');
        expect(main).toContain('Borgerrepræsentationen');
        expect(await page.getByRole('link', { name: /Redigér/ }).count() > 0).toBe(role.mayEditRegistry);

        await nav(page, 'Puljeperioder');
        await check(page, 'funding periods', 'Puljeperioder');
        await page.getByRole('link', { name: '2011–14' }).click();
        await check(page, 'funding period', 'Periode 2011–14');
        expect(await page.locator('.interface-tag').count()).toBe(5);

        if (role.email === 'admin@demo.example') {
          await page.getByRole('button', { name: 'Switch to English' }).click();
          await page.getByRole('heading', { level: 1, name: 'Period 2011–14' }).waitFor();
          expect(await page.locator('html').getAttribute('lang')).toBe('en');
          await check(page, 'funding period in English', 'Period 2011–14');
          await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Overview' }).click();
          await check(page, 'overview in English', 'Overview');
          await page.getByRole('button', { name: 'Skift til dansk' }).click();
          await page.getByRole('heading', { level: 1, name: 'Overblik' }).waitFor();
          expect(await page.locator('html').getAttribute('lang')).toBe('da');
        }

        await signOut(page);
        await check(page, 'signed out', 'Log ind i Boligsocial');
        await page.goto('/byomraader');
        await page.waitForURL('**/log-ind');
        expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
      });
    }, 90_000);
  }

  test('an admin edits an urban area: an empty name is an inline error, aliases are saved', async () => {
    await b.withPage(async (page) => {
      await signIn(page, 'admin@demo.example');
      await nav(page, 'Byområder');
      await page.getByRole('link', { name: 'Valby/Vigerslev', exact: true }).click();
      await settled(page);
      await page.getByRole('link', { name: 'Redigér Valby/Vigerslev', exact: true }).click();
      await check(page, 'edit urban area', 'Redigér Valby/Vigerslev');

      await page.getByLabel('Navn', { exact: true }).fill('  ');
      await page.getByRole('button', { name: 'Gem' }).click();
      const summary = page.locator('.error-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toContain('Udfyld navn');
      expect(await page.locator('#urban-area-name-error').textContent()).toContain('Udfyld navn');
      const nameGroup = page.locator('.form-group.form-error', { has: page.locator('#urban-area-name') });
      await nameGroup.locator('.form-error-message').waitFor();
      expect(await page.locator('#urban-area-name').getAttribute('aria-invalid')).toBe('true');
      await b.expectAccessible(page, 'edit form with errors');
      // The summary links to the field.
      await summary.getByRole('link').first().click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('urban-area-name');

      await page.getByLabel('Navn', { exact: true }).fill('Valby/Vigerslev');
      await page.getByLabel('Alternativt navn 1').fill('Valby');
      await page.getByRole('button', { name: 'Tilføj alternativt navn' }).click();
      await page.getByLabel('Alternativt navn 2').fill('Vigerslev');
      await page.getByRole('button', { name: 'Gem' }).click();
      await page.getByRole('heading', { level: 1, name: 'Valby/Vigerslev' }).waitFor();
      await expect.poll(() => page.locator('dl.facts').textContent()).toContain('Valby, Vigerslev');
    });
  }, 60_000);

  test('a stale edit (someone else saved first) asks the user to reload', async () => {
    await b.withPage(async (page) => {
      await signIn(page, 'admin@demo.example');
      await nav(page, 'Byområder');
      await page.getByRole('link', { name: 'Amager/Sundby', exact: true }).click();
      await settled(page);
      await page.getByRole('link', { name: 'Redigér Amager/Sundby', exact: true }).click();
      await settled(page);
      // Someone else changes the area meanwhile (same session, through the API).
      await page.evaluate(async () => {
        const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
        const list = (await (await fetch('/api/urban-areas?q=Amager')).json()) as { items: { id: string; version: number }[] };
        const area = list.items[0]!;
        await fetch(`/api/urban-areas/${area.id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken, 'if-match': `"${area.version}"` },
          body: JSON.stringify({ aliases: ['Amager'] }),
        });
      });
      await page.getByLabel('Alternativt navn 1').fill('Sundby');
      await page.getByRole('button', { name: 'Gem' }).click();
      await page.getByRole('heading', { name: 'Nogen har ændret dette – genindlæs' }).waitFor();
      await b.expectAccessible(page, 'stale edit');
      await page.getByRole('button', { name: 'Genindlæs' }).click();
      await expect.poll(() => page.getByLabel('Alternativt navn 1').inputValue()).toBe('Amager');
    });
  }, 60_000);
});
