/**
 * The national data set (docs/national-data.md) at a small scale, beside the demo: its sizes, every
 * rule the domain has for plans, the approval route, pools and contracts, its synthetic marking,
 * the second run, and determinism across databases.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AllocationState, stateAfterDecision } from '../../src/domain/pools.ts';
import { ruleReport } from '../../src/domain/rules/report.ts';
import { ContractContent } from '../../src/domain/schemas/contracts.ts';
import { checkDecision } from '../../src/domain/decision-check.ts';
import { loadRoutes } from '../../src/server/features/approval/queries.ts';
import { contentFindings } from '../../src/server/features/contracts/contract-checks.ts';
import { toSnapshot } from '../../src/server/features/plans/present.ts';
import { contentParts, findPlans } from '../../src/server/features/plans/queries.ts';
import { planContentOf } from '../../src/server/features/revisions/content.ts';
import { plannedCounts } from '../../src/server/seed/national/counts.ts';
import { syntheticToday } from '../../src/server/seed/national/routes.ts';
import { type NationalResult, generateNational, seedNational } from '../../src/server/seed/national/seed-national.ts';
import { type TestApp, startTestApp } from '../helpers/app.ts';
import { freshDb, onPostgres } from '../helpers/db.ts';
import { nationalFingerprint, nationalTables } from '../helpers/national.ts';

const engine = onPostgres ? 'postgres' : 'pglite';
const options = { seed: 42, scale: 0.05, engine } as const;

let t: TestApp & { close: () => Promise<void> };
let first: NationalResult;
let planIds: string[];

beforeAll(async () => {
  t = await startTestApp();
  first = await seedNational(t.db, options);
  planIds = (await t.db.selectFrom('plan').select('id').where('provenance', '=', 'synthetic').orderBy('id').execute()).map((p) => p.id);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const count = async (table: string) => Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)} t where ${sql.raw(nationalTables[table]!)}`.execute(t.db)).rows[0]!.n);

describe('the national data set', () => {
  it('has the documented sizes, scaled, and counts what it made', async () => {
    expect(plannedCounts(1, 'postgres')).toEqual({ municipalities: 98, housingOrganisations: 560, urbanAreas: 420, estates: 7_100, plans: 450, auditEvents: 10_000_000 });
    expect(plannedCounts(1, 'pglite').auditEvents).toBe(1_000_000);
    expect(plannedCounts(10, 'postgres')).toEqual({ municipalities: 98, housingOrganisations: 5_600, urbanAreas: 4_200, estates: 71_000, plans: 4_500, auditEvents: 100_000_000 });

    expect(first.added).toBe(true);
    if (!first.added) return;
    const planned = plannedCounts(options.scale, engine);
    expect(planned).toEqual({ municipalities: 5, housingOrganisations: 28, urbanAreas: 21, estates: 355, plans: 23, auditEvents: engine === 'postgres' ? 500_000 : 50_000 });
    const c = first.set.counts;
    const inDb = {
      municipalities: await count('municipality'),
      housingOrganisations: await count('housing_organisation'),
      urbanAreas: await count('urban_area'),
      estates: await count('estate'),
      plans: await count('plan'),
      auditEvents: await count('audit_event'),
    };
    expect(inDb).toEqual(planned);
    expect({ ...c }).toMatchObject(planned);
    expect([await count('goal'), await count('budget_line'), await count('decision'), await count('contract')]).toEqual([c.goals, c.budgetLines, c.decisions, c.contracts]);
    expect(c.goals).toBeGreaterThanOrEqual(2 * c.plans);
    expect(c.decisions).toBeGreaterThan(5 * c.plans);
  });

  it('keeps every plan rule: the rule report is clean for every plan, through the plan queries and the API', async () => {
    const plans = [...(await findPlans(t.db, planIds, { include: contentParts })).values()];
    expect(plans).toHaveLength(23);
    const unclean = plans.flatMap((d) => {
      const r = ruleReport(toSnapshot(d));
      return [...r.errors, ...r.warnings].map((f) => `${d.plan.name}: ${f.rule} ${f.path} ${f.message.en}`);
    });
    expect(unclean).toEqual([]);

    const fund = await t.signIn('fond@demo.example');
    for (const id of planIds) {
      const res = await fund.request({ method: 'GET', url: `/api/plans/${id}/validation` });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ errors: [], warnings: [], canSubmit: true });
    }
    // The set exercises the rules it keeps: plans with and without the municipality's money,
    // in and outside vulnerable areas, with pool money, and in many states of the route.
    const municipal = plans.map((d) => d.budgetLines.some((l) => l.source === 'municipal'));
    expect(municipal).toContain(true);
    expect(municipal).toContain(false);
    expect(plans.some((d) => d.allocations.length > 0)).toBe(true);
    expect(new Set(plans.map((d) => d.plan.status)).size).toBeGreaterThanOrEqual(4);
  });

  it('follows the approval route: every decision replays through checkDecision, and a commitment froze the plan as it is', async () => {
    const plans = [...(await findPlans(t.db, planIds, { include: contentParts })).values()];
    const routes = await loadRoutes(t.db, plans);
    const wrong: string[] = [];
    for (const d of plans) {
      const { route } = routes.get(d.plan.id)!;
      let status = 'draft';
      for (const [k, fact] of route.decisions.entries()) {
        const action = { body: fact.body, committeeId: fact.committeeId, outcome: fact.outcome, decidedOn: fact.decidedOn, correctsDecisionId: null };
        const v = checkDecision(action, { ...route, plan: { ...route.plan, status: status as never }, decisions: route.decisions.slice(0, k) }, null, syntheticToday);
        if (!v.ok || v.step !== fact.step || v.fromStatus !== status || v.toStatus !== fact.toStatus || fact.fromStatus !== status) {
          wrong.push(`${d.plan.name} decision ${k + 1} (${fact.step} ${fact.outcome}): ${JSON.stringify(v)}`);
        }
        status = fact.toStatus;
      }
      if (status !== d.plan.status) wrong.push(`${d.plan.name} is ${d.plan.status}, its decisions say ${status}`);
      // APP-COOPERATION-FIRST (the replay checks it too): a cooperation is agreed on or before every submission.
      const agreed = d.plan.cooperationAgreementDate;
      for (const f of route.decisions.filter((x) => x.step === 'submission')) {
        if (agreed !== null && agreed > f.decidedOn) wrong.push(`${d.plan.name}: cooperation ${agreed} after the submission ${f.decidedOn}`);
      }
    }
    expect(wrong).toEqual([]);
    const submitted = plans.filter((d) => d.plan.cooperationAgreementDate !== null && routes.get(d.plan.id)!.route.decisions.some((f) => f.step === 'submission'));
    expect(submitted.length).toBeGreaterThan(0);

    const revisions = await t.db
      .selectFrom('planRevision')
      .innerJoin('decision', 'decision.id', 'planRevision.decisionId')
      .select(['planRevision.planId', 'planRevision.number', 'planRevision.status', 'planRevision.snapshot', 'decision.step', 'decision.outcome'])
      .where('planRevision.planId', 'in', planIds)
      .execute();
    const committed = plans.filter((d) => routes.get(d.plan.id)!.route.decisions.some((f) => f.step === 'fund_commitment' && f.outcome === 'approved'));
    expect(committed.length).toBeGreaterThan(0);
    expect(revisions).toHaveLength(committed.length);
    for (const d of committed) {
      const revision = revisions.find((r) => r.planId === d.plan.id);
      expect(revision).toMatchObject({ number: 1, status: 'approved', step: 'fund_commitment', outcome: 'approved' });
      expect(revision!.snapshot).toEqual(planContentOf(d));
    }
  });

  it('never allocates a pool beyond its capacity, and only to plans in vulnerable areas', async () => {
    const pools = await sql<{ capacity: string; allocated: string; outside: string }>`
      select p.capacity_ore as capacity, sum(a.amount_ore) as allocated, count(*) filter (where not ua.vulnerable) as outside
      from pool p join pool_allocation a on a.pool_id = p.id join plan on plan.id = a.plan_id join urban_area ua on ua.id = plan.urban_area_id
      where p.provenance = 'synthetic' group by p.id`.execute(t.db);
    expect(pools.rows.length).toBeGreaterThan(0);
    for (const p of pools.rows) {
      expect(Number(p.allocated)).toBeLessThanOrEqual(Number(p.capacity));
      expect(Number(p.outside)).toBe(0);
    }
  });

  it('keeps the pool rules of a plan: its period served, its cap, its cooperation, and states its decisions give', async () => {
    const rows = await sql<{ planId: string; state: string; served: boolean; frame: string; held: string; cap: number; partners: string; agreed: boolean }>`
      select a.plan_id, a.state,
        exists (select 1 from pool_funding_period f where f.pool_id = a.pool_id and f.funding_period_id = plan.funding_period_id) as served,
        (select coalesce(sum(l.amount_ore), 0) from budget_line l where l.plan_id = plan.id) as frame,
        (select sum(o.amount_ore) from pool_allocation o where o.plan_id = plan.id and o.state <> 'released') as held,
        mr.municipal_cap_bp as cap,
        (select count(*) from plan_partner_administration pa where pa.plan_id = plan.id) as partners,
        plan.cooperation_agreement_date is not null as agreed
      from pool_allocation a join plan on plan.id = a.plan_id join urban_area ua on ua.id = plan.urban_area_id
        join municipal_funding_rules mr on mr.municipality_id = ua.municipality_id and mr.funding_period_id = plan.funding_period_id
      where plan.provenance = 'synthetic'`.execute(t.db);
    expect(rows.rows.length).toBeGreaterThan(0);
    const plans = [...(await findPlans(t.db, rows.rows.map((x) => x.planId), { include: ['committeeIds'] })).values()];
    const routes = await loadRoutes(t.db, plans);
    for (const x of rows.rows) {
      expect(x.served).toBe(true);
      expect(BigInt(x.held) * 10_000n).toBeLessThanOrEqual(BigInt(x.frame) * BigInt(x.cap));
      expect(Number(x.partners) > 0 && x.agreed).toBe(true);
      const decisions = routes.get(x.planId)!.route.decisions;
      const replayed = decisions.reduce<AllocationState>((state, d) => stateAfterDecision(state, { step: d.step, outcome: d.outcome, toStatus: d.toStatus, corrects: null }), 'reserved');
      expect(x.state).toBe(replayed);
      expect(x.state === 'committed').toBe(decisions.some((d) => d.step === 'city_council' && d.outcome === 'approved'));
    }
    // The plans that draw were submitted and are alive: nothing released; at this scale all are past BR.
    expect(rows.rows.map((x) => x.state)).toContain('committed');
    expect(rows.rows.map((x) => x.state)).not.toContain('released');
  });

  it('keeps the contract rules: at most the cap per area and period, municipal interface, parties, adoption with the plans', async () => {
    const contracts = await t.db
      .selectFrom('contract')
      .innerJoin('urbanArea', 'urbanArea.id', 'contract.urbanAreaId')
      .innerJoin('interventionArea', 'interventionArea.id', 'contract.interventionAreaId')
      .innerJoin('fundingPeriod', 'fundingPeriod.id', 'interventionArea.fundingPeriodId')
      .innerJoin('workingGroup', 'workingGroup.id', 'contract.workingGroupId')
      .innerJoin('forum', 'forum.id', 'workingGroup.forumId')
      .select(['contract.id', 'contract.urbanAreaId', 'contract.interventionAreaId', 'contract.status', 'contract.draft', 'contract.createdAt', 'urbanArea.municipalityId', 'interventionArea.municipalInterface', 'fundingPeriod.id as periodId', 'fundingPeriod.rules', 'forum.urbanAreaId as groupAreaId'])
      .where('urbanArea.provenance', '=', 'synthetic')
      .execute();
    expect(contracts.filter((c) => c.status === 'approved').length).toBeGreaterThan(0);
    const perAreaAndPeriod = new Map<string, number>();
    for (const c of contracts) perAreaAndPeriod.set(`${c.urbanAreaId}|${c.periodId}`, (perAreaAndPeriod.get(`${c.urbanAreaId}|${c.periodId}`) ?? 0) + 1);
    for (const c of contracts) {
      expect(perAreaAndPeriod.get(`${c.urbanAreaId}|${c.periodId}`)).toBeLessThanOrEqual(c.rules.maxContractsPerUrbanArea);
      expect(c.municipalInterface).toBe(true);
      expect(c.groupAreaId).toBe(c.urbanAreaId);
    }
    const revisions = await t.db.selectFrom('contractRevision').selectAll().where('contractId', 'in', contracts.map((c) => c.id)).orderBy('number').execute();
    const councils = await t.db
      .selectFrom('decision')
      .innerJoin('plan', 'plan.id', 'decision.planId')
      .select(['decision.id', 'decision.decidedOn', 'decision.reference', 'decision.enteredAt', 'plan.urbanAreaId'])
      .where('decision.step', '=', 'city_council')
      .where('decision.outcome', '=', 'approved')
      .orderBy('decision.enteredAt')
      .execute();
    for (const c of contracts) {
      const own = revisions.filter((r) => r.contractId === c.id);
      // APP-CONTRACTS-WITH-PLANS: the first City Council approval in the area after the draft adopts it.
      const adopting = councils.find((d) => d.urbanAreaId === c.urbanAreaId && d.enteredAt > c.createdAt);
      expect(c.status).toBe(adopting ? 'approved' : 'draft');
      if (adopting) {
        expect(own[0]).toMatchObject({ number: 1, adoptedBy: 'city_council', decisionId: adopting.id, decisionDate: adopting.decidedOn, decisionReference: adopting.reference });
        own.slice(1).forEach((r, i) => expect(r).toMatchObject({ number: i + 2, adoptedBy: 'forum' }));
        own.slice(1).forEach((r, i) => expect(r.decisionDate >= own[i]!.decisionDate).toBe(true));
      } else {
        expect(own).toEqual([]);
      }
      const content = ContractContent.parse(c.draft ?? own.at(-1)!.content);
      const findings = await contentFindings(t.db, { urbanAreaId: c.urbanAreaId, municipalityId: c.municipalityId, interventionAreaId: c.interventionAreaId }, content);
      expect(findings).toEqual([]);
    }
  });

  it('is marked synthetic wherever it shows, beside the reference data', async () => {
    const unmarked = await sql<{ n: string }>`
      select (select count(*) from municipality where name like 'Syntetisk Kommune %' and code !~ '^9[0-9][0-9]$')
           + (select count(*) from urban_area where provenance = 'synthetic' and name not like 'Syntetisk %')
           + (select count(*) from housing_organisation where provenance = 'synthetic' and name not like 'Syntetisk %')
           + (select count(*) from estate where provenance = 'synthetic' and name not like 'Syntetisk %')
           + (select count(*) from plan where provenance = 'synthetic' and name not like 'Syntetisk %')
           + (select count(*) from pool where provenance = 'synthetic' and name not like 'Syntetisk %')
           + (select count(*) from audit_event where request_id = 'national-seed' and not (after @> '{"synthetic": true}'))
           + (select count(*) from estate e join urban_area a on a.id = e.urban_area_id where a.provenance = 'synthetic' and e.provenance <> 'synthetic') as n`.execute(t.db);
    expect(Number(unmarked.rows[0]!.n)).toBe(0);
    const copenhagen = await t.db.selectFrom('urbanArea').innerJoin('municipality', 'municipality.id', 'urbanArea.municipalityId').select('urbanArea.provenance').where('municipality.code', '=', '101').execute();
    expect(copenhagen.length).toBe(7);
    expect(copenhagen.every((a) => a.provenance !== 'synthetic')).toBe(true);

    const fund = await t.signIn('fond@demo.example');
    const plan = await fund.request({ method: 'GET', url: `/api/plans/${planIds[0]}` });
    expect(plan.statusCode).toBe(200);
    expect(plan.json()).toMatchObject({ provenance: 'synthetic', name: expect.stringMatching(/^Syntetisk helhedsplan /) });
    const areas = await fund.request({ method: 'GET', url: '/api/urban-areas?limit=500' });
    expect(areas.statusCode).toBe(200);
    expect((areas.json() as { items: { provenance: string }[] }).items.some((a) => a.provenance === 'synthetic')).toBe(true);
  });

  it('adds nothing the second time, and says what is there', async () => {
    const before = await nationalFingerprint(t.db);
    const again = await seedNational(t.db, { ...options, seed: 7, scale: 0.02 });
    expect(again).toMatchObject({ added: false, existing: { seed: 42, scale: 0.05 } });
    expect(await nationalFingerprint(t.db)).toEqual(before);
  });

  it('gives identical data for the same seed in another database, and other data for another seed', async () => {
    const other = await freshDb();
    try {
      await seedNational(other.db, options);
      const [a, b] = [await nationalFingerprint(t.db), await nationalFingerprint(other.db)];
      expect(Object.values(a).every((x) => x.rows > 0)).toBe(true);
      expect(b).toEqual(a);
    } finally {
      await other.drop();
    }
    // The generator alone (no database): the seed decides the plans.
    const periods = (await t.db.selectFrom('fundingPeriod').select(['id', 'name', 'startYear', 'rules']).orderBy('startYear').execute()).map((p) => ({
      ...p,
      areas: [
        { id: `${p.id}-1`, number: 1, name: 'Indsats 1', municipalInterface: true },
        { id: `${p.id}-2`, number: 2, name: 'Indsats 2', municipalInterface: false },
      ],
    }));
    const names = (seed: number) => generateNational(seed, 0.02, engine, periods).bundles.map((b) => `${b.plan.name} ${b.plan.startDate} ${b.plan.status}`);
    expect(names(42)).toEqual(names(42));
    expect(names(43)).not.toEqual(names(42));
  });
});
