import { notFound } from '../../../domain/errors.ts';
import type { AllocationPatch } from '../../../domain/schemas/plans.ts';
import { recordAudit } from '../../audit.ts';
import { staleVersion, updateLocked } from '../../db/versioned.ts';
import type { Trx, WriteCtx } from '../plans/edit-plan.ts';
import { checkAllocation, checkPlanAllocationTotal, planForPool } from './allocate-from-pool.ts';
import { planIdsOfPool } from '../plans/summary-queries.ts';
import { refreshSummaries } from '../plans/summary.ts';
import { lockPool } from './lock-pool.ts';
import { type AllocationRow, allocationWhat, planNameOf } from './queries.ts';

export async function lockAllocation(trx: Trx, poolId: string, allocationId: string, version: number) {
  const row = await trx.selectFrom('poolAllocation').selectAll().where('id', '=', allocationId).where('poolId', '=', poolId).forUpdate().executeTakeFirst();
  if (!row) throw notFound(allocationWhat);
  if (row.version !== version) throw staleVersion();
  return row;
}

/** Changes an allocation's amount or note, under the pool's lock (FIN-POOL-CAP, FIN-POOL-VULNERABLE). Returns it as written. */
export async function updateAllocation(ctx: WriteCtx, poolId: string, allocationId: string, version: number, patch: AllocationPatch): Promise<AllocationRow> {
  return ctx.db.transaction().execute(async (trx) => {
    const pool = await lockPool(trx, ctx, poolId);
    const before = await lockAllocation(trx, poolId, allocationId, version);
    if (patch.amountOre !== undefined && patch.amountOre > before.amountOre) {
      const plan = await planForPool(trx, before.planId, pool.municipalityId);
      await checkAllocation(trx, pool, plan.vulnerable, patch.amountOre, allocationId);
      await checkPlanAllocationTotal(trx, before.planId, patch.amountOre, allocationId);
    }
    const after = await updateLocked(trx, 'poolAllocation', before, version, patch);
    await recordAudit(trx, ctx, { action: 'update', resourceType: 'poolAllocation', resourceId: allocationId, before, after });
    await refreshSummaries(trx, await planIdsOfPool(trx, poolId));
    return { ...after, planName: await planNameOf(trx, after.planId) };
  });
}
