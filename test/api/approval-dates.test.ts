/**
 * APP-COMMITTEE, APP-DATE and APP-COOPERATION-FIRST through the API, each at its boundary, and the
 * approved revision dated by the fund's commitment (as corrected). The domain's own tests are in
 * src/domain/decision-check.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { copenhagenToday } from '../../src/domain/dates.ts';
import { useTestApp } from '../helpers/app.ts';
import { cleanPlanVia, decide, driveTo, useApprovalActors, versionOf } from '../helpers/approval.ts';
import { cooperation, ifMatch } from '../helpers/plans.ts';
import { expectProblem } from '../helpers/registry.ts';

const t = useTestApp();
const { r, a } = useApprovalActors(t);

/** The ISO date `days` after an ISO date. */
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const refusal = (res: Parameters<typeof expectProblem>[0]) => expectProblem(res, 422).violations![0]!;

describe('APP-COMMITTEE: no submission without a standing committee', () => {
  it('refuses the submission of a plan that lists no committee, and writes nothing', async () => {
    const plan = await cleanPlanVia(a.staff, r, { committeeIds: [] });
    const v = await driveTo(a, r, plan.id, plan.version, 'advisory_process');
    const res = await decide(a.staff, plan.id, v, { body: 'housing_organisation', decidedOn: '2012-11-15' });
    expect(refusal(res)).toMatchObject({ rule: 'APP-COMMITTEE', path: 'body.body', message: expect.stringMatching(/mindst ét fagudvalg/) });
    expect(await versionOf(a.staff, plan.id)).toBe(v);
    // With a committee listed, the same submission goes through (driveTo's plans list TMU and BUU).
    const listed = await cleanPlanVia(a.staff, r, { committeeIds: [r.tmu] });
    const w = await driveTo(a, r, listed.id, listed.version, 'advisory_process');
    expect((await decide(a.staff, listed.id, w, { body: 'housing_organisation', decidedOn: '2012-11-15' })).statusCode).toBe(201);
  });
});

describe('APP-DATE: not after today in Copenhagen, not before the decision it follows', () => {
  it('today is allowed, tomorrow is refused', async () => {
    const today = copenhagenToday();
    const plan = await cleanPlanVia(a.staff, r);
    const tomorrow = await decide(a.staff, plan.id, plan.version, { body: 'housing_organisation', decidedOn: addDays(today, 1) });
    expect(refusal(tomorrow)).toMatchObject({ rule: 'APP-DATE', path: 'body.decidedOn', message: expect.stringMatching(/^Beslutningen kan ikke dateres efter i dag \(\d+\. \w+ \d{4}\)$/) });
    expect(await versionOf(a.staff, plan.id)).toBe(plan.version);
    const ok = await decide(a.staff, plan.id, plan.version, { body: 'housing_organisation', decidedOn: today });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('the same day as the previous decision is allowed, a day before is refused, naming it and "Ret beslutning"', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    const v = await driveTo(a, r, plan.id, plan.version, 'city_council'); // ØU on 2012-12-11
    const early = refusal(await decide(a.caseWorker, plan.id, v, { body: 'city_council', decidedOn: '2012-12-10' }));
    expect(early).toMatchObject({ rule: 'APP-DATE', path: 'body.decidedOn' });
    expect(early.message).toBe(
      'Beslutningen kan ikke dateres før den foregående beslutning (Økonomiudvalget, 11. december 2012). Er den foregående beslutnings dato forkert, rettes den med "Ret beslutning"',
    );
    const en = await a.caseWorker.request({
      method: 'POST',
      url: `/api/plans/${plan.id}/decisions`,
      headers: { ...ifMatch(v), 'accept-language': 'en' },
      payload: { body: 'city_council', outcome: 'approved', decidedOn: '2012-12-10', reference: 'BR' },
    });
    expect(refusal(en).message).toMatch(/^The decision cannot be dated before the previous decision \(the Finance Committee \(ØU\), 11 December 2012\)/);
    const same = await decide(a.caseWorker, plan.id, v, { body: 'city_council', decidedOn: '2012-12-11' });
    expect(same.statusCode, same.body).toBe(201);
  });

  it('names a committee, and a correction is checked against the decision before the one it corrects', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    const v = await driveTo(a, r, plan.id, plan.version, 'committee_approval'); // TMU on 2012-12-03
    const buu = refusal(await decide(a.caseWorker, plan.id, v, { body: 'committee', committeeId: r.buu, decidedOn: '2012-12-02' }));
    expect(buu).toMatchObject({ rule: 'APP-DATE', message: expect.stringContaining('(Teknik- og Miljøudvalget, 3. december 2012)') });
    // "Ret beslutning" on TMU's approval: its new date may not lie before the submission (2012-11-15).
    const tmu = (await (await a.caseWorker.request({ method: 'GET', url: `/api/plans/${plan.id}/decisions` })).json()).items.at(-1) as { id: string };
    const correct = (decidedOn: string) =>
      decide(a.caseWorker, plan.id, v, { body: 'committee', committeeId: r.tmu, decidedOn, correctsDecisionId: tmu.id, note: 'Forkert mødedato' });
    const wrong = refusal(await correct('2012-11-14'));
    expect(wrong).toMatchObject({ rule: 'APP-DATE' });
    expect(wrong.message).toBe('Beslutningen kan ikke dateres før den foregående beslutning (Boligorganisationen, 15. november 2012)');
    expect((await correct('2012-11-15')).statusCode).toBe(201);
  });
});

describe('APP-COOPERATION-FIRST: the cooperation is agreed on or before the submission', () => {
  it('a cooperation dated on the submission day is allowed; a day after, the submission is refused', async () => {
    const sameDay = await cleanPlanVia(a.staff, r, { cooperation: { ...cooperation(r), agreementDate: '2012-11-15' } });
    const v1 = await driveTo(a, r, sameDay.id, sameDay.version, 'advisory_process');
    expect((await decide(a.staff, sameDay.id, v1, { body: 'housing_organisation', decidedOn: '2012-11-15' })).statusCode).toBe(201);

    const later = await cleanPlanVia(a.staff, r, { cooperation: { ...cooperation(r), agreementDate: '2012-11-16' } });
    const v2 = await driveTo(a, r, later.id, later.version, 'advisory_process');
    const res = refusal(await decide(a.staff, later.id, v2, { body: 'housing_organisation', decidedOn: '2012-11-15' }));
    expect(res).toMatchObject({ rule: 'APP-COOPERATION-FIRST', path: 'body.decidedOn', message: expect.stringContaining('(16. november 2012)') });
    expect(await versionOf(a.staff, later.id)).toBe(v2);
  });
});

describe('the approved version is dated by the decision that approved it', () => {
  it('approvedOn is the commitment’s date, and follows a correction of that date', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    const v = await driveTo(a, r, plan.id, plan.version, 'fund_commitment'); // the commitment on 2013-01-10
    type Summary = { number: number; approvedOn: string | null; approvedAt: string | null };
    const list = async () => ((await a.fund.request({ method: 'GET', url: `/api/plans/${plan.id}/revisions` })).json() as { items: Summary[] }).items;
    const [first] = await list();
    expect(first).toMatchObject({ number: 1, approvedOn: '2013-01-10' });
    expect(first!.approvedAt!.slice(0, 4)).not.toBe('2013'); // recorded now, dated by the decision

    const commitment = (await (await a.fund.request({ method: 'GET', url: `/api/plans/${plan.id}/decisions` })).json()).items.at(-1) as { id: string };
    const corrected = await decide(a.fund, plan.id, v, { body: 'fund', decidedOn: '2013-01-12', correctsDecisionId: commitment.id, note: 'Tilsagnsbrevets dato' });
    expect(corrected.statusCode, corrected.body).toBe(201);
    expect(await list()).toMatchObject([{ number: 1, approvedOn: '2013-01-12' }]);
    const one = (await a.fund.request({ method: 'GET', url: `/api/plans/${plan.id}/revisions/1` })).json() as Summary;
    expect(one.approvedOn).toBe('2013-01-12');
  });
});
