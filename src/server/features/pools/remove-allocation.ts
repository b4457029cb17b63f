import { recordAudit } from '../../audit.ts';
import type { WriteCtx } from '../plans/edit-plan.ts';
import { lockPool } from './lock-pool.ts';
import { lockAllocation } from './update-allocation.ts';

/** Withdraws an allocation; its amount returns to the pool. */
export async function removeAllocation(ctx: WriteCtx, poolId: string, allocationId: string, version: number): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await lockPool(trx, ctx, poolId);
    const before = await lockAllocation(trx, poolId, allocationId, version);
    await trx.deleteFrom('poolAllocation').where('id', '=', allocationId).execute();
    await recordAudit(trx, ctx, { action: 'delete', resourceType: 'poolAllocation', resourceId: allocationId, before, after: null });
  });
}
