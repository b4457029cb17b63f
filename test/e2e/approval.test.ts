/**
 * Browser flow of the approval route, plan revisions, cooperation contracts and the forum page,
 * through the real server and the built web app. A clean plan of fsb in Nørrebro is prepared
 * through the API; every body's decision is recorded in the browser at least once, each signed in
 * as the role that records it (docs/approval.md): housing staff (application, submission, board,
 * start), the fund officer (prequalification, commitment), the case worker (a committee, the City
 * Council), the admin (Økonomiudvalget, with a PDF). A date before the previous decision is refused
 * with APP-DATE inline, naming that decision and "Ret beslutning", the date field marked; a plan
 * without a standing committee is not offered for submission (APP-COMMITTEE). The case worker corrects the committee's reference with "Ret beslutning" (the reason is
 * required), and the timeline keeps both: the old one struck through, the new one marked as a correction. The forum member drafts a contract of the same area, a duplicate is refused with
 * CON-PER-AREA, the City Council's approval of the plan approves the contract, the forum revises it,
 * and the comparison shows the difference; a change of the running plan is compared with version 1.
 * axe reports zero violations on every page state visited.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { type Refs, cleanPlanVia, decide, loadApprovalRefs, pdfBytes, versionOf } from '../helpers/approval.ts';
import { cleanBudget, ifMatch } from '../helpers/plans.ts';
import { describeInBrowser, settled, signIn } from './helpers.ts';

const planName = 'E2E Helhedsplan Blågården';

describeInBrowser('approval, revisions, contracts and the forum in Chromium', (b) => {
  const errorLists: string[][] = [];

  /** A signed-in page of a demo user; its context stays open until the end of the file. */
  async function browserAs(email: string): Promise<Page> {
    const { page, errors } = await b.openPage();
    errorLists.push(errors);
    await signIn(page, email);
    return page;
  }

  async function chooseOption(page: Page, label: string, text: RegExp): Promise<void> {
    const select = page.getByLabel(label, { exact: true });
    // The options may still be loading (e.g. a funding period's intervention areas).
    await expect.poll(async () => (await select.locator('option').allTextContents()).some((o) => new RegExp(text.source, 'i').test(o))).toBe(true);
    const options = await select.locator('option').allTextContents();
    const found = options.find((o) => new RegExp(text.source, 'i').test(o));
    expect(found, `${label}: ${text} among ${options.join(' | ')}`).toBeDefined();
    await select.selectOption({ label: found! });
  }

  /** Records a decision through the plan page's form. */
  async function record(
    page: Page,
    planUrl: string,
    step: RegExp,
    decidedOn: string,
    reference: string,
    options: { pdf?: boolean; where?: string; expectRefusal?: string } = {},
  ): Promise<void> {
    // A fresh load: the same page may be open from the last step (a hash change would not reload it).
    await page.goto('about:blank');
    await page.goto(`${planUrl}#approval`);
    await settled(page);
    await page.locator('form.record-form').waitFor();
    await chooseOption(page, 'Beslutning', step);
    await page.getByLabel('Udfald', { exact: true }).selectOption({ label: 'Godkendt' });
    await page.getByLabel('Dato for beslutningen').fill(decidedOn);
    await page.getByLabel('Reference (dagsordenspunkt eller brev)').fill(reference);
    if (options.pdf) await page.getByLabel(/Bilag \(PDF/).setInputFiles({ name: 'beslutning.pdf', mimeType: 'application/pdf', buffer: pdfBytes });
    if (options.where) await b.check(page, `${options.where} (form filled in)`);
    await page.locator('form.record-form').getByRole('button', { name: 'Registrér' }).click();
    if (options.expectRefusal) {
      await page.locator(`#record-refusal [data-rule="${options.expectRefusal}"]`).waitFor();
      return;
    }
    await page.getByText(/Beslutningen er registreret/).waitFor();
    await expect.poll(() => page.locator('#approval table').first().textContent()).toContain(reference);
  }

  test('a plan from draft to running through every body; a contract approved with it and revised by the forum', async () => {
    const r: Refs = await loadApprovalRefs(b.server);
    const blaagaarden = (await b.server.db.selectFrom('estate').select('id').where('name', '=', 'Blågården').executeTakeFirstOrThrow()).id;
    const staffApi = await b.server.signIn('boligorganisation@demo.example');
    const fundApi = await b.server.signIn('fond@demo.example');
    const caseWorkerApi = await b.server.signIn('sagsbehandler@demo.example');
    const plan = await cleanPlanVia(staffApi, r, { name: planName, urbanAreaId: r.norrebro, estateIds: [blaagaarden] });
    const planUrl = `/planer/${plan.id}`;

    const staff = await browserAs('boligorganisation@demo.example');
    const fund = await browserAs('fond@demo.example');
    const caseWorker = await browserAs('sagsbehandler@demo.example');
    const admin = await browserAs('admin@demo.example');
    const forum = await browserAs('forum@demo.example');

    // --- Housing staff: the application for prequalification ---------------------------------------
    await staff.goto(planUrl);
    await b.check(staff, 'plan page with the approval panel (draft)', planName);
    expect(await staff.locator('#approval').textContent()).toContain('Manglende godkendelser');
    await record(staff, planUrl, /ansøgning om prækvalifikation/, '2012-09-01', 'Ansøgning 1/2012', { where: 'record form (housing staff)' });
    await b.check(staff, 'plan page after the application');

    // --- The fund: prequalification in the browser, the advisory process through the API ----------
    await record(fund, planUrl, /prækvalifikation/, '2012-10-01', 'LBF brev 2012-10-01');
    const advisory = await decide(fundApi, plan.id, await versionOf(staffApi, plan.id), { body: 'fund', decidedOn: '2012-10-15' });
    expect(advisory.statusCode, advisory.body).toBe(201);

    // --- Housing staff: submission to the municipality (clean rule report) -------------------------
    await record(staff, planUrl, /indsendelse af planen/, '2012-11-15', 'Indsendt 15.11.2012');

    // --- A plan without a standing committee is not offered for submission (APP-COMMITTEE) --------
    const lone = await cleanPlanVia(staffApi, r, { name: `${planName} uden udvalg`, urbanAreaId: r.norrebro, estateIds: [blaagaarden], committeeIds: [] });
    for (const [who, body, decidedOn] of [[staffApi, 'housing_organisation', '2012-09-01'], [fundApi, 'fund', '2012-10-01'], [fundApi, 'fund', '2012-10-15']] as const) {
      const res = await decide(who, lone.id, await versionOf(staffApi, lone.id), { body, decidedOn });
      expect(res.statusCode, res.body).toBe(201);
    }
    await staff.goto(`/planer/${lone.id}#approval`);
    await settled(staff);
    expect(await staff.locator('#submission-no-committee [data-rule="APP-COMMITTEE"]').textContent()).toMatch(/mindst ét fagudvalg/);
    const offered = await staff.getByLabel('Beslutning', { exact: true }).locator('option').allTextContents();
    expect(offered.some((o) => /tilbagetrækning/i.test(o)) && !offered.some((o) => /indsendelse/i.test(o)), offered.join(' | ')).toBe(true);
    await b.check(staff, 'submission not offered without a committee (APP-COMMITTEE)');

    // --- Case worker: a committee in the browser; the other through the API ------------------------
    await caseWorker.goto('/afventer?organ=committee');
    await b.check(caseWorker, 'waiting for the committees', 'Afventer');
    await caseWorker.getByRole('link', { name: planName }).waitFor();
    await record(caseWorker, planUrl, /Teknik- og Miljøudvalgets godkendelse/, '2012-12-03', 'TMU 03.12.2012, pkt. 4', { where: 'record form (case worker)' });

    // --- Case worker: corrects the committee's reference ("Ret beslutning") ------------------------
    await caseWorker.getByRole('button', { name: 'Ret beslutning' }).click();
    const correction = caseWorker.locator('form.record-form');
    await correction.getByRole('heading', { name: 'Ret beslutning' }).waitFor();
    expect(await correction.textContent()).toContain('Teknik- og Miljøudvalget');
    expect(await caseWorker.getByLabel('Dato for beslutningen').inputValue()).toBe('2012-12-03');
    expect(await caseWorker.getByLabel('Reference (dagsordenspunkt eller brev)').inputValue()).toBe('TMU 03.12.2012, pkt. 4');
    expect(await caseWorker.getByLabel('Udfald', { exact: true }).inputValue()).toBe('approved');
    await correction.getByRole('button', { name: 'Registrér rettelsen' }).click();
    await correction.getByText('Udfyld begrundelse for rettelsen').waitFor();
    await b.check(caseWorker, 'correction form with the reason missing');
    await caseWorker.getByLabel('Reference (dagsordenspunkt eller brev)').fill('TMU 03.12.2012, pkt. 5');
    await caseWorker.getByLabel('Begrundelse for rettelsen').fill('Forkert dagsordenspunkt');
    await b.check(caseWorker, 'correction form filled in (case worker)');
    await correction.getByRole('button', { name: 'Registrér rettelsen' }).click();
    await caseWorker.getByText(/Rettelsen er registreret/).waitFor();
    const decisionRows = caseWorker.locator('#approval table').first().locator('tbody tr');
    await expect.poll(() => decisionRows.filter({ hasText: 'TMU 03.12.2012, pkt. 5' }).count()).toBe(1);
    const oldRow = decisionRows.filter({ hasText: 'TMU 03.12.2012, pkt. 4' });
    const newRow = decisionRows.filter({ hasText: 'TMU 03.12.2012, pkt. 5' });
    expect(await oldRow.textContent()).toContain('Rettet af en senere beslutning');
    expect(await oldRow.locator('.decision-corrected').count()).toBe(1);
    expect(await newRow.textContent()).toContain('Rettelse af en tidligere beslutning');
    expect(await newRow.textContent()).toContain('Forkert dagsordenspunkt');
    expect(await newRow.locator('.decision-corrected').count()).toBe(0);
    await b.check(caseWorker, 'timeline with a corrected committee decision');
    const buu = await decide(caseWorkerApi, plan.id, await versionOf(staffApi, plan.id), { body: 'committee', committeeId: r.buu, decidedOn: '2012-12-05' });
    expect(buu.statusCode, buu.body).toBe(201);

    // --- Admin: Økonomiudvalget, with the minutes as a PDF -----------------------------------------
    await record(admin, planUrl, /Økonomiudvalgets godkendelse/, '2012-12-11', 'ØU 11.12.2012, pkt. 7', { pdf: true });
    await admin.getByRole('link', { name: 'beslutning.pdf (PDF)' }).waitFor();
    await b.check(admin, 'plan page with a decision and its PDF');

    // --- The forum member drafts the area's contract; a duplicate is refused -----------------------
    await forum.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Kontrakter', exact: true }).click();
    await b.check(forum, 'contracts list', 'Kontrakter om boligsocialt samarbejde');
    await forum.getByLabel('Byområde').selectOption({ label: 'Nørrebro' });
    await forum.getByRole('button', { name: 'Vis' }).click();
    await forum.getByRole('link', { name: 'Ny kontrakt' }).click();
    await b.check(forum, 'new contract form', 'Ny kontrakt (kladde)');
    const fillDraft = async () => {
      await forum.getByLabel('Puljeperiode').selectOption({ label: '2011–14' });
      // The demo leaves Sundhed in Nørrebro without a contract (seed-demo-contracts.ts).
      await chooseOption(forum, 'Indsatsområde', /Sundhed/);
      await chooseOption(forum, 'Arbejdsgruppe', /Børn, unge og beskæftigelse/);
      await forum.getByRole('group', { name: 'Forvaltninger' }).getByRole('checkbox').first().check();
      await forum.getByRole('group', { name: 'Boligorganisationer' }).getByLabel('fsb', { exact: true }).check();
      await forum.getByLabel('Formål').fill('Flere børn og unge trives og lærer');
      await forum.getByRole('group', { name: 'Omfattede aktiviteter' }).getByRole('checkbox').first().check();
      await forum.getByLabel('Mål (ét pr. linje)').fill('Flere unge i uddannelse\nFærre unge i kriminalitet');
      await forum.getByRole('button', { name: 'Tilføj kontaktperson' }).click();
      await forum.locator('#contract-contact-0-name').fill('Anna Jensen');
      await forum.locator('#contract-contact-0-role').fill('Koordinator');
      await forum.getByLabel('Gælder fra').fill('2013-01-01');
      await forum.getByLabel('Gælder til').fill('2016-12-31');
      await forum.getByLabel('Revisionsbestemmelse').fill('Forummet reviderer kontrakten årligt.');
    };
    await fillDraft();
    await b.check(forum, 'new contract form filled in');
    await forum.getByRole('button', { name: 'Opret kladde' }).click();
    await forum.getByText('Kontraktkladden er oprettet.').waitFor();
    const contractUrl = new URL(forum.url()).pathname;
    await b.check(forum, 'contract draft', /Kontrakt: Nørrebro/);
    await forum.goto('/kontrakter/ny?byomraade=' + r.norrebro);
    await settled(forum);
    await fillDraft();
    await forum.getByRole('button', { name: 'Opret kladde' }).click();
    await forum.locator('#contract-refusal [data-rule="CON-PER-AREA"]').waitFor();
    await b.check(forum, 'new contract refused with CON-PER-AREA');

    // --- Case worker: the City Council; a date before ØU's is refused with APP-DATE first -----------
    await caseWorker.goto('/afventer');
    await settled(caseWorker);
    await caseWorker.getByRole('link', { name: planName }).waitFor();
    await caseWorker.getByLabel('Mødedato').fill('2012-12-13');
    await b.check(caseWorker, 'waiting for the City Council with the proposal links');
    expect(await caseWorker.getByRole('link', { name: 'Indstilling for Nørrebro (Word)' }).getAttribute('href')).toBe(
      `/api/exports/city-council-proposal?urbanAreaId=${r.norrebro}&meetingDate=2012-12-13&format=docx`,
    );
    await record(caseWorker, planUrl, /Borgerrepræsentationens godkendelse/, '2012-12-01', 'BR 01.12.2012', { expectRefusal: 'APP-DATE' });
    const refusal = await caseWorker.locator('#record-refusal [data-rule="APP-DATE"]').textContent();
    expect(refusal).toContain('Økonomiudvalget, 11. december 2012');
    expect(refusal).toContain('Ret beslutning');
    expect(await caseWorker.locator('form.record-form').textContent()).toMatch(/APP-DATE: Beslutningen kan ikke dateres før/);
    await b.check(caseWorker, 'record form refused with APP-DATE');
    // The decision form shows the area's draft contract, ticked, before the decision is recorded (APP-CONTRACTS-WITH-PLANS).
    await chooseOption(caseWorker, 'Beslutning', /Borgerrepræsentationens godkendelse/);
    await caseWorker.getByLabel('Udfald', { exact: true }).selectOption({ label: 'Godkendt' });
    const named = caseWorker.getByRole('group', { name: 'Samarbejdskontrakter, der godkendes med planen' });
    await expect.poll(() => named.getByRole('checkbox', { name: /Sundhed/ }).isChecked()).toBe(true);
    await b.check(caseWorker, 'City Council decision form naming the draft contract');
    await record(caseWorker, planUrl, /Borgerrepræsentationens godkendelse/, '2012-12-13', 'BR 13.12.2012, pkt. 12');
    const brRow = caseWorker.locator('#approval table').first().locator('tbody tr').filter({ hasText: 'BR 13.12.2012, pkt. 12' });
    expect(await brRow.textContent()).toMatch(/Godkendte samarbejdskontrakter:.*Sundhed/);

    // --- Housing staff: the board; the fund: the commitment; housing staff: the start --------------
    await record(staff, planUrl, /bestyrelses godkendelse/, '2012-12-18', 'Bestyrelsen 18.12.2012');
    await record(fund, planUrl, /tilsagn/, '2013-01-10', 'LBF tilsagn 2013-01-10');
    await record(staff, planUrl, /planens start/, '2013-01-15', 'Opstart 15.01.2013');
    await expect.poll(async () => (await staffApi.request({ method: 'GET', url: `/api/plans/${plan.id}` })).json().status).toBe('running');
    await b.check(staff, 'running plan with its timeline and version 1');
    // Version 1 is dated by the fund's commitment, not by the day it was recorded.
    expect(await staff.getByRole('table', { name: 'Planens versioner' }).getByRole('row', { name: /Version 1/ }).textContent()).toContain('10. januar 2013');

    // --- A change of the running plan, compared with version 1 ------------------------------------
    await staff.getByLabel('Hvorfor ændres planen?').fill('Større budget fra 2014');
    await staff.getByRole('button', { name: 'Start ændring' }).click();
    await staff.getByText(/Ændringen er startet/).waitFor();
    const v = await versionOf(staffApi, plan.id);
    const lines = cleanBudget(r).map((l) => (l.year === 2014 && l.source === 'fund' ? { ...l, amountOre: l.amountOre + 10_000_00 } : l));
    const put = await staffApi.request({ method: 'PUT', url: `/api/plans/${plan.id}/budget-lines`, headers: ifMatch(v), payload: { lines } });
    expect(put.statusCode, put.body).toBe(200);
    await staff.goto(`${planUrl}/sammenlign?fra=1&til=current`);
    await b.check(staff, 'plan comparison', /Sammenligning af Version 1/);
    expect(await staff.getByRole('table', { name: 'Budget pr. år' }).getByRole('row', { name: /2014/ }).textContent()).toContain('Ændret');

    // --- The contract was approved with the City Council; the forum revises it ---------------------
    await forum.goto(contractUrl);
    await b.check(forum, 'approved contract', /Kontrakt: Nørrebro/);
    expect(await forum.locator('main').textContent()).toContain('BR 13.12.2012, pkt. 12');
    await forum.getByRole('link', { name: 'Revidér kontrakten (forummets beslutning)' }).click();
    await b.check(forum, 'contract revision form', /Revision af kontrakt/);
    await forum.getByLabel('Dato for forummets beslutning').fill('2014-03-01');
    await forum.getByLabel('Reference (referat, punkt)').fill('Forum 01.03.2014, pkt. 3');
    await forum.getByLabel('Formål').fill('Flere børn og unge trives, lærer og får job');
    await forum.getByRole('button', { name: 'Vedtag revisionen' }).click();
    await forum.getByText('Revisionen er vedtaget som version 2.').waitFor();
    await b.check(forum, 'contract with two versions');
    await forum.getByRole('button', { name: 'Vis sammenligning' }).click();
    await b.check(forum, 'contract comparison', 'Sammenligning af version 1 og 2');
    const purposeRow = forum.getByRole('table', { name: 'Kontraktens felter' }).getByRole('row', { name: /Formål|purpose/i });
    expect(await purposeRow.textContent()).toContain('Ændret');
    expect(await purposeRow.textContent()).toContain('får job');

    // --- The forum page of Nørrebro --------------------------------------------------------------
    const area = (await forum.context().request.get(`/api/urban-areas/${r.norrebro}`).then((x) => x.json())) as { forumId: string };
    await forum.goto(`/byomraader/${r.norrebro}`);
    await settled(forum);
    await forum.getByRole('link', { name: /Forummets side/ }).click();
    await b.check(forum, 'forum page', /Forum/);
    expect(new URL(forum.url()).pathname).toBe(`/fora/${area.forumId}`);
    const text = await forum.locator('main').textContent();
    expect(text).toContain(planName);
    expect(text).toContain('Forum 01.03.2014, pkt. 3');
    expect(text).toContain('BR 13.12.2012, pkt. 12');
    expect(text).toContain('Revision af kontrakt vedtaget: Version 2');

    expect(errorLists.flat().filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  }, 240_000);
});
