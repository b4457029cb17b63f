/** Plan summary queries: writing summaries, finding stale ones, and the plans a registry or pool write touches. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { PlanSummary } from './queries.ts';

type Q = Kysely<Database>;

/** A summary as stored: with the plan's document (GET /api/plans/:id's JSON) of its version. */
export type StoredSummary = PlanSummary & { document: string; documentHash: string; documentByWrite: boolean };

/** Inserts the summaries, or replaces the plans' summaries that exist. */
export async function upsertSummaries(db: Q, rows: readonly StoredSummary[]): Promise<void> {
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
        document: eb.ref('excluded.document'),
        documentHash: eb.ref('excluded.documentHash'),
        documentByWrite: eb.ref('excluded.documentByWrite'),
        computedAt: eb.ref('excluded.computedAt'),
      })),
    )
    .execute();
}

/** Locks plan rows (in id order, as every multi-plan lock does) before their summaries are made again. */
export async function lockPlans(db: Q, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.selectFrom('plan').select('id').where('id', 'in', ids).orderBy('id').forUpdate().execute();
}

/** Plans without a summary and document of their version made by these rules. */
export async function planIdsWithStaleSummary(db: Q, rulesVersion: string): Promise<string[]> {
  const rows = await db
    .selectFrom('plan')
    .leftJoin('planSummary', 'planSummary.planId', 'plan.id')
    .select('plan.id')
    .where((eb) =>
      eb.or([eb('planSummary.planId', 'is', null), eb('planSummary.planVersion', '!=', eb.ref('plan.version')), eb('planSummary.rulesVersion', '!=', rulesVersion),
        eb('planSummary.document', 'is', null),
      ]),
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

/** Plans an organisation leads (its name is in their documents). */
export const planIdsLedBy = async (db: Q, housingOrganisationId: string): Promise<string[]> =>
  (await db.selectFrom('plan').select('id').where('housingOrganisationId', '=', housingOrganisationId).execute()).map((r) => r.id);

/** Plans with a target a user changed (their name is in the target's revisions). */
export const planIdsWithTargetsChangedBy = async (db: Q, userId: string): Promise<string[]> =>
  (
    await db
      .selectFrom('targetRevision')
      .innerJoin('indicatorTarget', 'indicatorTarget.id', 'targetRevision.indicatorTargetId')
      .innerJoin('successCriterion', 'successCriterion.id', 'indicatorTarget.successCriterionId')
      .innerJoin('goal', 'goal.id', 'successCriterion.goalId')
      .select('goal.planId')
      .distinct()
      .where('targetRevision.changedBy', '=', userId)
      .execute()
  ).map((r) => r.planId);
