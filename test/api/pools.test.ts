import { beforeAll, describe, expect, it } from 'vitest';
import { type Session, useTestApp } from '../helpers/app.ts';
import { onPostgres } from '../helpers/db.ts';
import { type Refs, cleanBudget, createPlanVia, ifMatch, loadRefs, planBody } from '../helpers/plans.ts';

const t = useTestApp();
let r: Refs;
let admin: Session;
let vulnerablePlan: string;
let outsidePlan: string;

beforeAll(async () => {
  r = await loadRefs(t);
  admin = await t.signIn('admin@demo.example');
  // A 40 mio. kr. plan: up to 5 mio. kr. from the pools (FIN-POOL-PLAN-CAP), more than these tests allocate to it.
  vulnerablePlan = (await createPlanVia(admin, planBody(r, { name: 'Bispebjerg (pulje)' }))).id;
  const budget = await admin.request({ method: 'PUT', url: `/api/plans/${vulnerablePlan}/budget-lines`, headers: ifMatch(1), payload: { lines: cleanBudget(r, 10_000_000_00) } });
  expect(budget.statusCode, budget.body).toBe(200);
  outsidePlan = (await createPlanVia(admin, planBody(r, { name: 'Østerbro (uden pulje)', urbanAreaId: r.osterbro, estateIds: [r.kildevaeldsgade] }))).id;
  await admin.request({ method: 'PUT', url: `/api/plans/${outsidePlan}/budget-lines`, headers: ifMatch(1), payload: { lines: cleanBudget(r) } });
});

const violations = (res: { json: () => unknown }) => (res.json() as { violations?: { rule: string; path: string }[] }).violations ?? [];

async function createPool(capacityOre: number, name = `Budget 2012 ${Math.random().toString(36).slice(2, 8)}`) {
  const res = await admin.request({ method: 'POST', url: '/api/pools', payload: { municipalityId: r.municipality, name, budgetYear: 2012, capacityOre, fundingPeriodIds: [r.period] } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

describe('pools', () => {
  it('the admin creates a pool; others may not', async () => {
    const pool = await createPool(30_000_000_00, 'Budget 2012');
    const got = await admin.request({ method: 'GET', url: `/api/pools/${pool.id}` });
    expect(got.json()).toMatchObject({
      name: 'Budget 2012',
      fundingPeriods: [{ id: r.period, name: '2011–14' }],
      capacityOre: 30_000_000_00,
      committedOre: 0,
      reservedOre: 0,
      allocatedOre: 0,
      freeOre: 30_000_000_00,
      allocations: [],
    });
    expect(got.json()).toEqual(pool);
    expect(got.headers.etag).toBe('"1"');
    for (const email of ['sagsbehandler@demo.example', 'boligorganisation@demo.example', 'fond@demo.example']) {
      const s = await t.signIn(email);
      const res = await s.request({ method: 'POST', url: '/api/pools', payload: { municipalityId: r.municipality, name: 'X', budgetYear: 2012, capacityOre: 1, fundingPeriodIds: [r.period] } });
      expect(res.statusCode, email).toBe(403);
    }
    const dup = await admin.request({ method: 'POST', url: '/api/pools', payload: { municipalityId: r.municipality, name: 'Budget 2012', budgetYear: 2012, capacityOre: 1, fundingPeriodIds: [r.period] } });
    expect(dup.statusCode).toBe(409);
    const bad = await admin.request({ method: 'POST', url: '/api/pools', payload: { municipalityId: r.municipality, name: 'Y', budgetYear: 2012, capacityOre: 0.5, fundingPeriodIds: [r.period] } });
    expect(bad.statusCode).toBe(400);
    expect(violations(bad)[0]?.path).toBe('body.capacityOre');
    // A pool names the periods it serves: at least one, each a known period.
    const none = await admin.request({ method: 'POST', url: '/api/pools', payload: { municipalityId: r.municipality, name: 'Z', budgetYear: 2012, capacityOre: 1, fundingPeriodIds: [] } });
    expect(violations(none)[0]?.path).toBe('body.fundingPeriodIds');
    const unknown = await admin.request({ method: 'POST', url: '/api/pools', payload: { municipalityId: r.municipality, name: 'Z', budgetYear: 2012, capacityOre: 1, fundingPeriodIds: [crypto.randomUUID()] } });
    expect(violations(unknown)[0]).toMatchObject({ rule: 'REFERENCE', path: 'body.fundingPeriodIds' });
    expect(await t.db.selectFrom('pool').select('id').where('name', '=', 'Z').execute()).toEqual([]);
  });

  it('case workers and the fund read pools; housing staff and researchers do not', async () => {
    const pool = await createPool(1000);
    for (const email of ['sagsbehandler@demo.example', 'fond@demo.example']) {
      const s = await t.signIn(email);
      expect((await s.request({ method: 'GET', url: `/api/pools/${pool.id}` })).statusCode, email).toBe(200);
      expect((await s.request({ method: 'GET', url: '/api/pools' })).json().items.length).toBeGreaterThan(0);
    }
    for (const email of ['boligorganisation@demo.example', 'forsker@demo.example']) {
      const s = await t.signIn(email);
      expect((await s.request({ method: 'GET', url: '/api/pools' })).statusCode, email).toBe(403);
    }
  });
});

describe('the pool list', () => {
  it("shows each reader the pools of their municipality (the fund all), newest year first, page by page", async () => {
    const elsewhere = await t.db.insertInto('municipality').values({ code: '999', name: 'Andenby' }).returning('id').executeTakeFirstOrThrow();
    for (const [budgetYear, name] of [[2013, 'B'], [2013, 'A'], [2011, 'C']] as const) {
      await t.db.insertInto('pool').values([{ municipalityId: r.municipality, name: `${name} ${budgetYear}`, budgetYear, capacityOre: 100 }, { municipalityId: elsewhere.id, name: `${name} ${budgetYear}`, budgetYear, capacityOre: 100 }]).execute();
    }
    const all = await t.db.selectFrom('pool').select(['id', 'municipalityId', 'budgetYear', 'name']).execute();
    const order = (ps: typeof all) => [...ps].sort((a, b) => b.budgetYear - a.budgetYear || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1)).map((p) => p.id);
    const walk = async (s: Session) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = (await s.request({ method: 'GET', url: `/api/pools?limit=2${cursor ? `&cursor=${cursor}` : ''}` })).json();
        ids.push(...page.items.map((p: { id: string }) => p.id));
        cursor = page.next;
      } while (cursor);
      return ids;
    };
    expect(await walk(await t.signIn('fond@demo.example'))).toEqual(order(all));
    for (const email of ['admin@demo.example', 'sagsbehandler@demo.example']) {
      expect(await walk(await t.signIn(email)), email).toEqual(order(all.filter((p) => p.municipalityId === r.municipality)));
    }
    expect((await admin.request({ method: 'GET', url: '/api/pools?cursor=1' })).statusCode).toBe(400);
  });
});

describe('allocations', () => {
  it('pool exactly full passes, one øre more fails with FIN-POOL-CAP', async () => {
    const pool = await createPool(1_000_000_00);
    const url = `/api/pools/${pool.id}/allocations`;
    const first = await admin.request({ method: 'POST', url, payload: { planId: vulnerablePlan, amountOre: 600_000_00 } });
    expect(first.statusCode, first.body).toBe(201);
    const over = await admin.request({ method: 'POST', url, payload: { planId: vulnerablePlan, amountOre: 400_000_01 } });
    expect(over.statusCode).toBe(422);
    expect(violations(over)).toEqual([expect.objectContaining({ rule: 'FIN-POOL-CAP', path: 'body.amountOre' })]);
    const full = await admin.request({ method: 'POST', url, payload: { planId: vulnerablePlan, amountOre: 400_000_00 } });
    expect(full.statusCode).toBe(201);
    const got = (await admin.request({ method: 'GET', url: `/api/pools/${pool.id}` })).json();
    expect(got).toMatchObject({ reservedOre: 1_000_000_00, committedOre: 0, allocatedOre: 1_000_000_00, freeOre: 0 });
    expect(got.allocations).toHaveLength(2);
    // Each answer is the allocation as stored, with its plan's name.
    expect(got.allocations).toEqual(expect.arrayContaining([first.json(), full.json()]));
    expect((await admin.request({ method: 'POST', url, payload: { planId: vulnerablePlan, amountOre: 1 } })).statusCode).toBe(422);

    // The plan shows its allocations, and FIN-POOL-MATCH warns: no municipal budget lines yet.
    const plan = (await admin.request({ method: 'GET', url: `/api/plans/${vulnerablePlan}` })).json();
    expect(plan.poolAllocations.length).toBeGreaterThanOrEqual(2);
    const report = (await admin.request({ method: 'GET', url: `/api/plans/${vulnerablePlan}/validation` })).json();
    expect(report.warnings.map((w: { rule: string }) => w.rule)).toContain('FIN-POOL-MATCH');
  });

  it('a plan outside a vulnerable urban area cannot draw on the pool', async () => {
    const pool = await createPool(1_000_000_00);
    const res = await admin.request({ method: 'POST', url: `/api/pools/${pool.id}/allocations`, payload: { planId: outsidePlan, amountOre: 1 } });
    expect(res.statusCode).toBe(422);
    expect(violations(res)).toEqual([expect.objectContaining({ rule: 'FIN-POOL-VULNERABLE', path: 'body.planId' })]);
    const en = await admin.request({ method: 'POST', url: `/api/pools/${pool.id}/allocations`, headers: { 'accept-language': 'en' }, payload: { planId: outsidePlan, amountOre: 1 } });
    expect(en.json().violations[0].message).toMatch(/vulnerable/);
  });

  it('4xx for unknown plans and pools, bad amounts, and other roles', async () => {
    const pool = await createPool(1000);
    const url = `/api/pools/${pool.id}/allocations`;
    expect(violations(await admin.request({ method: 'POST', url, payload: { planId: crypto.randomUUID(), amountOre: 1 } }))[0]).toMatchObject({ rule: 'REFERENCE', path: 'body.planId' });
    expect((await admin.request({ method: 'POST', url: `/api/pools/${crypto.randomUUID()}/allocations`, payload: { planId: vulnerablePlan, amountOre: 1 } })).statusCode).toBe(404);
    expect((await admin.request({ method: 'POST', url, payload: { planId: vulnerablePlan, amountOre: 0 } })).statusCode).toBe(400);
    const caseWorker = await t.signIn('sagsbehandler@demo.example');
    expect((await caseWorker.request({ method: 'POST', url, payload: { planId: vulnerablePlan, amountOre: 1 } })).statusCode).toBe(403);
  });

  it('changes and withdraws an allocation with If-Match, and never beyond capacity', async () => {
    const pool = await createPool(1000);
    const created = (await admin.request({ method: 'POST', url: `/api/pools/${pool.id}/allocations`, payload: { planId: vulnerablePlan, amountOre: 600 } })).json();
    const url = `/api/pools/${pool.id}/allocations/${created.id}`;
    expect((await admin.request({ method: 'PATCH', url, payload: { amountOre: 700 } })).statusCode).toBe(428);
    const over = await admin.request({ method: 'PATCH', url, headers: ifMatch(1), payload: { amountOre: 1001 } });
    expect(violations(over)[0]?.rule).toBe('FIN-POOL-CAP');
    const ok = await admin.request({ method: 'PATCH', url, headers: ifMatch(1), payload: { amountOre: 1000 } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ amountOre: 1000, version: 2, planName: 'Bispebjerg (pulje)' });
    expect((await admin.request({ method: 'GET', url: `/api/pools/${pool.id}` })).json().allocations).toEqual([ok.json()]);
    expect((await admin.request({ method: 'DELETE', url, headers: ifMatch(1) })).statusCode).toBe(412);
    expect((await admin.request({ method: 'DELETE', url, headers: ifMatch(2) })).statusCode).toBe(204);
    expect((await admin.request({ method: 'GET', url: `/api/pools/${pool.id}` })).json()).toMatchObject({ allocatedOre: 0, freeOre: 1000 });

    // Capacity never drops below what is allocated.
    await admin.request({ method: 'POST', url: `/api/pools/${pool.id}/allocations`, payload: { planId: vulnerablePlan, amountOre: 800 } });
    const shrink = await admin.request({ method: 'PATCH', url: `/api/pools/${pool.id}`, headers: ifMatch(1), payload: { capacityOre: 799 } });
    expect(violations(shrink)[0]).toMatchObject({ rule: 'FIN-POOL-CAP', path: 'body.capacityOre' });
    const grow = await admin.request({ method: 'PATCH', url: `/api/pools/${pool.id}`, headers: ifMatch(1), payload: { capacityOre: 800 } });
    expect(grow.json()).toMatchObject({ capacityOre: 800, freeOre: 0, version: 2 });
    expect(grow.json()).toEqual((await admin.request({ method: 'GET', url: `/api/pools/${pool.id}` })).json());
    const events = await t.db.selectFrom('auditEvent').select('action').where('resourceType', '=', 'poolAllocation').where('resourceId', '=', created.id).execute();
    expect(events.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
  });

  it(`never over-allocates under ${60} concurrent allocations, and stores every acknowledged one (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, async () => {
    const capacity = 25_000_00;
    const pool = await createPool(capacity);
    const amounts = Array.from({ length: 60 }, (_, i) => 1_000_00 + (i % 3)); // 1.000,00–1.000,02 kr.
    const responses = await Promise.all(
      amounts.map((amountOre) => admin.request({ method: 'POST', url: `/api/pools/${pool.id}/allocations`, payload: { planId: vulnerablePlan, amountOre } })),
    );
    const statuses = responses.map((res) => res.statusCode);
    expect(statuses.every((s) => s === 201 || s === 422), statuses.join(',')).toBe(true);
    const acknowledged = responses.filter((res) => res.statusCode === 201).map((res) => res.json() as { id: string; amountOre: number });
    const refused = responses.filter((res) => res.statusCode === 422);
    expect(refused.every((res) => violations(res)[0]?.rule === 'FIN-POOL-CAP')).toBe(true);

    const stored = await t.db.selectFrom('poolAllocation').select(['id', 'amountOre']).where('poolId', '=', pool.id).execute();
    const total = stored.reduce((s, a) => s + a.amountOre, 0);
    expect(total).toBeLessThanOrEqual(capacity);
    expect(stored.map((a) => a.id).sort()).toEqual(acknowledged.map((a) => a.id).sort());
    // 24 allocations of about 1.000 kr. fit in 25.000 kr.; the 25th does too unless it is one of the larger ones.
    expect(acknowledged.length).toBeGreaterThanOrEqual(24);
    expect(capacity - total).toBeLessThan(1_000_00);
  });
});
