/**
 * Browser flow of plans, budgets and pools through the real server and the built web app: a
 * housing-organisation user (fsb) creates a plan, adds a goal with a success criterion, changes a
 * target (original and revision shown), adds an activity and budget lines, sees FIN-MUNICIPAL-CAP
 * appear live while typing, fixes it, sees the report turn clean and saves; an admin creates a pool
 * and allocates from it, and an allocation beyond the remaining capacity is refused with
 * FIN-POOL-CAP at the field. axe reports zero violations on every page state visited.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeInBrowser, settled, signIn, signOut } from './helpers.ts';

const shots = process.env.E2E_SCREENSHOTS;

const planName = 'E2E Helhedsplan Bispeparken';
const area1 = 'Børn, unge og beskæftigelse';
const years = [2013, 2014, 2015, 2016];

describeInBrowser('plans, budgets and pools in Chromium', (b) => {
  async function check(page: Page, where: string, heading?: string | RegExp): Promise<void> {
    await b.check(page, where, heading);
    if (shots) await page.screenshot({ path: `${shots}/${String(b.axeChecks).padStart(2, '0')}-${where.replace(/\W+/g, '-')}.png`, fullPage: true });
  }

  const nav = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name, exact: true }).click();
  const report = (page: Page) => page.locator('#budget-report .rule-report-body');
  const cell = (page: Page, year: number, source: string) => page.getByLabel(`${year}, ${area1}, ${source}`, { exact: true });
  /** The API paths the page reads (GET) from now on. */
  const apiReads = (page: Page): (() => string[]) => {
    const paths: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (r.method() === 'GET' && path.startsWith('/api/')) paths.push(path);
    });
    return () => paths;
  };

  test('housing staff build a plan and its budget; an admin allocates from a pool', async () => {
    await b.withPage(async (page, errors) => {
      // --- The plan list of a housing organisation, and a new plan ------------------------------
      await signIn(page, 'boligorganisation@demo.example');
      await expect.poll(() => page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Puljer', exact: true }).count()).toBe(0);
      await nav(page, 'Planer');
      await check(page, 'plans list (housing staff)', 'Planer');
      await page.getByRole('link', { name: 'Ny plan' }).click();
      await check(page, 'new plan form', 'Ny plan');

      // Nothing filled in: inline errors and the summary.
      await page.getByRole('button', { name: 'Opret plan' }).click();
      await page.locator('.error-summary').waitFor();
      expect(await page.locator('.form-group.form-error').count()).toBeGreaterThanOrEqual(5);
      await check(page, 'new plan form with errors');

      await page.getByLabel('Planens navn').fill(planName);
      await page.getByLabel('Byområde').selectOption({ label: 'Bispebjerg (udsat byområde)' });
      await page.getByLabel('Puljeperiode').selectOption({ label: '2011–14' });
      await page.getByLabel('Startdato').fill('2013-01-01');
      // 4 years proposed from the start date.
      await expect.poll(() => page.getByLabel('Slutdato').inputValue()).toBe('2016-12-31');
      await page.getByLabel('Bispeparken (fsb)').check();
      await page.getByRole('group', { name: 'Udvalg, der skal godkende planen' }).getByRole('checkbox').first().check();
      await page.getByLabel('Områdets udfordringer').fill('Høj ledighed og mange unge uden uddannelse.');
      await page.getByRole('group', { name: 'Samarbejdende forvaltninger' }).getByRole('checkbox').first().check();
      await page.getByLabel('Dato for samarbejdsaftalen').fill('2012-11-15');
      await page.getByLabel('Reference (journalnr. eller dagsordenspunkt)').fill('BR 512/2012');
      await check(page, 'new plan form filled in');
      await page.getByRole('button', { name: 'Opret plan' }).click();

      // --- The plan page: overview and the rule report -------------------------------------------
      await page.getByRole('heading', { level: 1, name: planName }).waitFor();
      await page.getByText(`Planen ${planName} er oprettet.`).waitFor();
      const planUrl = new URL(page.url()).pathname;
      await expect.poll(() => page.locator('#plan-report [data-rule="PLAN-GOALS"]').count()).toBeGreaterThan(0);
      await expect.poll(() => page.locator('#plan-report [data-rule="FIN-FRAME"]').count()).toBeGreaterThan(0);
      expect(await page.locator('#plan-report').textContent()).toContain('Planen kan ikke indsendes');
      await check(page, 'new plan page with rule errors', planName);

      // --- A goal with a success criterion -------------------------------------------------------
      await page.getByRole('link', { name: 'Tilføj mål' }).click();
      await check(page, 'add goal form', /Tilføj mål til/);
      await page.locator('#goal-title').fill('Flere unge i uddannelse');
      await page.locator('#goal-criteria-0-description').fill('Andelen af unge i uddannelse stiger');
      await page.locator('#goal-criteria-0-indicator-name').fill('Unge 18–24 år i uddannelse');
      await page.locator('#goal-criteria-0-indicator-unit').fill('%');
      await page.locator('#goal-criteria-0-indicator-baselineValue').fill('40');
      // A baseline year that is no year: an inline error before anything is sent.
      await page.locator('#goal-criteria-0-indicator-baselineYear').fill('tolv');
      for (const [i, y] of years.entries()) await page.getByLabel(new RegExp(`^Mål ${y}`)).fill(String(42 + 2 * i));
      await page.getByRole('button', { name: 'Tilføj mål' }).click();
      await page.locator('.error-summary').waitFor();
      expect(await page.locator('#goal-criteria-0-indicator-baselineYear-error').textContent()).toContain('Skriv et årstal');
      await check(page, 'add goal form with an error');
      await page.locator('#goal-criteria-0-indicator-baselineYear').fill('2012');
      await page.getByRole('button', { name: 'Tilføj mål' }).click();
      await page.getByRole('heading', { level: 3, name: 'Flere unge i uddannelse' }).waitFor();

      // A changed target keeps its original.
      await page.getByRole('link', { name: 'Ændr mål 2014 for Unge 18–24 år i uddannelse' }).click();
      await check(page, 'change target form', /Ændr mål 2014/);
      await page.getByLabel('Nyt mål').fill('45,5');
      await page.getByLabel('Begrundelse for ændringen').fill('Ny opgørelse fra kommunen');
      await page.getByRole('button', { name: 'Gem' }).click();
      await page.getByText('oprindeligt 44').waitFor();
      await page.getByText(/2014: 44 → 45,5 den .* af Demo Boligsocial medarbejder \(fsb\)\. Begrundelse: Ny opgørelse fra kommunen/).waitFor();

      // --- An activity ---------------------------------------------------------------------------
      await page.getByRole('link', { name: 'Tilføj aktivitet' }).click();
      await check(page, 'add activity form', /Tilføj aktivitet til/);
      await page.getByLabel('Aktivitet', { exact: true }).fill('Lektiecafé');
      await page.getByLabel('Indsatsområde').selectOption({ label: `1. ${area1}` });
      await page.getByLabel('Flere unge i uddannelse').check();
      await page.getByLabel('Udføres af').selectOption({ label: 'Planens medarbejdere og en forvaltning' });
      await page.getByLabel('Forvaltning', { exact: true }).selectOption({ index: 1 });
      await page.getByRole('button', { name: 'Tilføj aktivitet' }).click();
      await page.getByRole('cell', { name: 'Lektiecafé' }).or(page.getByRole('rowheader', { name: 'Lektiecafé' })).waitFor();
      await check(page, 'plan page with goal and activity', planName);
      expect(await page.locator('#plan-report [data-rule="PLAN-GOALS"]').count()).toBe(0);

      // --- The budget: live rule report ----------------------------------------------------------
      await page.getByRole('link', { name: 'Redigér budget' }).click();
      await check(page, 'empty budget', /Budget for/);
      await expect.poll(() => report(page).getAttribute('data-errors')).not.toBe('0');
      expect(await page.locator('#budget-report').getAttribute('aria-labelledby')).toBe('budget-report-heading');
      expect(await report(page).getAttribute('aria-live')).toBe('polite');
      for (const y of years) {
        await cell(page, y, 'Landsbyggefonden').fill('750.000,00');
        await cell(page, y, 'Kommune – kontraktdel').fill('106.000,00');
        await cell(page, y, 'Kommune – faciliteringsdel').fill('19.000,00');
        await cell(page, y, 'Boligorganisationen').fill('125000');
      }
      await cell(page, 2016, 'Boligorganisationen').blur();
      // Formatted in Danish notation once the field is left.
      expect(await cell(page, 2016, 'Boligorganisationen').inputValue()).toBe('125.000,00');
      await expect.poll(() => report(page).getAttribute('data-errors')).toBe('0');
      await expect.poll(() => report(page).getAttribute('data-warnings')).toBe('0');
      expect(await page.locator('.budget-area-totals tfoot').textContent()).toContain('4.000.000,00 kr.');
      expect(await page.locator('.budget-source-totals [data-source="municipal"]').textContent()).toContain('12,5 %');
      expect(await page.locator('.budget-source-totals [data-source="local"]').textContent()).toContain('25 %');

      // Too much from the municipality: FIN-MUNICIPAL-CAP appears while typing, before any save.
      await cell(page, 2014, 'Kommune – kontraktdel').fill('500.000,00');
      await report(page).locator('[data-rule="FIN-MUNICIPAL-CAP"]').waitFor();
      expect(await report(page).locator('[data-rule="FIN-MUNICIPAL-CAP"]').textContent()).toMatch(/Kommunens andel er .* mere end 12,5 % af rammen/);
      expect(await report(page).textContent()).toContain('Planen kan ikke indsendes');
      await check(page, 'budget with FIN-MUNICIPAL-CAP live');
      if (shots) await page.screenshot({ path: `${shots}/budget-viewport-while-typing.png` });

      // English on request: the same finding in English.
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await expect.poll(() => report(page).locator('[data-rule="FIN-MUNICIPAL-CAP"]').textContent()).toMatch(/municipal share is DKK .* more than 12\.5 %/);
      await page.getByRole('button', { name: 'Skift til dansk' }).click();

      // A malformed amount: an inline error; the report keeps the last good figures.
      await cell(page, 2015, 'Andre').fill('12,345');
      await cell(page, 2015, 'Andre').blur();
      await expect.poll(() => page.locator('.budget-table td.form-error').count()).toBe(1);
      await check(page, 'budget with a malformed amount');
      await cell(page, 2015, 'Andre').fill('');

      // Fixed: the report turns clean.
      await cell(page, 2014, 'Kommune – kontraktdel').fill('106.000,00');
      await expect.poll(() => report(page).locator('[data-rule="FIN-MUNICIPAL-CAP"]').count()).toBe(0);
      await expect.poll(() => report(page).getAttribute('data-errors')).toBe('0');
      await report(page).getByText('Ingen fejl eller advarsler: reglerne er overholdt.').waitFor();
      await check(page, 'budget with a clean report');

      // The save answers the budget with the plan's new version: the plan is not read again.
      const planApi = `/api/plans/${planUrl.split('/').at(-1)}`;
      const readsAfterSave = apiReads(page);
      await page.getByRole('button', { name: 'Gem budget' }).click();
      await page.getByText('Budgettet er gemt.').waitFor();
      await expect.poll(() => cell(page, 2013, 'Landsbyggefonden').inputValue()).toBe('750.000,00');
      await check(page, 'budget saved');
      expect(readsAfterSave().filter((p) => p === planApi)).toEqual([]);

      // The XLSX export is there for the plan.
      const href = await page.getByRole('link', { name: 'Hent budgettet som regneark (XLSX)' }).getAttribute('href');
      const xlsx = await page.request.get(href!);
      expect(xlsx.status()).toBe(200);
      expect(xlsx.headers()['content-type']).toContain('spreadsheetml');

      // The plan page shows the saved budget and no errors; it reads each resource once.
      const readsOfPlanPage = apiReads(page);
      await page.goto(planUrl);
      await page.getByRole('heading', { level: 1, name: planName }).waitFor();
      await page.locator('#plan-report').getByText('Planen kan indsendes (ingen fejl).').waitFor();
      expect(await page.locator('.facts').textContent()).toContain('4.000.000,00 kr.');
      await check(page, 'plan page, budget saved', planName);
      const reads = readsOfPlanPage();
      expect(reads.filter((p) => p === `${planApi}/revisions`)).toEqual([`${planApi}/revisions`]);
      expect(reads.filter((p) => p === planApi)).toEqual([planApi]);

      // English on request: the plan page and its report.
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByRole('heading', { level: 2, name: 'Rule report' }).waitFor();
      await page.locator('#plan-report').getByText('The plan can be submitted (no errors).').waitFor();
      expect(await page.locator('.facts').textContent()).toContain('DKK 4,000,000.00');
      await check(page, 'plan page in English', planName);
      await page.getByRole('button', { name: 'Skift til dansk' }).click();
      await page.getByRole('heading', { level: 2, name: 'Regelrapport' }).waitFor();

      // The list: the new plan with its frame, municipal share and rule status.
      await nav(page, 'Planer');
      await settled(page);
      const row = page.getByRole('row').filter({ hasText: planName });
      await expect.poll(() => row.textContent()).toContain('4.000.000,00 kr.');
      expect(await row.textContent()).toContain('12,5 %');
      expect(await row.textContent()).toContain('Ingen fejl');
      await signOut(page);

      // --- An admin: pools -----------------------------------------------------------------------
      await signIn(page, 'admin@demo.example');
      await nav(page, 'Planer');
      await settled(page);
      await page.getByLabel('Byområde').selectOption({ label: 'Bispebjerg' });
      await page.getByLabel('Sortering').selectOption({ label: 'Ramme (største først)' });
      await expect.poll(() => page.url()).toContain('sort=-frame');
      await expect.poll(() => page.getByRole('row').filter({ hasText: planName }).count()).toBe(1);
      expect(await page.locator('.plan-totals').textContent()).toMatch(/Antal planer\d+/);
      await check(page, 'plans list filtered and sorted (admin)', 'Planer');

      await nav(page, 'Puljer');
      await check(page, 'pools list', 'Puljer');
      await page.getByRole('link', { name: 'Opret pulje' }).click();
      await check(page, 'new pool form', 'Opret pulje');
      await page.getByLabel('Puljens navn').fill('E2E-pulje 2013');
      await page.getByLabel('Budgetår').fill('2013');
      await page.getByLabel('Kapacitet').fill('1.000.000,00');
      // A pool serves at least one funding period (FIN-POOL-PERIOD).
      await page.getByRole('button', { name: 'Opret pulje' }).click();
      await page.locator('.error-summary').waitFor();
      await page.getByRole('group', { name: 'Bevillingsperioder' }).getByLabel('2011–14').check();
      await page.getByRole('button', { name: 'Opret pulje' }).click();
      await page.getByRole('heading', { level: 1, name: 'E2E-pulje 2013' }).waitFor();
      await check(page, 'new pool page', 'E2E-pulje 2013');

      // More than the pool holds: refused with FIN-POOL-CAP at the amount.
      await page.getByLabel('Plan', { exact: true }).selectOption({ label: `${planName} (Bispebjerg)` });
      await page.getByLabel('Beløb').fill('1.500.000,00');
      await page.getByRole('button', { name: 'Bevilg', exact: true }).click();
      await page.locator('.error-summary').waitFor();
      expect(await page.locator('#allocation-amountOre-error').textContent()).toContain('FIN-POOL-CAP');
      await check(page, 'pool allocation refused (FIN-POOL-CAP)');

      await page.getByLabel('Beløb').fill('400.000,00');
      await page.getByRole('button', { name: 'Bevilg', exact: true }).click();
      await page.getByText(`400.000,00 kr. er bevilget til ${planName}.`).waitFor();
      await expect.poll(() => page.locator('[data-amount="free"]').textContent()).toBe('600.000,00 kr.');
      expect(await page.locator('[data-amount="reserved"]').textContent()).toBe('400.000,00 kr.');
      expect(await page.locator('[data-amount="committed"]').textContent()).toBe('0,00 kr.');
      expect(await page.locator('[data-field="periods"]').textContent()).toBe('2011–14');
      expect(await page.getByRole('row').filter({ hasText: planName }).textContent()).toContain('400.000,00 kr.');
      expect(await page.getByRole('row').filter({ hasText: planName }).textContent()).toContain('Reserveret');
      await check(page, 'pool with an allocation');

      expect(errors.filter((e) => !/status of (401|412|422)/.test(e))).toEqual([]);
    });
  }, 240_000);
});
