import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { useTestApp } from '../helpers/app.ts';
import { cleanPlanVia, decide, driveTo, pdfBytes, useApprovalActors, versionOf } from '../helpers/approval.ts';
import { createPlanVia, ifMatch, planBody } from '../helpers/plans.ts';
import { expectProblem } from '../helpers/registry.ts';

const t = useTestApp();
const { r, a } = useApprovalActors(t);

type Timeline = {
  status: string;
  version: number;
  items: { id: string; step: string; body: string; outcome: string; toStatus: string; enteredBy: { id: string } | null; effective: boolean; document: { url: string; sha256: string } | null }[];
  next: { step: string; body: string; committeeId: string | null; mayRecord: boolean }[];
  missing: { step: string; body: string; committeeId: string | null; decider: string; deciderName: string }[];
};
const timeline = async (planId: string, s = a.caseWorker) => (await s.request({ method: 'GET', url: `/api/plans/${planId}/decisions` })).json() as Timeline;
const orderProblem = (res: Parameters<typeof expectProblem>[0]) => {
  const p = expectProblem(res, 422);
  expect(p.violations?.[0]?.rule).toBe('APP-ORDER');
  return p.violations![0]!.message;
};

describe('the route from draft to running', () => {
  it('goes through every body, each recorded by the right role, and every decision is audited', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    const before = await timeline(plan.id);
    expect(before).toMatchObject({ status: 'draft', items: [] });
    expect(before.next.map((s) => s.step)).toEqual(['prequalification_application', 'withdrawal']);
    expect(before.missing.map((s) => s.step)).toEqual([
      'prequalification_application', 'prequalification', 'advisory', 'submission', 'committee', 'committee', 'finance_committee', 'city_council', 'housing_board', 'fund_commitment',
    ]);

    const version = await driveTo(a, r, plan.id, plan.version, 'running');
    const after = await timeline(plan.id);
    expect(after.status).toBe('running');
    expect(after.version).toBe(version);
    expect(after.items.map((d) => d.toStatus)).toEqual([
      'prequalification_applied', 'prequalified', 'advisory_process', 'submitted_to_municipality', 'committee_approval', 'finance_committee',
      'city_council', 'housing_organisation_approval', 'sent_to_fund', 'fund_commitment', 'running',
    ]);
    expect(after.items.every((d) => d.enteredBy !== null && d.effective)).toBe(true);
    expect(after.missing).toEqual([]);
    expect(after.next.map((s) => s.step)).toEqual(['closure']);

    const events = await t.db.selectFrom('auditEvent').select(['action', 'resourceType', 'resourceId', 'actorId']).where('resourceType', '=', 'decision').execute();
    for (const d of after.items) expect(events.find((e) => e.resourceId === d.id), d.step).toMatchObject({ action: 'create', actorId: d.enteredBy!.id });
    const planEvents = await t.db.selectFrom('auditEvent').select('action').where('resourceId', '=', plan.id).where('action', '=', 'decide').execute();
    expect(planEvents).toHaveLength(11);
    const revision = await t.db.selectFrom('planRevision').selectAll().where('planId', '=', plan.id).execute();
    expect(revision).toMatchObject([{ number: 1, kind: 'approved', status: 'approved' }]);
    const revEvents = await t.db.selectFrom('auditEvent').select('action').where('resourceType', '=', 'plan_revision').where('resourceId', '=', revision[0]!.id).execute();
    expect(revEvents.map((e) => e.action)).toEqual(['approve']);

    const plainJson = (await a.fund.request({ method: 'GET', url: `/api/plans/${plan.id}` })).json();
    expect(plainJson.status).toBe('running');
  });

  it('needs If-Match (428), refuses a stale one (412), and answers with the new ETag', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    const url = `/api/plans/${plan.id}/decisions`;
    const payload = { body: 'housing_organisation', outcome: 'approved', decidedOn: '2012-09-01', reference: 'Ansøgning' };
    expect((await a.staff.request({ method: 'POST', url, payload })).statusCode).toBe(428);
    expect((await a.staff.request({ method: 'POST', url, payload, headers: ifMatch(plan.version - 1) })).statusCode).toBe(412);
    const ok = await a.staff.request({ method: 'POST', url, payload, headers: ifMatch(plan.version) });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.headers.etag).toBe(`"${plan.version + 1}"`);
    expect(ok.json()).toMatchObject({ status: 'prequalification_applied', decisionId: expect.any(String) });
  });
});

describe('APP-ORDER: every decision out of order is refused with a sentence saying what must happen first', () => {
  it('refuses each body before its turn', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    const v = plan.version;
    // Draft: nobody but the application.
    expect(orderProblem(await decide(a.fund, plan.id, v, { body: 'fund' }))).toMatch(/^Landsbyggefonden kan først beslutte efter boligorganisationens ansøgning om prækvalifikation/);
    expect(orderProblem(await decide(a.caseWorker, plan.id, v, { body: 'committee', committeeId: r.tmu }))).toMatch(/Teknik- og Miljøudvalget kan først beslutte efter/);
    expect(orderProblem(await decide(a.caseWorker, plan.id, v, { body: 'finance_committee' }))).toMatch(/Økonomiudvalget kan først beslutte efter/);
    expect(orderProblem(await decide(a.caseWorker, plan.id, v, { body: 'city_council' }))).toMatch(/Borgerrepræsentationen kan først beslutte efter/);
    expect(orderProblem(await decide(a.staff, plan.id, v, { body: 'housing_board' }))).toMatch(/bestyrelse kan først beslutte efter/);

    // After the first committee: BR and ØU still wait for BUU; the sentence names it, in English too.
    const v2 = await driveTo(a, r, plan.id, v, 'committee_approval');
    const br = await decide(a.caseWorker, plan.id, v2, { body: 'city_council' });
    expect(orderProblem(br)).toBe('Borgerrepræsentationen kan først beslutte efter Børne- og Ungdomsudvalgets godkendelse og Økonomiudvalgets godkendelse');
    const en = await a.caseWorker.request({
      method: 'POST',
      url: `/api/plans/${plan.id}/decisions`,
      headers: { ...ifMatch(v2), 'accept-language': 'en' },
      payload: { body: 'city_council', outcome: 'approved', decidedOn: '2012-12-13', reference: 'BR' },
    });
    expect(orderProblem(en)).toBe('The City Council (BR) can decide only after the approval of Børne- og Ungdomsudvalget and the Finance Committee’s approval (ØU)');
    expect(orderProblem(await decide(a.caseWorker, plan.id, v2, { body: 'committee', committeeId: r.tmu, decidedOn: '2012-12-04' }))).toBe('Teknik- og Miljøudvalget har allerede godkendt planen');
    expect(orderProblem(await decide(a.caseWorker, plan.id, v2, { body: 'committee', committeeId: r.br, decidedOn: '2012-12-04' }))).toMatch(/ikke opført på planen/);

    // Before BR: the fund cannot commit.
    const v3 = await driveTo(a, r, plan.id, v2, 'city_council');
    expect(orderProblem(await decide(a.fund, plan.id, v3, { body: 'fund', decidedOn: '2013-01-10' }))).toBe(
      'Landsbyggefonden kan først beslutte efter Borgerrepræsentationens godkendelse og boligorganisationens bestyrelses godkendelse (og afsendelse til fonden)',
    );
    // Not dated before the previous decision (APP-DATE, approval-dates.test.ts).
    const early = expectProblem(await decide(a.caseWorker, plan.id, v3, { body: 'city_council', decidedOn: '2012-12-10' }), 422);
    expect(early.violations?.[0]).toMatchObject({ rule: 'APP-DATE', path: 'body.decidedOn', message: expect.stringMatching(/dateres før den foregående beslutning \(Økonomiudvalget, 11\. december 2012\)/) });
    // Nothing was written by the refusals.
    expect((await timeline(plan.id)).version).toBe(v3);

    // The plan starts from its start date, not before.
    const v4 = await driveTo(a, r, plan.id, v3, 'fund_commitment');
    expect(orderProblem(await decide(a.staff, plan.id, v4, { body: 'housing_organisation', decidedOn: '2012-12-31' }))).toBe('Planen kan først sættes i gang fra sin startdato 2013-01-01');
  });

  it('refuses an outcome the step does not have (APP-DECISION) and a return without a reason', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    const refused = expectProblem(await decide(a.staff, plan.id, plan.version, { body: 'housing_organisation', outcome: 'refused' }), 422);
    expect(refused.violations?.[0]?.rule).toBe('APP-DECISION');
    const v = await driveTo(a, r, plan.id, plan.version, 'prequalification_applied');
    const noReason = expectProblem(await decide(a.fund, plan.id, v, { body: 'fund', outcome: 'returned', decidedOn: '2012-10-01' }), 422);
    expect(noReason.violations?.[0]).toMatchObject({ rule: 'APP-DECISION', path: 'body.note' });
    const returned = await decide(a.fund, plan.id, v, { body: 'fund', outcome: 'returned', decidedOn: '2012-10-01', note: 'Mangler målgruppebeskrivelse' });
    expect(returned.statusCode).toBe(201);
    expect(returned.json()).toMatchObject({ status: 'draft', next: [{ step: 'prequalification_application' }, { step: 'withdrawal' }] });
  });
});

describe('who may record what', () => {
  it('answers 403 to a role outside the step, and to roles that may not record decisions at all', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    const v = plan.version;
    expect((await decide(a.caseWorker, plan.id, v, { body: 'housing_organisation' })).statusCode).toBe(403);
    expect((await decide(a.fund, plan.id, v, { body: 'housing_organisation' })).statusCode).toBe(403);
    const aab = await t.signIn('aab@demo.example');
    expect((await decide(aab, plan.id, v, { body: 'housing_organisation' })).statusCode).toBe(404); // cannot even read it
    for (const email of ['forum@demo.example', 'forsker@demo.example']) {
      const s = await t.signIn(email);
      expect((await decide(s, plan.id, v, { body: 'housing_organisation' })).statusCode, email).toBe(403);
    }
    const v2 = await driveTo(a, r, plan.id, v, 'submitted_to_municipality');
    expect((await decide(a.staff, plan.id, v2, { body: 'committee', committeeId: r.tmu, decidedOn: '2012-12-03' })).statusCode).toBe(403);
    expect((await decide(a.fund, plan.id, v2, { body: 'committee', committeeId: r.tmu, decidedOn: '2012-12-03' })).statusCode).toBe(403);
    const v3 = await driveTo(a, r, plan.id, v2, 'city_council');
    expect((await decide(a.staff, plan.id, v3, { body: 'city_council', decidedOn: '2012-12-13' })).statusCode).toBe(403);
    const v4 = await driveTo(a, r, plan.id, v3, 'sent_to_fund');
    expect((await decide(a.caseWorker, plan.id, v4, { body: 'fund', decidedOn: '2013-01-10' })).statusCode).toBe(403);
    expect((await decide(a.admin, plan.id, v4, { body: 'fund', decidedOn: '2013-01-10' })).statusCode).toBe(403);
  });

  it('tells each user which next steps they may record', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    await driveTo(a, r, plan.id, plan.version, 'submitted_to_municipality');
    expect((await timeline(plan.id, a.caseWorker)).next.map((s) => [s.committeeId, s.mayRecord])).toEqual([[r.tmu, true], [r.buu, true], [null, false]]);
    expect((await timeline(plan.id, a.staff)).next.map((s) => s.mayRecord)).toEqual([false, false, true]);
    const missing = (await timeline(plan.id, a.staff)).missing;
    expect(missing.map((s) => [s.step, s.decider])).toEqual([
      ['committee', 'municipality'], ['committee', 'municipality'], ['finance_committee', 'municipality'], ['city_council', 'municipality'], ['housing_board', 'lead_organisation'], ['fund_commitment', 'fund'],
    ]);
    expect(missing[0]!.deciderName).toBe('kommunens sagsbehandler eller administrator');
  });
});

describe('submission', () => {
  it('is refused while the rule report has errors, with the rule ids', async () => {
    const plan = await createPlanVia(a.staff, planBody(r, { committeeIds: [r.tmu] }));
    const v = await driveTo(a, r, plan.id, 1, 'advisory_process');
    const res = await decide(a.staff, plan.id, v, { body: 'housing_organisation', decidedOn: '2012-11-15' });
    const p = expectProblem(res, 422);
    expect(p.violations?.[0]?.rule).toBe('APP-ORDER');
    expect(p.violations?.[0]?.message).toBe('Planen kan først indsendes, når regelrapporten er uden fejl');
    expect(p.violations?.map((x) => x.rule)).toEqual(expect.arrayContaining(['PLAN-GOALS', 'FIN-FRAME']));
    expect((await timeline(plan.id)).status).toBe('advisory_process');
  });
});

describe('two users at the same moment', () => {
  it('of parallel decisions on one plan version exactly one is recorded', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    const v = await driveTo(a, r, plan.id, plan.version, 'submitted_to_municipality');
    // Both committees' approvals and a second BUU entry race on the same version.
    const bodies = [r.tmu, r.buu, r.buu, r.tmu, r.buu, r.tmu].map((committeeId) => ({ body: 'committee', committeeId, decidedOn: '2012-12-03' }));
    const responses = await Promise.all(bodies.map((d, i) => decide(i % 2 === 0 ? a.caseWorker : a.admin, plan.id, v, d)));
    const statuses = responses.map((res) => res.statusCode).sort();
    expect(statuses).toEqual([201, 412, 412, 412, 412, 412]);
    const decisions = await t.db.selectFrom('decision').select('step').where('planId', '=', plan.id).where('step', '=', 'committee').execute();
    expect(decisions).toHaveLength(1);
    expect((await timeline(plan.id)).version).toBe(v + 1);
  });

  it('each of two users who both read the latest version: the second is judged on the first one’s result', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    const v = await driveTo(a, r, plan.id, plan.version, 'city_council');
    // Two case workers record BR's approval at once; each then retries with the newest version.
    const [one, two] = await Promise.all([
      decide(a.caseWorker, plan.id, v, { body: 'city_council', decidedOn: '2012-12-13' }),
      decide(a.admin, plan.id, v, { body: 'city_council', decidedOn: '2012-12-13' }),
    ]);
    expect([one.statusCode, two.statusCode].sort()).toEqual([201, 412]);
    const retry = await decide(a.admin, plan.id, await versionOf(a.admin, plan.id), { body: 'city_council', decidedOn: '2012-12-13' });
    expect(orderProblem(retry)).toMatch(/^Borgerrepræsentationen kan ikke beslutte nu/);
    const br = await t.db.selectFrom('decision').select('id').where('planId', '=', plan.id).where('body', '=', 'city_council').execute();
    expect(br).toHaveLength(1);
  });
});

describe('decisions are never edited', () => {
  it('the database refuses UPDATE, DELETE and TRUNCATE of decisions and documents', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    const res = await decide(a.staff, plan.id, plan.version, {
      body: 'housing_organisation',
      document: { filename: 'ansøgning.pdf', contentType: 'application/pdf', contentBase64: pdfBytes.toString('base64') },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().decisionId as string;
    await expect(t.db.updateTable('decision').set({ reference: 'changed' }).where('id', '=', id).execute()).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom('decision').where('id', '=', id).execute()).rejects.toThrow(/append-only/);
    await expect(t.db.updateTable('document').set({ filename: 'x.pdf' }).execute()).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom('document').execute()).rejects.toThrow(/append-only/);
    const { sql } = await import('kysely');
    await expect(sql`truncate decision cascade`.execute(t.db)).rejects.toThrow();
    expect(await t.db.selectFrom('decision').select('reference').where('id', '=', id).executeTakeFirstOrThrow()).toEqual({ reference: 'Ref housing_organisation' });
  });

  it('a mistake is corrected by a new decision that says so; the timeline keeps both', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    const v = await driveTo(a, r, plan.id, plan.version, 'housing_organisation_approval');
    const br = (await timeline(plan.id)).items.at(-1)!;
    expect(br.body).toBe('city_council');
    const noNote = await decide(a.caseWorker, plan.id, v, { body: 'city_council', outcome: 'returned', decidedOn: '2012-12-13', correctsDecisionId: br.id, note: '' });
    expect(expectProblem(noNote, 422).violations?.[0]?.path).toBe('body.note');
    const corrected = await decide(a.caseWorker, plan.id, v, {
      body: 'city_council',
      outcome: 'returned',
      decidedOn: '2012-12-13',
      correctsDecisionId: br.id,
      note: 'Fejlindtastning: BR sendte planen tilbage',
    });
    expect(corrected.statusCode, corrected.body).toBe(201);
    const after = await timeline(plan.id);
    expect(after.status).toBe('draft');
    expect(after.items.map((d) => [d.body, d.effective])).toEqual(expect.arrayContaining([['city_council', false], ['city_council', true]]));
    const events = await t.db.selectFrom('auditEvent').select('action').where('resourceType', '=', 'decision').where('resourceId', '=', corrected.json().decisionId).execute();
    expect(events).toEqual([{ action: 'correct' }]);
  });

  it('an approved commitment is corrected in date and reference only (409 APP-LOCK on another outcome)', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    const v = await driveTo(a, r, plan.id, plan.version, 'fund_commitment');
    const commitment = (await timeline(plan.id)).items.at(-1)!;
    expect(commitment).toMatchObject({ step: 'fund_commitment', outcome: 'approved' });
    const fix = { body: 'fund', correctsDecisionId: commitment.id, decidedOn: '2013-01-11', note: 'Forkert dato' };
    const returned = await decide(a.fund, plan.id, v, { ...fix, outcome: 'returned' });
    expect(expectProblem(returned, 409).violations).toEqual([expect.objectContaining({ rule: 'APP-LOCK', path: 'body.outcome' })]);
    const redated = await decide(a.fund, plan.id, v, { ...fix, outcome: 'approved', reference: 'LBF 2013/7' });
    expect(redated.statusCode, redated.body).toBe(201);
    expect(redated.json()).toMatchObject({ status: 'fund_commitment' });
  });
});

describe('documents', () => {
  it('stores the PDF with its checksum and serves it to readers of the plan', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    const res = await decide(a.staff, plan.id, plan.version, {
      body: 'housing_organisation',
      document: { filename: 'Ansøgning om prækvalifikation.pdf', contentType: 'application/pdf', contentBase64: pdfBytes.toString('base64') },
    });
    expect(res.statusCode, res.body).toBe(201);
    const doc = (await timeline(plan.id)).items[0]!.document!;
    expect(doc.sha256).toBe(createHash('sha256').update(pdfBytes).digest('hex'));
    const file = await a.fund.request({ method: 'GET', url: doc.url });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['x-content-sha256']).toBe(doc.sha256);
    expect(file.headers['content-disposition']).toContain(encodeURIComponent('Ansøgning om prækvalifikation.pdf'));
    expect(file.rawPayload.equals(pdfBytes)).toBe(true);
    const aab = await t.signIn('aab@demo.example');
    expect((await aab.request({ method: 'GET', url: doc.url })).statusCode).toBe(404);
    expect((await a.fund.request({ method: 'GET', url: `/api/decisions/${crypto.randomUUID()}/document` })).statusCode).toBe(404);
  });

  it('refuses what is not a PDF, an oversized one, and a wrong content type — storing nothing', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    const doc = (contentBase64: string, contentType = 'application/pdf') => ({ body: 'housing_organisation', document: { filename: 'x.pdf', contentType, contentBase64 } });
    const notPdf = expectProblem(await decide(a.staff, plan.id, plan.version, doc(Buffer.from('<html>').toString('base64'))), 400);
    expect(notPdf.violations?.[0]).toMatchObject({ rule: 'DOCUMENT', path: 'body.document.contentBase64' });
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5 * 1024 * 1024)]);
    expect(expectProblem(await decide(a.staff, plan.id, plan.version, doc(big.toString('base64'))), 400).violations?.[0]?.path).toMatch(/^body\.document\.contentBase64/);
    expectProblem(await decide(a.staff, plan.id, plan.version, doc(pdfBytes.toString('base64'), 'application/msword')), 400);
    expect((await timeline(plan.id)).items).toEqual([]);
  });
});

describe('plans waiting for a body', () => {
  it('lists what the City Council, ØU or one committee must decide', async () => {
    const one = await cleanPlanVia(a.staff, r, { name: 'Venter på BR' });
    await driveTo(a, r, one.id, one.version, 'city_council');
    const two = await cleanPlanVia(a.staff, r, { name: 'Venter på BUU' });
    await driveTo(a, r, two.id, two.version, 'committee_approval');

    const waiting = async (query: string, s = a.caseWorker) => (await s.request({ method: 'GET', url: `/api/approvals/waiting?${query}` })).json();
    const br = await waiting('body=city_council');
    expect(br.items.map((i: { planName: string }) => i.planName)).toContain('Venter på BR');
    expect(br.items.map((i: { planName: string }) => i.planName)).not.toContain('Venter på BUU');
    expect(br.items.find((i: { planName: string }) => i.planName === 'Venter på BR')).toMatchObject({ status: 'city_council', frameOre: 4_000_000_00, municipalOre: 500_000_00, canSubmit: true });
    const buu = await waiting(`body=committee&committeeId=${r.buu}`);
    expect(buu.items.find((i: { planName: string }) => i.planName === 'Venter på BUU')).toMatchObject({ committeeIds: [r.buu] });
    expect(buu.items.every((i: { committeeIds: string[] }) => i.committeeIds.length === 1 && i.committeeIds[0] === r.buu)).toBe(true);
    expect((await waiting(`body=committee&committeeId=${r.tmu}`)).items.map((i: { planName: string }) => i.planName)).not.toContain('Venter på BUU');
    expect((await waiting('body=finance_committee', a.fund)).items.map((i: { planName: string }) => i.planName)).not.toContain('Venter på BR');
    const staff = await a.staff.request({ method: 'GET', url: '/api/approvals/waiting?body=city_council' });
    expect(staff.statusCode).toBe(403);
  });

  it('pages by keyset in name order: the pages, followed by `next`, are the whole list', async () => {
    const get = async (query: string) => {
      const res = await a.caseWorker.request({ method: 'GET', url: `/api/approvals/waiting?${query}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: { planId: string; planName: string }[]; next?: string };
    };
    let walked = 0;
    for (const q of ['body=city_council', 'body=finance_committee', 'body=committee', `body=committee&committeeId=${r.buu}`, `body=committee&committeeId=${r.tmu}`]) {
      const whole = await get(`${q}&limit=500`);
      expect(whole.next).toBeUndefined();
      for (const limit of [1, 2]) {
        const pages: string[] = [];
        let page = await get(`${q}&limit=${limit}`);
        for (;;) {
          expect(page.items.length).toBeLessThanOrEqual(limit);
          pages.push(...page.items.map((i) => i.planId));
          if (!page.next) break;
          page = await get(`${q}&limit=${limit}&cursor=${page.next}`);
        }
        expect(pages, `${q} by ${limit}`).toEqual(whole.items.map((i) => i.planId));
        walked += pages.length;
      }
    }
    expect(walked).toBeGreaterThan(4);
    expect((await a.caseWorker.request({ method: 'GET', url: '/api/approvals/waiting?cursor=bm9wZQ' })).statusCode).toBe(400);
  });
});
