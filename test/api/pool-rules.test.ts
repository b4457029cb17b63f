/**
 * The pool rules of issue #9 through the API, at their boundaries: FIN-POOL-PLAN-CAP (exactly the
 * plan's 12.5 % allowed, one øre more refused, across pools and under concurrency), FIN-POOL-PERIOD,
 * FIN-POOL-COOPERATION, and FIN-POOL-COMMITTED (reserved → committed at the City Council, released
 * at refusal and withdrawal, with the pool's committed, reserved and free), and the allocation list.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';
import { cleanPlanVia, decide, driveTo, useApprovalActors, versionOf } from '../helpers/approval.ts';
import { onPostgres } from '../helpers/db.ts';
import { cleanBudget, createPlanVia, ifMatch, planBody } from '../helpers/plans.ts';

const t = useTestApp();
const { r, a } = useApprovalActors(t);

type Json = Record<string, unknown> & { id: string };
const violations = (res: { json: () => unknown }) => (res.json() as { violations?: { rule: string; path: string; message: string }[] }).violations ?? [];
const rules = (res: { json: () => unknown }) => violations(res).map((v) => v.rule);

async function createPool(capacityOre: number, fundingPeriodIds = [r.period]) {
  const name = `Pulje ${Math.random().toString(36).slice(2, 8)}`;
  const res = await a.admin.request({ method: 'POST', url: '/api/pools', payload: { municipalityId: r.municipality, name, budgetYear: 2012, capacityOre, fundingPeriodIds } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Json & { version: number };
}
const allocate = (poolId: string, planId: string, amountOre: number) =>
  a.admin.request({ method: 'POST', url: `/api/pools/${poolId}/allocations`, payload: { planId, amountOre } });
const poolOf = async (id: string) => (await a.admin.request({ method: 'GET', url: `/api/pools/${id}` })).json() as Json & Record<string, number> & { allocations: Json[] };

/** A draft plan in Bispebjerg with a clean budget of `perYearOre` a year (4 years), the cooperation in place. */
async function planWithFrame(perYearOre: number, overrides: Record<string, unknown> = {}) {
  const plan = await createPlanVia(a.admin, planBody(r, overrides));
  const res = await a.admin.request({ method: 'PUT', url: `/api/plans/${plan.id}/budget-lines`, headers: ifMatch(1), payload: { lines: cleanBudget(r, perYearOre) } });
  expect(res.statusCode, res.body).toBe(200);
  return plan.id;
}

describe('FIN-POOL-PLAN-CAP', () => {
  it("a 9.6 mio. kr. plan gets exactly its 12.5 % (1.2 mio. kr.) from the pools together, not one øre more", async () => {
    const plan = await planWithFrame(2_400_000_00);
    const [one, two] = [await createPool(30_000_000_00), await createPool(30_000_000_00)];
    // The issue's case: 9.2 mio. kr. to a 9.6 mio. kr. plan.
    const huge = await allocate(one.id, plan, 9_200_000_00);
    expect(huge.statusCode).toBe(422);
    expect(violations(huge)).toEqual([expect.objectContaining({ rule: 'FIN-POOL-PLAN-CAP', path: 'body.amountOre' })]);
    expect(violations(huge)[0]!.message).toContain('1.200.000,00 kr.');

    expect((await allocate(one.id, plan, 700_000_00)).statusCode).toBe(201);
    const over = await allocate(two.id, plan, 500_000_01);
    expect(over.statusCode).toBe(422);
    expect(rules(over)).toEqual(['FIN-POOL-PLAN-CAP']);
    const exact = await allocate(two.id, plan, 500_000_00);
    expect(exact.statusCode, exact.body).toBe(201);

    // Raising an allocation is decided the same way (its own amount left out).
    const first = (await poolOf(one.id)).allocations[0]!;
    const raise = await a.admin.request({ method: 'PATCH', url: `/api/pools/${one.id}/allocations/${first.id}`, headers: ifMatch(1), payload: { amountOre: 700_000_01 } });
    expect(rules(raise)).toEqual(['FIN-POOL-PLAN-CAP']);
    const lower = await a.admin.request({ method: 'PATCH', url: `/api/pools/${one.id}/allocations/${first.id}`, headers: ifMatch(1), payload: { amountOre: 600_000_00 } });
    expect(lower.statusCode, lower.body).toBe(200);
    const back = await a.admin.request({ method: 'PATCH', url: `/api/pools/${one.id}/allocations/${first.id}`, headers: ifMatch(2), payload: { amountOre: 700_000_00 } });
    expect(back.statusCode, back.body).toBe(200);

    // Cutting the budget afterwards is reported on the plan.
    const cut = await a.admin.request({ method: 'PUT', url: `/api/plans/${plan}/budget-lines`, headers: ifMatch(await versionOf(a.admin, plan)), payload: { lines: cleanBudget(r, 2_000_000_00) } });
    expect(cut.statusCode, cut.body).toBe(200);
    const report = (await a.admin.request({ method: 'GET', url: `/api/plans/${plan}/validation` })).json();
    expect(report.errors.map((f: { rule: string }) => f.rule)).toContain('FIN-POOL-PLAN-CAP');
  });

  it(`never lets concurrent allocations from two pools exceed the plan's cap (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, async () => {
    const plan = await planWithFrame(200_000_00); // 800.000 kr.: at most 100.000 kr. from the pools
    const pools = [await createPool(30_000_000_00), await createPool(30_000_000_00)];
    const responses = await Promise.all(Array.from({ length: 30 }, (_, i) => allocate(pools[i % 2]!.id, plan, 7_000_00)));
    expect(responses.every((res) => res.statusCode === 201 || rules(res).join() === 'FIN-POOL-PLAN-CAP'), responses.map((x) => x.body).join('\n')).toBe(true);
    const held = await t.db.selectFrom('poolAllocation').select('amountOre').where('planId', '=', plan).execute();
    expect(held.reduce((s, x) => s + x.amountOre, 0)).toBe(14 * 7_000_00);
    expect(responses.filter((res) => res.statusCode === 201)).toHaveLength(14);
  });
});

describe('FIN-POOL-PERIOD and FIN-POOL-COOPERATION', () => {
  it('a pool allocates only to plans of the periods it serves; its periods keep the plans holding its money', async () => {
    const later = (await t.db.selectFrom('fundingPeriod').select('id').where('name', '=', '2015–18').executeTakeFirstOrThrow()).id;
    const plan = await planWithFrame(1_000_000_00);
    const pool = await createPool(30_000_000_00, [later]);
    expect(pool.fundingPeriods).toEqual([{ id: later, name: '2015–18' }]);
    const res = await allocate(pool.id, plan, 1_000_00);
    expect(res.statusCode).toBe(422);
    expect(violations(res)).toEqual([expect.objectContaining({ rule: 'FIN-POOL-PERIOD', path: 'body.planId', message: 'Puljen tjener 2015–18; planen hører til 2011–14' })]);

    const serve = await a.admin.request({ method: 'PATCH', url: `/api/pools/${pool.id}`, headers: ifMatch(1), payload: { fundingPeriodIds: [later, r.period] } });
    expect(serve.statusCode, serve.body).toBe(200);
    expect(serve.json().fundingPeriods.map((p: { name: string }) => p.name)).toEqual(['2011–14', '2015–18']);
    expect((await allocate(pool.id, plan, 1_000_00)).statusCode).toBe(201);
    const drop = await a.admin.request({ method: 'PATCH', url: `/api/pools/${pool.id}`, headers: ifMatch(2), payload: { fundingPeriodIds: [later] } });
    expect(violations(drop)).toEqual([expect.objectContaining({ rule: 'FIN-POOL-PERIOD', path: 'body.fundingPeriodIds' })]);
    expect((await poolOf(pool.id)).fundingPeriods).toHaveLength(2);
    const events = await t.db.selectFrom('auditEvent').select(['action', 'after']).where('resourceId', '=', pool.id).orderBy('at').execute();
    expect(events.map((e) => [e.action, (e.after as { fundingPeriodIds: string[] }).fundingPeriodIds])).toEqual([
      ['create', [later]],
      ['update', [later, r.period]],
    ]);
  });

  it('an allocation needs the plan’s cooperation in place', async () => {
    const plan = await createPlanVia(a.admin, planBody(r, { cooperation: { administrationIds: [r.bif], agreementDate: null, reference: null } }));
    const lines = cleanBudget(r).filter((l) => l.source !== 'municipal'); // no municipal lines without a cooperation (FIN-COOPERATION)
    expect((await a.admin.request({ method: 'PUT', url: `/api/plans/${plan.id}/budget-lines`, headers: ifMatch(1), payload: { lines } })).statusCode).toBe(200);
    const pool = await createPool(30_000_000_00);
    const res = await allocate(pool.id, plan.id, 1_000_00);
    expect(violations(res)).toEqual([expect.objectContaining({ rule: 'FIN-POOL-COOPERATION', path: 'body.planId' })]);
    const agreed = await a.admin.request({ method: 'PATCH', url: `/api/plans/${plan.id}`, headers: ifMatch(2), payload: { cooperation: { administrationIds: [r.bif], agreementDate: '2012-11-01', reference: null } } });
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect((await allocate(pool.id, plan.id, 1_000_00)).statusCode).toBe(201);
  });
});

describe('FIN-POOL-COMMITTED', () => {
  it('reserved until BR approves, committed from then on, released at refusal and withdrawal; FIN-POOL-CAP counts committed and reserved', async () => {
    const pool = await createPool(900_000_00);
    const [approved, refused, withdrawn] = [await cleanPlanVia(a.staff, r), await cleanPlanVia(a.staff, r), await cleanPlanVia(a.staff, r)];
    for (const p of [approved, refused, withdrawn]) expect((await allocate(pool.id, p.id, 300_000_00)).json().state).toBe('reserved');
    expect(await poolOf(pool.id)).toMatchObject({ capacityOre: 900_000_00, committedOre: 0, reservedOre: 900_000_00, allocatedOre: 900_000_00, freeOre: 0 });
    expect(rules(await allocate(pool.id, approved.id, 1))).toEqual(['FIN-POOL-CAP']);

    // Through ØU the allocation stays reserved; BR's approval commits it.
    const atBr = await driveTo(a, r, approved.id, approved.version, 'city_council');
    expect((await poolOf(pool.id)).committedOre).toBe(0);
    const br = await decide(a.caseWorker, approved.id, atBr, { body: 'city_council', decidedOn: '2012-12-13' });
    expect(br.statusCode, br.body).toBe(201);
    expect(await poolOf(pool.id)).toMatchObject({ committedOre: 300_000_00, reservedOre: 600_000_00, freeOre: 0 });
    const committed = (await poolOf(pool.id)).allocations.find((x) => x.planId === approved.id)!;
    expect(committed).toMatchObject({ state: 'committed', version: 2 });
    const commit = await t.db.selectFrom('auditEvent').select(['action', 'after']).where('resourceId', '=', committed.id).where('action', '=', 'commit').executeTakeFirstOrThrow();
    expect(commit.after).toMatchObject({ state: 'committed', decisionId: br.json().decisionId });
    expect((await a.admin.request({ method: 'GET', url: `/api/plans/${approved.id}` })).json().poolAllocations).toEqual([expect.objectContaining({ state: 'committed', amountOre: 300_000_00 })]);

    // A committee's refusal releases the reservation: the money is free again, and the plan holds none.
    const submitted = await driveTo(a, r, refused.id, refused.version, 'submitted_to_municipality');
    const no = await decide(a.caseWorker, refused.id, submitted, { body: 'committee', committeeId: r.tmu, outcome: 'refused' });
    expect(no.statusCode, no.body).toBe(201);
    expect(await poolOf(pool.id)).toMatchObject({ committedOre: 300_000_00, reservedOre: 300_000_00, allocatedOre: 600_000_00, freeOre: 300_000_00 });
    const plan = (await a.admin.request({ method: 'GET', url: `/api/plans/${refused.id}` })).json();
    expect(plan.poolAllocations).toEqual([]);
    expect((await a.admin.request({ method: 'GET', url: `/api/plans?urbanAreaId=${r.bispebjerg}&limit=500` })).json().items.find((p: Json) => p.id === refused.id).poolAllocatedOre).toBe(0);

    // A released allocation is history: not changed, not withdrawn; the refused plan gets no new one.
    const released = (await poolOf(pool.id)).allocations.find((x) => x.planId === refused.id)!;
    expect(released).toMatchObject({ state: 'released', version: 2 });
    const url = `/api/pools/${pool.id}/allocations/${released.id}`;
    expect(rules(await a.admin.request({ method: 'PATCH', url, headers: ifMatch(2), payload: { note: 'x' } }))).toEqual(['FIN-POOL-COMMITTED']);
    expect(rules(await a.admin.request({ method: 'DELETE', url, headers: ifMatch(2) }))).toEqual(['FIN-POOL-COMMITTED']);
    expect(rules(await allocate(pool.id, refused.id, 1))).toEqual(['FIN-POOL-COMMITTED']);

    // Withdrawal releases too; the freed money can be allocated again, exactly, not one øre more.
    const w = await decide(a.staff, withdrawn.id, withdrawn.version, { body: 'housing_organisation', outcome: 'withdrawn' });
    expect(w.statusCode, w.body).toBe(201);
    expect(await poolOf(pool.id)).toMatchObject({ committedOre: 300_000_00, reservedOre: 0, freeOre: 600_000_00 });
    // A plan past BR gets a committed allocation at once (its cap: 500.000 kr., 300.000 held).
    const more = await allocate(pool.id, approved.id, 200_000_00);
    expect(more.json()).toMatchObject({ state: 'committed' });
    const last = await cleanPlanVia(a.staff, r);
    expect(rules(await allocate(pool.id, last.id, 400_000_01))).toEqual(['FIN-POOL-CAP']);
    expect((await allocate(pool.id, last.id, 400_000_00)).json()).toMatchObject({ state: 'reserved' });
    expect(await poolOf(pool.id)).toMatchObject({ committedOre: 500_000_00, reservedOre: 400_000_00, freeOre: 0 });

    // The pool's allocations, page by page, and by state.
    const walk = async (query: string) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = (await a.fund.request({ method: 'GET', url: `/api/pools/${pool.id}/allocations?limit=2${query}${cursor ? `&cursor=${cursor}` : ''}` })).json();
        ids.push(...page.items.map((x: Json) => x.id));
        cursor = page.next;
      } while (cursor);
      return ids;
    };
    const all = (await poolOf(pool.id)).allocations;
    expect(await walk('')).toEqual(all.map((x) => x.id));
    expect(all).toHaveLength(5);
    expect((await walk('&state=released')).sort()).toEqual(all.filter((x) => x.state === 'released').map((x) => x.id).sort());
    expect(await walk('&state=released')).toHaveLength(2);
  });

  it('lists allocations only to those who may read the pool', async () => {
    const pool = await createPool(1_000_00);
    const url = `/api/pools/${pool.id}/allocations`;
    expect((await a.caseWorker.request({ method: 'GET', url })).json()).toEqual({ items: [] });
    expect((await a.staff.request({ method: 'GET', url })).statusCode).toBe(403);
    const elsewhere = await t.db.insertInto('municipality').values({ code: '998', name: 'Andetsteds' }).returning('id').executeTakeFirstOrThrow();
    const foreign = await t.db.insertInto('pool').values({ municipalityId: elsewhere.id, name: 'Fremmed', budgetYear: 2012, capacityOre: 1 }).returning('id').executeTakeFirstOrThrow();
    expect((await a.admin.request({ method: 'GET', url: `/api/pools/${foreign.id}/allocations` })).statusCode).toBe(404);
    expect((await a.admin.request({ method: 'GET', url: `/api/pools/${crypto.randomUUID()}/allocations` })).statusCode).toBe(404);
    expect((await a.fund.request({ method: 'GET', url: `/api/pools/${foreign.id}/allocations` })).statusCode).toBe(200);
    expect((await a.admin.request({ method: 'GET', url: `${url}?state=spent` })).statusCode).toBe(400);
  });
});
