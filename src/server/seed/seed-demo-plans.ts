/**
 * The demo plans (demo mode only): Copenhagen's 18 plans of 1 January 2014 from
 * copenhagen-plans.ts, built through the same use cases as the API (createPlan → addGoal →
 * addActivity → replaceBudget → createPool → allocateFromPool), so every rule that guards a write
 * guards the seed too. Plans stay drafts; the approval workflow moves them on.
 *
 * Idempotent: a plan that already exists (by name, in Copenhagen) is left alone, the pool is
 * created once, and a plan is allocated to only when it has no allocation from the pool yet.
 */
import { planYears } from '../../domain/plans.ts';
import { ActivityInput, BudgetInput, GoalInput, PlanInput } from '../../domain/schemas/plans.ts';
import { systemCtx } from '../context.ts';
import type { Db } from '../db/create-db.ts';
import { addActivity } from '../features/plans/add-activity.ts';
import { addGoal } from '../features/plans/add-goal.ts';
import { createPlan } from '../features/plans/create-plan.ts';
import { replaceBudget } from '../features/plans/replace-budget.ts';
import { allocateFromPool } from '../features/pools/allocate-from-pool.ts';
import { createPool } from '../features/pools/create-pool.ts';
import { copenhagen } from './copenhagen.ts';
import { type DemoPlan, activityLibrary, demoBudget, demoPlans, demoPool, goalLibrary } from './copenhagen-plans.ts';

/** The funding period all 2014 plans belong to (its catalogue numbers the plans' focus areas). */
const periodName = '2011–14';
/** Plans are prepared in TMF, go through the plan's committees, then ØU and BR (fact sheet). */
const leadAdministration = 'TMF';
const maxGoals = 5;

const byName = <T extends { id: string }>(rows: T[], key: (r: T) => string | null): Map<string, string> =>
  new Map(rows.flatMap((r) => (key(r) === null ? [] : [[key(r)!, r.id] as const])));

const need = <K>(map: Map<K, string>, key: K, what: string): string => {
  const id = map.get(key);
  if (!id) throw new Error(`Demo plans: the ${what} "${key}" is not in the reference data`);
  return id;
};

/** The first of the month, `months` before an ISO date. */
function monthsBefore(isoDate: string, months: number): string {
  const [y, m] = isoDate.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - months, 1)).toISOString().slice(0, 10);
}

/** Generated example text for the challenges, followed by what is published about the plan. */
function challengesText(plan: DemoPlan, areaNames: Map<number, string>): string {
  const where = plan.estates.length ? `${plan.estates.join(', ')} i ${plan.area}` : `Planens område i ${plan.area}`;
  const themes = plan.focus.map((n) => areaNames.get(n)!.toLowerCase()).join('; ');
  return (
    `Eksempeltekst: ${where} har udfordringer inden for ${themes}. ` +
    'Helhedsplanen samler boligorganisationens og kommunens indsats i området.\n\n' +
    `Om planens data: ${plan.note}`
  );
}

/**
 * Seeds the demo plans and the Budget 2012 pool. Returns how many plans it created (0 when they
 * were all there).
 */
export async function seedDemoPlans(db: Db): Promise<number> {
  const ctx = systemCtx(db, 'seed');
  const municipality = await db.selectFrom('municipality').select('id').where('code', '=', copenhagen.code).executeTakeFirstOrThrow();
  const municipalityId = municipality.id;

  const existing = await db
    .selectFrom('plan')
    .innerJoin('urbanArea', 'urbanArea.id', 'plan.urbanAreaId')
    .select(['plan.id', 'plan.name'])
    .where('urbanArea.municipalityId', '=', municipalityId)
    .where('plan.name', 'in', demoPlans.map((p) => p.name))
    .execute();
  const planIds = byName(existing, (p) => p.name);
  let pool = await db.selectFrom('pool').select('id').where('municipalityId', '=', municipalityId).where('name', '=', demoPool.name).executeTakeFirst();
  const allocated = pool
    ? new Set((await db.selectFrom('poolAllocation').select('planId').where('poolId', '=', pool.id).execute()).map((a) => a.planId))
    : new Set<string>();
  const wanted = demoPlans.filter((p) => !planIds.has(p.name) || (p.area !== 'Østerbro' && !allocated.has(planIds.get(p.name)!)));
  if (pool && wanted.length === 0) return 0;

  const [period, areas, orgs, estates, committees, administrations] = await Promise.all([
    db.selectFrom('fundingPeriod').select('id').where('name', '=', periodName).executeTakeFirstOrThrow(),
    db.selectFrom('urbanArea').select(['id', 'name', 'vulnerable']).where('municipalityId', '=', municipalityId).execute(),
    db.selectFrom('housingOrganisation').select(['id', 'name']).execute(),
    db
      .selectFrom('estate')
      .innerJoin('urbanArea', 'urbanArea.id', 'estate.urbanAreaId')
      .select(['estate.id', 'estate.name'])
      .where('urbanArea.municipalityId', '=', municipalityId)
      .execute(),
    db.selectFrom('committee').select(['id', 'abbreviation']).where('municipalityId', '=', municipalityId).execute(),
    db.selectFrom('administration').select(['id', 'abbreviation']).where('municipalityId', '=', municipalityId).execute(),
  ]);
  const interventionAreas = await db.selectFrom('interventionArea').select(['id', 'number', 'name']).where('fundingPeriodId', '=', period.id).execute();
  const areaIds = byName(areas, (a) => a.name);
  const vulnerable = new Set(areas.filter((a) => a.vulnerable).map((a) => a.name));
  const orgIds = byName(orgs, (o) => o.name);
  const estateIds = byName(estates, (e) => e.name);
  const committeeIds = byName(committees, (c) => c.abbreviation);
  const administrationIds = byName(administrations, (a) => a.abbreviation);
  const interventionAreaIds = new Map(interventionAreas.map((a) => [a.number, a.id]));
  const interventionAreaNames = new Map(interventionAreas.map((a) => [a.number, a.name]));
  const areaId = (n: number) => need(interventionAreaIds, n, 'intervention area');

  pool ??= {
    id: (
      await createPool(ctx, {
        municipalityId,
        name: demoPool.name,
        budgetYear: demoPool.budgetYear,
        capacityOre: demoPool.capacityOre,
        fundingPeriodIds: (await db.selectFrom('fundingPeriod').select('id').where('name', 'in', demoPool.fundingPeriods).execute()).map((p) => p.id),
        provenance: 'published',
      })
    ).id,
  };

  let created = 0;
  for (const [index, demo] of demoPlans.entries()) {
    let planId = planIds.get(demo.name);
    if (!planId) {
      planId = await buildPlan(demo, index);
      created += 1;
    }
    if (!vulnerable.has(demo.area) || allocated.has(planId)) continue;
    const municipalOre = demoBudget(demo).filter((l) => l.source === 'municipal').reduce((s, l) => s + l.amountOre, 0);
    const differenceOre = (demo.poolDifferenceKr ?? 0) * 100;
    await allocateFromPool(ctx, pool.id, {
      planId,
      amountOre: municipalOre + differenceOre,
      note: differenceOre
        ? 'Eksempel: bevillingen afviger bevidst fra planens kommunale budgetlinjer (FIN-POOL-MATCH).'
        : 'Eksempel: bevillingen svarer til planens kommunale budgetlinjer.',
    });
  }
  return created;

  async function buildPlan(demo: DemoPlan, index: number): Promise<string> {
    const focusGoals = demo.focus.slice(0, maxGoals);
    const activities = demo.focus.flatMap((n) => activityLibrary[n]!.map((a) => ({ ...a, area: n })));
    const partners = [...new Set([leadAdministration, ...activities.flatMap((a) => (a.administration ? [a.administration] : []))])];
    const { plan: { id } } = await createPlan(
      ctx,
      PlanInput.parse({
        name: demo.name,
        fundingPeriodId: period.id,
        urbanAreaId: need(areaIds, demo.area, 'urban area'),
        housingOrganisationId: need(orgIds, demo.lead, 'housing organisation'),
        startDate: demo.start,
        endDate: demo.end,
        estateIds: demo.estates.map((e) => need(estateIds, e, 'estate')),
        committeeIds: demo.committees.map((c) => need(committeeIds, c, 'committee')),
        challenges: challengesText(demo, interventionAreaNames),
        cooperation: {
          administrationIds: partners.map((a) => need(administrationIds, a, 'administration')),
          // Agreed while the plan is drafted: after the fund starts the advisory process, a month
          // before the submission to the municipality (APP-COOPERATION-FIRST; seed-demo-decisions.ts).
          agreementDate: monthsBefore(demo.start, 8),
          reference: `Eksempel: samarbejdsaftale om ${demo.name} mellem ${demo.lead} og ${copenhagen.name} (ikke offentliggjort)`,
        },
        provenance: demo.provenance,
      }),
    );
    let version = 1;

    const years = planYears(demo.start, demo.end);
    const baselineYear = years[0]! - 1;
    const goalOfArea = new Map<number, string>();
    for (const [g, n] of focusGoals.entries()) {
      const lib = goalLibrary[n]!;
      // A little variation between plans, so that the demo plans do not all look alike.
      const baseline = lib.baseline + (((index + g) % 3) - 1) * lib.step;
      const targets = years.map((year, i) => ({ year, value: baseline + lib.step * (i + 1) }));
      const goal = await addGoal(
        ctx,
        id,
        version,
        GoalInput.parse({
          title: lib.title,
          description: 'Eksempel: målet er genereret til demoen.',
          criteria: [
            {
              description: `${lib.indicator}: fra ${baseline} (${baselineYear}) til ${targets.at(-1)!.value} (${targets.at(-1)!.year})`,
              indicator: { name: lib.indicator, unit: lib.unit, baselineValue: baseline, baselineYear },
              targets,
            },
          ],
        }),
      );
      version = goal.version;
      goalOfArea.set(n, goal.result);
    }

    // An activity serves the goal of its own area; one in an area without a goal of its own (a plan
    // with more focus areas than goals) serves the plan's goal for resident networks, or its first.
    const fallbackGoal = goalOfArea.get(6) ?? goalOfArea.get(focusGoals[0]!)!;
    for (const a of activities) {
      const activity = await addActivity(
        ctx,
        id,
        version,
        ActivityInput.parse({
          name: a.name,
          description: 'Eksempel: aktiviteten er genereret til demoen.',
          interventionAreaId: areaId(a.area),
          carriedOutBy: a.carriedOutBy,
          administrationId: a.administration ? need(administrationIds, a.administration, 'administration') : null,
          goalIds: [goalOfArea.get(a.area) ?? fallbackGoal],
        }),
      );
      version = activity.version;
    }

    const lines = BudgetInput.parse({
      lines: demoBudget(demo).map(({ interventionAreaNumber, ...l }) => ({ ...l, interventionAreaId: areaId(interventionAreaNumber) })),
    }).lines;
    await replaceBudget(ctx, id, version, lines);
    return id;
  }
}
