/** Plan summary queries: writing summaries, finding stale ones, and the plans a registry or pool write touches. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { PlanSummary } from './queries.ts';

type Q = Kysely<Database>;

/** Inserts the summaries, or replaces the plans' summaries that exist. */
export async function upsertSummaries(db: Q, rows: readonly PlanSummary[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('planSummary')
    .values(rows.map((r) => ({ ...r, findings: JSON.stringify(r.findings) })))
    .onConflict((oc) =>
      oc.column('planId').doUpdateSet((eb) => ({
        planVersion: eb.ref('excluded.planVersion'),
        nameKey: eb.ref('excluded.nameKey'),
        frameOre: eb.ref('excluded.frameOre'),
        fundOre: eb.ref('excluded.fundOre'),
        municipalOre: eb.ref('excluded.municipalOre'),
        housingOre: eb.ref('excluded.housingOre'),
        otherOre: eb.ref('excluded.otherOre'),
        municipalShareBp: eb.ref('excluded.municipalShareBp'),
        localShareBp: eb.ref('excluded.localShareBp'),
        poolAllocatedOre: eb.ref('excluded.poolAllocatedOre'),
        errors: eb.ref('excluded.errors'),
        warnings: eb.ref('excluded.warnings'),
        findings: eb.ref('excluded.findings'),
        rulesVersion: eb.ref('excluded.rulesVersion'),
        computedAt: eb.ref('excluded.computedAt'),
      })),
    )
    .execute();
}

/**
 * The plan moved from version `from` to `to` and its rules read the same: its summary, if it was
 * the one of `from` made by these rules, holds for `to`. Returns whether it did.
 */
export async function carrySummaryVersion(db: Q, planId: string, from: number, to: number, rulesVersion: string): Promise<boolean> {
  const { numUpdatedRows } = await db
    .updateTable('planSummary')
    .set({ planVersion: to })
    .where('planId', '=', planId)
    .where('planVersion', '=', from)
    .where('rulesVersion', '=', rulesVersion)
    .executeTakeFirst();
  return numUpdatedRows > 0n;
}

/** Locks plan rows (in id order, as every multi-plan lock does) before their summaries are made again. */
export async function lockPlans(db: Q, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.selectFrom('plan').select('id').where('id', 'in', ids).orderBy('id').forUpdate().execute();
}

/** Plans without a summary of their version made by these rules. */
export async function planIdsWithStaleSummary(db: Q, rulesVersion: string): Promise<string[]> {
  const rows = await db
    .selectFrom('plan')
    .leftJoin('planSummary', 'planSummary.planId', 'plan.id')
    .select('plan.id')
    .where((eb) =>
      eb.or([eb('planSummary.planId', 'is', null), eb('planSummary.planVersion', '!=', eb.ref('plan.version')), eb('planSummary.rulesVersion', '!=', rulesVersion)]),
    )
    .execute();
  return rows.map((r) => r.id);
}

// --- The plans a write elsewhere touches --------------------------------------------------------

/** Plans drawing on a pool. */
export const planIdsOfPool = async (db: Q, poolId: string): Promise<string[]> =>
  (await db.selectFrom('poolAllocation').select('planId').distinct().where('poolId', '=', poolId).execute()).map((r) => r.planId);

/** Plans with an estate. */
export const planIdsWithEstate = async (db: Q, estateId: string): Promise<string[]> =>
  (await db.selectFrom('planEstate').select('planId').where('estateId', '=', estateId).execute()).map((r) => r.planId);

/** Plans of an urban area, and plans with an estate in it. */
export async function planIdsOfUrbanArea(db: Q, urbanAreaId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('plan')
    .select('plan.id')
    .where('plan.urbanAreaId', '=', urbanAreaId)
    .union(
      db
        .selectFrom('planEstate')
        .innerJoin('estate', 'estate.id', 'planEstate.estateId')
        .select('planEstate.planId as id')
        .where('estate.urbanAreaId', '=', urbanAreaId),
    )
    .execute();
  return rows.map((r) => r.id);
}

/** Plans of a funding period. */
export const planIdsOfFundingPeriod = async (db: Q, fundingPeriodId: string): Promise<string[]> =>
  (await db.selectFrom('plan').select('id').where('fundingPeriodId', '=', fundingPeriodId).execute()).map((r) => r.id);
