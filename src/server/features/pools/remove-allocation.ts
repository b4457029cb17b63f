import { recordAudit } from '../../audit.ts';
import type { WriteCtx } from '../plans/edit-plan.ts';
import { planIdsOfPool } from '../plans/summary-queries.ts';
import { refreshSummaries } from '../plans/summary.ts';
import { lockPool } from './lock-pool.ts';
import { lockAllocation } from './update-allocation.ts';

/**
 * Withdraws an allocation (not a released one, FIN-POOL-COMMITTED); its amount returns to the pool,
 * and the summaries of the plans drawing on it are made again.
 */
export async function removeAllocation(ctx: WriteCtx, poolId: string, allocationId: string, version: number): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await lockPool(trx, ctx, poolId);
    const before = await lockAllocation(trx, poolId, allocationId, version);
    await trx.deleteFrom('poolAllocation').where('id', '=', allocationId).execute();
    await recordAudit(trx, ctx, { action: 'delete', resourceType: 'poolAllocation', resourceId: allocationId, before, after: null });
    await refreshSummaries(trx, [before.planId, ...(await planIdsOfPool(trx, poolId))]);
  });
}
