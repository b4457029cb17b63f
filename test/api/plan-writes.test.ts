/**
 * What reads and writes of a plan read: a page reads the plan once with the parts it shows, a
 * write reads what it locks and checks once and answers with what it wrote; and the use cases
 * build a plan from a seed script as the API does; the client's rules, run on the plan as read,
 * give the server's report.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotOfPlan } from '../../src/domain/plan-snapshot.ts';
import { ruleReport } from '../../src/domain/rules/report.ts';
import { ActivityInput, BudgetInput, GoalInput, PlanInput } from '../../src/domain/schemas/plans.ts';
import { systemCtx } from '../../src/server/context.ts';
import { addActivity } from '../../src/server/features/plans/add-activity.ts';
import { addGoal } from '../../src/server/features/plans/add-goal.ts';
import { createPlan } from '../../src/server/features/plans/create-plan.ts';
import { replaceBudget } from '../../src/server/features/plans/replace-budget.ts';
import { allocateFromPool } from '../../src/server/features/pools/allocate-from-pool.ts';
import { createPool } from '../../src/server/features/pools/create-pool.ts';
import { useTestApp } from '../helpers/app.ts';
import { planLoadCounter } from '../helpers/plan-loads.ts';
import { type Refs, cleanBudget, createPlanVia, ifMatch, loadRefs, planBody } from '../helpers/plans.ts';

const planLoads = planLoadCounter();
const t = useTestApp({ appDb: (db) => db.withPlugin(planLoads.plugin) });
let r: Refs;
beforeAll(async () => {
  r = await loadRefs(t);
});

const staff = () => t.signIn('boligorganisation@demo.example'); // fsb

describe('a write answers with what it wrote', () => {
  /** The plan reads a request makes: for each, the parts it asks for. */
  const loadsOf = async (request: () => Promise<{ statusCode: number; body: string }>) => {
    planLoads.reset();
    const res = await request();
    expect(res.statusCode, res.body).toBeLessThan(300);
    return planLoads.loads;
  };
  const content = ['activities', 'allocations', 'budgetLines', 'committeeIds', 'estates', 'goals', 'interventionAreas', 'partnerAdministrationIds'];

  it('reads a plan once with what the page shows (the plan itself: its stored document); a budget save reads it once, other writes before and after, never again to answer', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r));
    const url = `/api/plans/${plan.id}`;
    expect(await loadsOf(() => s.request({ method: 'GET', url }))).toEqual([]);
    expect(await loadsOf(() => s.request({ method: 'GET', url: `${url}/validation` }))).toEqual([['estates', 'summary']]);
    expect(await loadsOf(() => s.request({ method: 'GET', url: `${url}/goals` }))).toEqual([['estates', 'goals']]);
    expect(await loadsOf(() => s.request({ method: 'GET', url: `${url}/budget-lines` }))).toEqual([['budgetLines', 'estates', 'interventionAreas']]);
    expect(await loadsOf(() => s.request({ method: 'GET', url: '/api/plans' }))).toEqual([]);
    expect(await loadsOf(() => s.request({ method: 'GET', url: `${url}/decisions` }))).toEqual([['committeeIds', 'decisions', 'estates']]);
    expect(await loadsOf(() => s.request({ method: 'PUT', url: `${url}/budget-lines`, headers: ifMatch(1), payload: { lines: cleanBudget(r) } }))).toEqual([content]);
    expect(await loadsOf(() => s.request({ method: 'PATCH', url, headers: ifMatch(2), payload: { name: 'Omdøbt' } }))).toEqual([content, content]);
    expect(await loadsOf(() => s.request({ method: 'POST', url: `${url}/goals`, headers: ifMatch(3), payload: { title: 'Mål' } }))).toEqual([content, content]);
  });

  it('answers with the plan as stored: the same JSON and ETag a read gives afterwards', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r));
    const url = `/api/plans/${plan.id}`;
    const budget = await s.request({ method: 'PUT', url: `${url}/budget-lines`, headers: ifMatch(1), payload: { lines: cleanBudget(r) } });
    const budgetRead = await s.request({ method: 'GET', url: `${url}/budget-lines` });
    expect(budget.headers.etag).toBe('"2"');
    expect(budgetRead.headers.etag).toBe('"2"');
    expect(budget.json()).toEqual(budgetRead.json());
    const patched = await s.request({ method: 'PATCH', url, headers: ifMatch(2), payload: { challenges: 'Nye udfordringer' } });
    const read = await s.request({ method: 'GET', url });
    expect(patched.headers.etag).toBe('"3"');
    expect(patched.json()).toEqual(read.json());
    expect(read.json()).toMatchObject({ version: 3, challenges: 'Nye udfordringer', budget: { frameOre: budget.json().matrix.frameOre } });
  });
});

describe('from a seed script (the use cases with the system context)', () => {
  it('builds a complete, clean plan with a pool allocation', async () => {
    const ctx = systemCtx(t.db, 'seed');

    const { plan: { id } } = await createPlan(ctx, PlanInput.parse(planBody(r, { name: 'Seedet plan', provenance: 'example' })));
    const goal = await addGoal(ctx, id, 1, GoalInput.parse({
      title: 'Flere i job',
      criteria: [{ description: 'Andel i job', indicator: { name: 'I job', unit: '%', baselineValue: 40, baselineYear: 2012 }, targets: [2013, 2014, 2015, 2016].map((year) => ({ year, value: 45 })) }],
    }));
    const activity = await addActivity(ctx, id, goal.version, ActivityInput.parse({ name: 'Jobcafé', interventionAreaId: r.areaIds[1], carriedOutBy: 'plan_staff', goalIds: [goal.result] }));
    const budget = await replaceBudget(ctx, id, activity.version, BudgetInput.parse({ lines: cleanBudget(r) }).lines);
    expect(budget.version).toBe(4);
    const { id: poolId } = await createPool(ctx, { municipalityId: r.municipality, name: 'Seed-pulje', budgetYear: 2012, capacityOre: 30_000_000_00, fundingPeriodIds: [r.period], provenance: 'published' });
    await allocateFromPool(ctx, poolId, { planId: id, amountOre: 500_000_00, note: '' });

    const admin = await t.signIn('admin@demo.example');
    const report = (await admin.request({ method: 'GET', url: `/api/plans/${id}/validation` })).json();
    expect(report).toMatchObject({ errors: [], warnings: [], canSubmit: true });
  });
});

describe('the same rules on the client', () => {
  it('a report from the plan JSON (snapshotOfPlan) equals the server report, also for edits not yet saved', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r, { endDate: '2017-06-30', estateIds: [r.aab8, r.bispeparken] }));
    const lines = cleanBudget(r);
    lines[0] = { ...lines[0]!, year: 2018 };
    await s.request({ method: 'PUT', url: `/api/plans/${plan.id}/budget-lines`, headers: ifMatch(1), payload: { lines } });
    const json = (await s.request({ method: 'GET', url: `/api/plans/${plan.id}` })).json();
    const server = (await s.request({ method: 'GET', url: `/api/plans/${plan.id}/validation` })).json();
    const client = ruleReport(snapshotOfPlan(json));
    const ids = (fs: { rule: string; path: string }[]) => fs.map((f) => `${f.rule}@${f.path}`);
    expect(ids(client.errors)).toEqual(ids(server.errors));
    expect(ids(client.warnings)).toEqual(ids(server.warnings));
    expect(ids(server.errors)).toEqual(['PLAN-GOALS@goals', 'FIN-FRAME@budgetLines.15.year']); // lines come back by year
    expect(ids(server.warnings)).toEqual(['PLAN-PERIOD@endDate']);
    // Live feedback: one øre more municipal money in the form shows FIN-MUNICIPAL-CAP before saving.
    const typed = snapshotOfPlan(json);
    typed.budgetLines[1] = { ...typed.budgetLines[1]!, amountOre: typed.budgetLines[1]!.amountOre + 1 };
    expect(ruleReport(typed).errors.map((f) => f.rule)).toContain('FIN-MUNICIPAL-CAP');
  });
});
