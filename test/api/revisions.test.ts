import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';
import { type Actors, cleanPlanVia, decide, driveTo, useApprovalActors } from '../helpers/approval.ts';
import { cleanBudget, ifMatch } from '../helpers/plans.ts';
import { expectProblem } from '../helpers/registry.ts';

const t = useTestApp();
const { r, a } = useApprovalActors(t);

const patch = (planId: string, version: number, payload: object) =>
  a.staff.request({ method: 'PATCH', url: `/api/plans/${planId}`, headers: ifMatch(version), payload });
const startRevision = (planId: string, version: number, reason = 'Ny aktivitet for unge') =>
  a.staff.request({ method: 'POST', url: `/api/plans/${planId}/revisions`, headers: ifMatch(version), payload: { reason } });

describe('APP-LOCK and change revisions', () => {
  it('a committed plan is locked (409 APP-LOCK) until a change revision is started', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    const v = await driveTo(a, r, plan.id, plan.version, 'fund_commitment');

    const locked = expectProblem(await patch(plan.id, v, { name: 'Ændret' }), 409);
    expect(locked.violations?.[0]).toMatchObject({ rule: 'APP-LOCK' });
    expect(locked.violations?.[0]?.message).toMatch(/start en ændring/);
    const budget = await a.staff.request({ method: 'PUT', url: `/api/plans/${plan.id}/budget-lines`, headers: ifMatch(v), payload: { lines: cleanBudget(r) } });
    expect(expectProblem(budget, 409).violations?.[0]?.rule).toBe('APP-LOCK');

    const list = (await a.staff.request({ method: 'GET', url: `/api/plans/${plan.id}/revisions` })).json();
    expect(list.items).toMatchObject([{ number: 1, kind: 'approved', status: 'approved', decisionId: expect.any(String) }]);

    expect((await a.staff.request({ method: 'POST', url: `/api/plans/${plan.id}/revisions`, payload: { reason: 'x' } })).statusCode).toBe(428);
    const started = await startRevision(plan.id, v);
    expect(started.statusCode, started.body).toBe(201);
    expect(started.headers.etag).toBe(`"${v + 1}"`);
    expect(started.json()).toMatchObject({ number: 2, kind: 'change', status: 'in_progress', live: true, reason: 'Ny aktivitet for unge' });

    const edited = await patch(plan.id, v + 1, { name: 'Ændret navn' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ status: 'revision_draft', name: 'Ændret navn' });

    // The approved version stays as it was.
    const one = (await a.fund.request({ method: 'GET', url: `/api/plans/${plan.id}/revisions/1` })).json();
    expect(one).toMatchObject({ number: 1, live: false, content: { plan: { name: expect.not.stringMatching('Ændret navn') } } });
    const two = (await a.fund.request({ method: 'GET', url: `/api/plans/${plan.id}/revisions/2` })).json();
    expect(two).toMatchObject({ live: true, content: { plan: { name: 'Ændret navn' } } });

    const events = await t.db.selectFrom('auditEvent').select(['action', 'resourceType']).where('resourceType', '=', 'plan_revision').execute();
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['approve', 'create']));
    const revise = await t.db.selectFrom('auditEvent').select('action').where('resourceId', '=', plan.id).where('action', '=', 'revise').execute();
    expect(revise).toHaveLength(1);
  });

  it('a revision is only started on a committed or running plan, by its lead or the municipality', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    expect(expectProblem(await startRevision(plan.id, plan.version), 409).violations?.[0]?.rule).toBe('APP-LOCK');
    const v = await driveTo(a, r, plan.id, plan.version, 'running');
    const fund = await a.fund.request({ method: 'POST', url: `/api/plans/${plan.id}/revisions`, headers: ifMatch(v), payload: { reason: 'x' } });
    expect(fund.statusCode).toBe(403);
    const aab = await t.signIn('aab@demo.example');
    expect((await aab.request({ method: 'POST', url: `/api/plans/${plan.id}/revisions`, headers: ifMatch(v), payload: { reason: 'x' } })).statusCode).toBe(403);
    expect((await startRevision(plan.id, v - 1)).statusCode).toBe(412);
    const ok = await a.caseWorker.request({ method: 'POST', url: `/api/plans/${plan.id}/revisions`, headers: ifMatch(v), payload: { reason: 'Kommunen ønsker ændring' } });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(expectProblem(await startRevision(plan.id, v + 1), 409).violations?.[0]?.rule).toBe('APP-LOCK');
  });

  it('a change goes through approval again, is frozen at the fund’s approval, and compare shows the changed budget cell', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    let v = await driveTo(a, r, plan.id, plan.version, 'running');
    expect((await startRevision(plan.id, v)).statusCode).toBe(201);
    v += 1;

    // Change one budget cell: 2014, the first intervention area, the fund: +100,000 kr. and housing to keep 25 % local.
    const lines = cleanBudget(r).map((l) => (l.year === 2014 && l.source === 'fund' ? { ...l, amountOre: l.amountOre + 75_000_00 } : l.year === 2014 && l.source === 'housing' ? { ...l, amountOre: l.amountOre + 25_000_00 } : l));
    const put = await a.staff.request({ method: 'PUT', url: `/api/plans/${plan.id}/budget-lines`, headers: ifMatch(v), payload: { lines } });
    expect(put.statusCode, put.body).toBe(200);
    v += 1;

    const live = (await a.fund.request({ method: 'GET', url: `/api/plans/${plan.id}/revisions/compare?from=1` })).json();
    expect(live).toMatchObject({ from: 1, to: 'current', changed: true, budget: { total: { differenceOre: 100_000_00 } } });

    // The change: submission, committees, ØU, BR, board, fund — not prequalification again.
    const next = (await a.staff.request({ method: 'GET', url: `/api/plans/${plan.id}/decisions` })).json();
    expect(next.next.map((s: { step: string }) => s.step)).toEqual(['submission']);
    const steps: [keyof Actors, Record<string, unknown>][] = [
      ['staff', { body: 'housing_organisation' }],
      ['caseWorker', { body: 'committee', committeeId: r.tmu }],
      ['caseWorker', { body: 'committee', committeeId: r.buu }],
      ['admin', { body: 'finance_committee' }],
      ['caseWorker', { body: 'city_council' }],
      ['staff', { body: 'housing_board' }],
      ['fund', { body: 'fund' }],
    ];
    for (const [who, d] of steps) {
      const res = await decide(a[who], plan.id, v, { body: String(d.body), committeeId: (d.committeeId as string | undefined) ?? null, decidedOn: '2014-03-01' });
      expect(res.statusCode, `${String(d.body)}: ${res.body}`).toBe(201);
      v += 1;
    }
    const done = (await a.staff.request({ method: 'GET', url: `/api/plans/${plan.id}/decisions` })).json();
    expect(done.status).toBe('running');

    const list = (await a.staff.request({ method: 'GET', url: `/api/plans/${plan.id}/revisions` })).json();
    expect(list.items.map((i: { number: number; kind: string; status: string }) => [i.number, i.kind, i.status])).toEqual([
      [1, 'approved', 'approved'],
      [2, 'change', 'approved'],
    ]);
    // Frozen again: editing is locked, and the database refuses to change an approved revision.
    expect(expectProblem(await patch(plan.id, v, { name: 'x' }), 409).violations?.[0]?.rule).toBe('APP-LOCK');
    await expect(t.db.updateTable('planRevision').set({ reason: 'x' }).where('planId', '=', plan.id).execute()).rejects.toThrow(/frozen/);
    await expect(t.db.deleteFrom('planRevision').where('planId', '=', plan.id).execute()).rejects.toThrow(/frozen/);

    const cmp = await a.fund.request({ method: 'GET', url: `/api/plans/${plan.id}/revisions/compare?from=1&to=2` });
    expect(cmp.statusCode, cmp.body).toBe(200);
    const diff = cmp.json();
    expect(diff).toMatchObject({ from: 1, to: 2, changed: true, goals: [{ change: 'unchanged' }], activities: [] });
    expect(diff.budget.cells.filter((c: { differenceOre: number }) => c.differenceOre !== 0)).toEqual([
      expect.objectContaining({ year: 2014, interventionAreaId: r.areaIds[0], source: 'fund', differenceOre: 75_000_00 }),
      expect.objectContaining({ year: 2014, interventionAreaId: r.areaIds[5], source: 'housing', differenceOre: 25_000_00 }),
    ]);
    expect(diff.budget.byYear.find((y: { year: number }) => y.year === 2014)).toMatchObject({ differenceOre: 100_000_00 });
    expect(diff.budget.bySource.find((s: { source: string }) => s.source === 'fund')).toMatchObject({ differenceOre: 75_000_00 });
    const same = (await a.fund.request({ method: 'GET', url: `/api/plans/${plan.id}/revisions/compare?from=2&to=current` })).json();
    expect(same.changed).toBe(false);
    expect((await a.fund.request({ method: 'GET', url: `/api/plans/${plan.id}/revisions/compare?from=9` })).statusCode).toBe(404);
    expect((await a.fund.request({ method: 'GET', url: `/api/plans/${plan.id}/revisions/compare?from=abc` })).statusCode).toBe(400);
  });

  it('a change cannot be refused or withdrawn; it is returned to the working copy', async () => {
    const plan = await cleanPlanVia(a.staff, r);
    let v = await driveTo(a, r, plan.id, plan.version, 'fund_commitment');
    expect((await startRevision(plan.id, v)).statusCode).toBe(201);
    v += 1;
    expect((await decide(a.staff, plan.id, v, { body: 'housing_organisation', decidedOn: '2013-02-01' })).statusCode).toBe(201);
    v += 1;
    const refused = expectProblem(await decide(a.caseWorker, plan.id, v, { body: 'committee', committeeId: r.tmu, outcome: 'refused', decidedOn: '2013-02-05' }), 422);
    expect(refused.violations?.[0]?.rule).toBe('APP-DECISION');
    const withdrawn = expectProblem(await decide(a.staff, plan.id, v, { body: 'housing_organisation', outcome: 'withdrawn', decidedOn: '2013-02-05' }), 422);
    expect(withdrawn.violations?.[0]?.message).toMatch(/kan ikke trækkes tilbage/);
    const returned = await decide(a.caseWorker, plan.id, v, { body: 'committee', committeeId: r.tmu, outcome: 'returned', decidedOn: '2013-02-05', note: 'Budgettet skal begrundes' });
    expect(returned.json()).toMatchObject({ status: 'revision_draft', next: [{ step: 'submission' }] });
  });
});
