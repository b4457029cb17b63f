import { ruleViolation } from '../../../domain/errors.ts';
import { finPoolCap } from '../../../domain/rules/financing.ts';
import { toViolation } from '../../../domain/rules/rule.ts';
import type { PoolPatch } from '../../../domain/schemas/plans.ts';
import { recordAudit } from '../../audit.ts';
import { staleVersion, updateLocked } from '../../db/versioned.ts';
import type { WriteCtx } from '../plans/edit-plan.ts';
import { planIdsOfPool } from '../plans/summary-queries.ts';
import { refreshSummaries } from '../plans/summary.ts';
import { lockPool } from './lock-pool.ts';
import { type PoolDetails, allocatedFrom, withAllocations } from './queries.ts';

/** Changes a pool; its capacity never drops below what is allocated (FIN-POOL-CAP). Returns it as written. */
export async function updatePool(ctx: WriteCtx, poolId: string, version: number, patch: PoolPatch): Promise<PoolDetails> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await lockPool(trx, ctx, poolId);
    if (before.version !== version) throw staleVersion();
    if (patch.capacityOre !== undefined) {
      const allocated = await allocatedFrom(trx, poolId);
      const cap = finPoolCap.check({ capacityOre: patch.capacityOre, allocatedOre: 0, amountOre: allocated, vulnerable: true });
      if (cap.length > 0) throw ruleViolation(cap.map((f) => ({ ...toViolation(f), path: 'body.capacityOre' })));
    }
    const after = await updateLocked(trx, 'pool', before, version, patch);
    await recordAudit(trx, ctx, { action: 'update', resourceType: 'pool', resourceId: poolId, before, after });
    // The snapshot of each plan drawing on the pool holds its name and capacity. Today's rules find
    // nothing new in them (the capacity never drops below what is allocated), but rules that read
    // them would, and a pool has few plans.
    await refreshSummaries(trx, await planIdsOfPool(trx, poolId));
    return withAllocations(after, trx);
  });
}
