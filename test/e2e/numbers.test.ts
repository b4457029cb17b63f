/**
 * No typed value lost: numbers typed in Danish notation into every numeric field of the forms —
 * a success criterion's baseline, its year and targets (new goal, new criterion, changed target),
 * the budget, a pool's year and capacity, an allocation, an estate's dwellings, and a contract's
 * hours and kroner — are read back from the API as exactly the numbers typed ("1.000" is a
 * thousand, never 1); text that is no Danish number is refused at its field with a message, and
 * nothing is saved.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { Session } from '../helpers/app.ts';
import { loadApprovalRefs } from '../helpers/approval.ts';
import { createPlanVia, planBody } from '../helpers/plans.ts';
import { describeInBrowser, settled, signIn } from './helpers.ts';

type PlanJson = {
  goals: { id: string; criteria: { id: string; indicator: { name: string; baselineValue: number | null; baselineYear: number | null }; targets: { year: number; value: number }[] }[] }[];
  interventionAreas: { id: string; name: string }[];
  budgetLines: { year: number; source: string; amountOre: number }[];
};

describeInBrowser('numbers typed in Danish notation in Chromium', (b) => {
  const get = async <T,>(s: Session, url: string): Promise<T> => (await s.request({ method: 'GET', url })).json() as T;
  const errorOf = (page: Page, id: string) => page.locator(`#${id}-error`).textContent();

  async function browserAs(email: string): Promise<{ page: Page; errors: string[] }> {
    const opened = await b.openPage();
    await signIn(opened.page, email);
    return opened;
  }

  test('every numeric field reads Danish notation, or refuses with a message; the API has exactly what was typed', async () => {
    const r = await loadApprovalRefs(b.server);
    const staffApi = await b.server.signIn('boligorganisation@demo.example');
    const adminApi = await b.server.signIn('admin@demo.example');
    const plan = await createPlanVia(staffApi, planBody(r, { name: 'E2E Talplan' }));
    const planUrl = `/planer/${plan.id}`;
    const readPlan = () => get<PlanJson>(staffApi, `/api/plans/${plan.id}`);

    // --- A goal with a success criterion: baseline, baseline year and targets ----------------------
    const { page: staff, errors: staffErrors } = await browserAs('boligorganisation@demo.example');
    await staff.goto(`${planUrl}/maal/ny`);
    await settled(staff);
    await staff.locator('#goal-title').fill('Flere i job');
    await staff.locator('#goal-criteria-0-description').fill('Flere beboere i job');
    await staff.locator('#goal-criteria-0-indicator-name').fill('Beboere i job');
    await staff.locator('#goal-criteria-0-indicator-unit').fill('antal');
    await staff.locator('#goal-criteria-0-indicator-baselineValue').fill('1.234,5');
    await staff.locator('#goal-criteria-0-indicator-baselineYear').fill('2012');
    const targets = ['12.5', '1.250,75', '-3,5', '0,0001'];
    for (const [i, text] of targets.entries()) await staff.locator(`#goal-criteria-0-targets-${i}-value`).fill(text);
    // "12.5" is no Danish number: refused at the field, nothing sent.
    await staff.getByRole('button', { name: 'Tilføj mål' }).click();
    await staff.locator('.error-summary').waitFor();
    expect(await errorOf(staff, 'goal-criteria-0-targets-0-value')).toContain('dansk notation');
    await b.check(staff, 'goal form refusing 12.5');
    expect((await readPlan()).goals).toEqual([]);
    await staff.locator('#goal-criteria-0-targets-0-value').fill('1.000');
    await staff.getByRole('button', { name: 'Tilføj mål' }).click();
    await staff.getByRole('heading', { level: 3, name: 'Flere i job' }).waitFor();
    let criterion = (await readPlan()).goals[0]!.criteria[0]!;
    expect(criterion.indicator).toMatchObject({ baselineValue: 1234.5, baselineYear: 2012 });
    expect(criterion.targets.map((x) => [x.year, x.value])).toEqual([
      [2013, 1000],
      [2014, 1250.75],
      [2015, -3.5],
      [2016, 0.0001],
    ]);

    // --- Another criterion: a year typed with decimals is refused ----------------------------------
    const goalId = (await readPlan()).goals[0]!.id;
    await staff.goto(`${planUrl}/maal/${goalId}/kriterier/ny`);
    await settled(staff);
    await staff.locator('#criterion-description').fill('Færre ledige');
    await staff.locator('#criterion-indicator-name').fill('Ledige beboere');
    await staff.locator('#criterion-indicator-baselineValue').fill('2.000');
    await staff.locator('#criterion-indicator-baselineYear').fill('2012,5');
    await staff.locator('#criterion-targets-0-value').fill('10.500');
    await staff.getByRole('button', { name: 'Tilføj succeskriterium' }).click();
    await staff.locator('.error-summary').waitFor();
    expect(await errorOf(staff, 'criterion-indicator-baselineYear')).toContain('årstal');
    await staff.locator('#criterion-indicator-baselineYear').fill('2012');
    await staff.getByRole('button', { name: 'Tilføj succeskriterium' }).click();
    await staff.getByRole('heading', { level: 1, name: 'E2E Talplan' }).waitFor();
    const second = (await readPlan()).goals[0]!.criteria.find((c) => c.indicator.name === 'Ledige beboere')!;
    expect(second.indicator).toMatchObject({ baselineValue: 2000, baselineYear: 2012 });
    expect(second.targets).toMatchObject([{ year: 2013, value: 10500 }]);

    // --- A changed target: shown as it is typed, saved as typed ------------------------------------
    await staff.goto(`${planUrl}/kriterier/${criterion.id}/maal/2014`);
    await settled(staff);
    expect(await staff.getByLabel('Nyt mål').inputValue()).toBe('1.250,75');
    await staff.getByLabel('Nyt mål').fill('2.500,25');
    await staff.getByLabel('Begrundelse for ændringen').fill('Ny opgørelse');
    await staff.getByRole('button', { name: 'Gem' }).click();
    await staff.getByRole('heading', { level: 1, name: 'E2E Talplan' }).waitFor();
    criterion = (await readPlan()).goals[0]!.criteria.find((c) => c.id === criterion.id)!;
    expect(criterion.targets.find((x) => x.year === 2014)!.value).toBe(2500.25);

    // --- The budget: kroner in Danish notation ---------------------------------------------------
    const area = (await readPlan()).interventionAreas[0]!.name;
    const cell = (year: number, source: string) => staff.getByLabel(`${year}, ${area}, ${source}`, { exact: true });
    await staff.goto(`${planUrl}/budget`);
    await settled(staff);
    await cell(2013, 'Landsbyggefonden').fill('1.000.000');
    await cell(2013, 'Boligorganisationen').fill('12.5');
    await cell(2013, 'Boligorganisationen').blur();
    await expect.poll(() => staff.locator('.budget-table td.form-error').count()).toBe(1);
    expect(await staff.locator('.budget-table td.form-error').textContent()).toContain('dansk notation');
    await b.check(staff, 'budget refusing 12.5');
    await cell(2013, 'Boligorganisationen').fill('350.012,5');
    await staff.getByRole('button', { name: 'Gem budget' }).click();
    await staff.getByText('Budgettet er gemt.').waitFor();
    const lines = (await readPlan()).budgetLines.map((l) => [l.year, l.source, l.amountOre]);
    expect(lines.sort()).toEqual([
      [2013, 'fund', 100_000_000],
      [2013, 'housing', 35_001_250],
    ]);
    expect(staffErrors.filter((e) => !/status of (401|412|422)/.test(e))).toEqual([]);

    // --- An admin: a pool's year and capacity, an allocation, an estate's dwellings --------------
    const { page: admin, errors: adminErrors } = await browserAs('admin@demo.example');
    await admin.goto('/puljer/ny');
    await settled(admin);
    await admin.getByLabel('Puljens navn').fill('E2E-talpulje');
    await admin.getByLabel('Budgetår').fill('13');
    await admin.getByLabel('Kapacitet').fill('2.000.000,5');
    await admin.getByRole('button', { name: 'Opret pulje' }).click();
    await admin.locator('.error-summary').waitFor();
    expect(await errorOf(admin, 'pool-budgetYear')).toContain('årstal');
    await admin.getByLabel('Budgetår').fill('2013');
    await admin.getByRole('group', { name: 'Bevillingsperioder' }).getByLabel('2011–14').check();
    await admin.getByRole('button', { name: 'Opret pulje' }).click();
    await admin.getByRole('heading', { level: 1, name: 'E2E-talpulje' }).waitFor();
    const pools = await get<{ items: { id: string; name: string; budgetYear: number; capacityOre: number }[] }>(adminApi, '/api/pools?limit=100');
    expect(pools.items.find((p) => p.name === 'E2E-talpulje')).toMatchObject({ budgetYear: 2013, capacityOre: 200_000_050 });

    const demoPool = pools.items.find((p) => p.name.startsWith('Budget 2012'))!;
    await admin.goto(`/puljer/${demoPool.id}`);
    await settled(admin);
    await admin.getByLabel('Plan', { exact: true }).selectOption({ label: 'E2E Talplan (Bispebjerg)' });
    await admin.getByLabel('Beløb').fill('1.000,055');
    await admin.getByRole('button', { name: 'Bevilg', exact: true }).click();
    await admin.locator('.error-summary').waitFor();
    expect(await errorOf(admin, 'allocation-amountOre')).toContain('decimaler');
    await admin.getByLabel('Beløb').fill('1.000,05');
    await admin.getByRole('button', { name: 'Bevilg', exact: true }).click();
    await admin.getByText('1.000,05 kr. er bevilget til E2E Talplan.').waitFor();
    const allocations = (await get<{ poolAllocations: { amountOre: number }[] }>(staffApi, `/api/plans/${plan.id}`)).poolAllocations;
    expect(allocations.map((a) => a.amountOre)).toEqual([100_005]);

    await admin.goto(`/afdelinger/${r.bispeparken}/rediger`);
    await settled(admin);
    await admin.getByLabel(/^Boliger/).fill('1.5');
    await admin.getByRole('button', { name: 'Gem' }).click();
    await admin.locator('.error-summary').waitFor();
    await admin.getByLabel(/^Boliger/).fill('1.200');
    await admin.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(async () => (await get<{ dwellings: number }>(adminApi, `/api/estates/${r.bispeparken}`)).dwellings).toBe(1200);
    expect(adminErrors.filter((e) => !/status of (401|412|422)/.test(e))).toEqual([]);

    // --- A forum member revises a contract: hours and kroner, both kept --------------------------
    const { page: forum, errors: forumErrors } = await browserAs('forum@demo.example');
    const memberApi = await b.server.signIn('forum@demo.example');
    const contracts = await get<{ items: { id: string; status: string; revisionCount: number }[] }>(memberApi, `/api/contracts?urbanAreaId=${r.norrebro}&status=approved`);
    const contract = contracts.items[0]!;
    await forum.goto(`/kontrakter/${contract.id}/revision`);
    await settled(forum);
    await forum.getByLabel('Dato for forummets beslutning').fill('2015-06-01');
    await forum.getByLabel('Reference (referat, punkt)').fill('Forum 01.06.2015, pkt. 2');
    await forum.locator('#contract-mp-0-hours').fill('1.500');
    await forum.locator('#contract-mp-0-amount').fill('12.5');
    await forum.getByRole('button', { name: 'Vedtag revisionen' }).click();
    await forum.locator('#contract-refusal').waitFor();
    expect(await errorOf(forum, 'contract-mp-0-amount')).toContain('dansk notation');
    // What was typed is still there.
    expect(await forum.locator('#contract-mp-0-hours').inputValue()).toBe('1.500');
    expect(await forum.locator('#contract-mp-0-amount').inputValue()).toBe('12.5');
    await b.check(forum, 'contract revision refusing 12.5 kroner');
    expect((await get<{ revisionCount: number }>(memberApi, `/api/contracts/${contract.id}`)).revisionCount).toBe(contract.revisionCount);
    await forum.locator('#contract-mp-0-amount').fill('412.500,50');
    await forum.getByRole('button', { name: 'Vedtag revisionen' }).click();
    await forum.getByText(/Revisionen er vedtaget som version/).waitFor();
    const current = (await get<{ current: { content: { municipalPart: { hoursPerYear: number | null; amountOrePerYear: number | null }[] } } }>(memberApi, `/api/contracts/${contract.id}`)).current;
    expect(current.content.municipalPart[0]).toMatchObject({ hoursPerYear: 1500, amountOrePerYear: 41_250_050 });
    expect(forumErrors.filter((e) => !/status of (401|412|422)/.test(e))).toEqual([]);
  }, 240_000);
});
