/**
 * `seedNational`: the synthetic Denmark beside the reference data (Copenhagen stays). Generates
 * everything in memory from the seed (registry.ts, plans.ts, routes.ts, pools.ts, contracts.ts),
 * then writes it in one transaction with bulk inserts, the audit trail last. The transaction ends
 * with an audit event that records the seed, the scale and the counts: a database holds at most one
 * national set, and a second run finds that event and adds nothing.
 */
import { sql } from 'kysely';
import { recordAudit } from '../../audit.ts';
import type { Db } from '../../db/create-db.ts';
import { refreshSummaries } from '../../features/plans/summary.ts';
import { fundingPeriods } from '../funding-periods.ts';
import { seedReference } from '../seed.ts';
import { type AuditResource, writeAuditEvents } from './audit-events.ts';
import { type Trx, bulkInsert } from './bulk.ts';
import { type EngineKind, plannedCounts } from './counts.ts';
import { generateContracts } from './contracts.ts';
import { type PlanBundle, type ReferencePeriod, generatePlans } from './plans.ts';
import { generatePools } from './pools.ts';
import { type Progress, silentProgress } from './progress.ts';
import { generateRoutes } from './routes.ts';
import { generateRegistry } from './registry.ts';

export type NationalOptions = { seed: number; scale: number; engine: EngineKind; progress?: Progress };
export type NationalCounts = ReturnType<typeof countsOf>;
export type NationalSet = { seed: number; scale: number; counts: NationalCounts };
export type NationalResult = { added: true; set: NationalSet; ms: number } | { added: false; existing: NationalSet };

/** The audit event that marks a database as holding the national set. */
export const nationalMarker = { action: 'seed', resourceType: 'national_data_set' } as const;

/** The national set already in the database, if any. */
export async function findNationalSet(db: Db | Trx): Promise<NationalSet | null> {
  const row = await db
    .selectFrom('auditEvent')
    .select('after')
    .where('resourceType', '=', nationalMarker.resourceType)
    .where('action', '=', nationalMarker.action)
    .executeTakeFirst();
  return row ? (row.after as NationalSet) : null;
}

async function referencePeriods(db: Db): Promise<ReferencePeriod[]> {
  const names = fundingPeriods.map((p) => p.name);
  const periods = await db.selectFrom('fundingPeriod').select(['id', 'name', 'startYear', 'rules']).where('name', 'in', names).orderBy('startYear').execute();
  if (periods.length !== names.length) throw new Error(`The national data set needs the funding periods ${names.join(', ')} of the reference data`);
  const areas = await db
    .selectFrom('interventionArea')
    .select(['id', 'number', 'name', 'municipalInterface', 'fundingPeriodId'])
    .where('fundingPeriodId', 'in', periods.map((p) => p.id))
    .orderBy('number')
    .execute();
  return periods.map((p) => ({ ...p, areas: areas.filter((a) => a.fundingPeriodId === p.id).map(({ fundingPeriodId: _, ...a }) => a) }));
}

/** Every row of the set, generated from the seed; pure apart from reading the funding periods. */
export function generateNational(seed: number, scale: number, engine: EngineKind, periods: ReferencePeriod[]) {
  const planned = plannedCounts(scale, engine);
  const registry = generateRegistry(seed, planned);
  const bundles = generatePlans(seed, planned, registry, periods);
  const routes = generateRoutes(seed, bundles, registry);
  const money = generatePools(seed, bundles, routes.decisions, registry);
  const contracts = generateContracts(seed, bundles, routes.decisions, registry);
  return { planned, registry, bundles, routes, money, contracts };
}
export type NationalData = ReturnType<typeof generateNational>;

type ContentKey = 'goals' | 'criteria' | 'targets' | 'activities' | 'activityGoals' | 'budgetLines';
const each = (bundles: PlanBundle[], key: ContentKey): object[] => bundles.flatMap((b): object[] => b[key]);

/** The tables in the order they are written (references first). */
export function tablesOf(data: NationalData): { phase: string; table: string; rows: object[] }[] {
  const { registry: g, bundles, routes, money, contracts } = data;
  const links = (pick: (b: PlanBundle) => object[]): object[] => bundles.flatMap(pick);
  return [
    { phase: 'registry', table: 'municipality', rows: g.municipalities },
    { phase: 'registry', table: 'administration', rows: g.administrations },
    { phase: 'registry', table: 'committee', rows: g.committees },
    { phase: 'registry', table: 'urban_area', rows: g.urbanAreas },
    { phase: 'registry', table: 'forum', rows: g.forums },
    { phase: 'registry', table: 'housing_organisation', rows: g.housingOrganisations },
    { phase: 'registry', table: 'estate', rows: g.estates },
    { phase: 'plans', table: 'plan', rows: bundles.map((b) => b.plan) },
    { phase: 'plans', table: 'plan_estate', rows: links((b) => b.estates.map((e) => ({ planId: b.plan.id, estateId: e.id }))) },
    { phase: 'plans', table: 'plan_committee', rows: links((b) => b.committeeIds.map((committeeId) => ({ planId: b.plan.id, committeeId }))) },
    { phase: 'plans', table: 'plan_partner_administration', rows: links((b) => b.partnerAdministrationIds.map((administrationId) => ({ planId: b.plan.id, administrationId }))) },
    { phase: 'plan content', table: 'goal', rows: each(bundles, 'goals') },
    { phase: 'plan content', table: 'success_criterion', rows: each(bundles, 'criteria') },
    { phase: 'plan content', table: 'indicator_target', rows: each(bundles, 'targets') },
    { phase: 'plan content', table: 'activity', rows: each(bundles, 'activities') },
    { phase: 'plan content', table: 'activity_goal', rows: each(bundles, 'activityGoals') },
    { phase: 'plan content', table: 'budget_line', rows: each(bundles, 'budgetLines') },
    { phase: 'pools', table: 'pool', rows: money.pools },
    { phase: 'pools', table: 'pool_funding_period', rows: money.poolPeriods },
    { phase: 'pools', table: 'pool_allocation', rows: money.allocations },
    { phase: 'decisions', table: 'decision', rows: routes.decisions },
    { phase: 'decisions', table: 'plan_revision', rows: routes.revisions },
    { phase: 'contracts', table: 'working_group', rows: contracts.workingGroups },
    { phase: 'contracts', table: 'contract', rows: contracts.contracts },
    { phase: 'contracts', table: 'decision_contract', rows: contracts.decisionContracts },
    { phase: 'contracts', table: 'contract_revision', rows: contracts.revisions },
  ];
}

/** What the closing line and the marker report. */
export function countsOf(data: NationalData) {
  const { registry: g, bundles, routes, money, contracts, planned } = data;
  return {
    municipalities: g.municipalities.length,
    housingOrganisations: g.housingOrganisations.length,
    urbanAreas: g.urbanAreas.length,
    estates: g.estates.length,
    plans: bundles.length,
    goals: each(bundles, 'goals').length,
    successCriteria: each(bundles, 'criteria').length,
    indicatorTargets: each(bundles, 'targets').length,
    activities: each(bundles, 'activities').length,
    budgetLines: each(bundles, 'budgetLines').length,
    decisions: routes.decisions.length,
    planRevisions: routes.revisions.length,
    pools: money.pools.length,
    poolAllocations: money.allocations.length,
    contracts: contracts.contracts.length,
    contractRevisions: contracts.revisions.length,
    auditEvents: planned.auditEvents,
  };
}

/** The resources the synthetic audit trail is about, with the actions that fit each. */
function auditResources(data: NationalData): AuditResource[] {
  const of = (resourceType: string, ids: string[], actions: string[]) => ids.map((resourceId) => ({ resourceType, resourceId, actions }));
  return [
    ...of('plan', data.bundles.map((b) => b.plan.id), ['update', 'update', 'replace_budget', 'add_goal', 'set_target', 'add_activity']),
    ...of('estate', data.registry.estates.map((e) => e.id), ['update']),
    ...of('urban_area', data.registry.urbanAreas.map((a) => a.id), ['update']),
    ...of('pool_allocation', data.money.allocations.map((a) => a.id), ['update']),
    ...of('contract', data.contracts.contracts.map((c) => c.id), ['update', 'revise']),
  ];
}

/** Adds the national set, or finds the one already there (and adds nothing). */
export async function seedNational(db: Db, options: NationalOptions): Promise<NationalResult> {
  const { seed, scale, engine, progress = silentProgress } = options;
  const began = performance.now();
  await seedReference(db);
  const before = await findNationalSet(db);
  if (before) return { added: false, existing: before };

  const data = generateNational(seed, scale, engine, await referencePeriods(db));
  const counts = countsOf(data);
  const tables = tablesOf(data);
  const set: NationalSet = { seed, scale, counts };

  const result = await db.transaction().execute(async (trx): Promise<NationalResult> => {
    // One national set per database, even when two commands race on a server database.
    await sql`select pg_advisory_xact_lock(4815162342)`.execute(trx);
    const existing = await findNationalSet(trx);
    if (existing) return { added: false, existing };
    const codes = data.registry.municipalities.map((m) => m.code);
    const taken = await trx.selectFrom('municipality').select(['code', 'name']).where('code', 'in', codes).executeTakeFirst();
    if (taken) throw new Error(`The municipality code ${taken.code} (${taken.name}) is taken; the national data set uses the codes ${codes[0]}–${codes.at(-1)}`);

    progress.start(tables.reduce((s, t) => s + t.rows.length, 0) + counts.plans + counts.auditEvents);
    for (const phase of [...new Set(tables.map((t) => t.phase))]) {
      const mine = tables.filter((t) => t.phase === phase);
      progress.phase(phase, mine.reduce((s, t) => s + t.rows.length, 0));
      for (const t of mine) await bulkInsert(trx, t.table, t.rows, progress.advance);
    }
    // Each plan's summary with its rule report, as a write through the API makes it: read back in
    // batches and written a batch per statement (nobody else sees the plans before this commits).
    progress.phase('plan summaries', counts.plans);
    await refreshSummaries(trx, data.bundles.map((b) => b.plan.id), { lock: false, onPlans: progress.advance });
    progress.phase('audit events', counts.auditEvents);
    await writeAuditEvents(trx, seed, counts.auditEvents, auditResources(data), progress.advance);
    await recordAudit(trx, { actor: null, requestId: 'seed' }, { ...nationalMarker, resourceId: `seed-${seed}`, before: null, after: { ...set, synthetic: true } });
    return { added: true, set, ms: 0 };
  });
  // Statistics for the planner: without them it guesses the bulk-written tables small or huge, and
  // a plan read it thinks costly is JIT-compiled (tens of ms instead of one or two).
  if (result.added) await sql`analyze`.execute(db);
  progress.finish();
  return result.added ? { ...result, ms: performance.now() - began } : result;
}
