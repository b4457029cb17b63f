import { ruleViolation } from '../../../domain/errors.ts';
import { finPoolCap } from '../../../domain/rules/pools.ts';
import { toViolation } from '../../../domain/rules/rule.ts';
import type { PoolPatch } from '../../../domain/schemas/pools.ts';
import { recordAudit } from '../../audit.ts';
import { staleVersion, updateLocked } from '../../db/versioned.ts';
import type { WriteCtx } from '../plans/edit-plan.ts';
import { planIdsOfPool } from '../plans/summary-queries.ts';
import { refreshSummaries } from '../plans/summary.ts';
import { lockPool } from './lock-pool.ts';
import { checkPeriodsKeepPlans, writePoolPeriods } from './pool-periods.ts';
import { type PoolDetails, allocatedFrom, periodsOf, withAllocations } from './queries.ts';

/**
 * Changes a pool; its capacity never drops below what it holds (committed and reserved,
 * FIN-POOL-CAP), and it never stops serving the period of a plan that holds its money
 * (FIN-POOL-PERIOD). Returns it as written.
 */
export async function updatePool(ctx: WriteCtx, poolId: string, version: number, patch: PoolPatch): Promise<PoolDetails> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await lockPool(trx, ctx, poolId);
    if (before.version !== version) throw staleVersion();
    const { fundingPeriodIds, ...fields } = patch;
    if (fields.capacityOre !== undefined) {
      const allocated = await allocatedFrom(trx, poolId);
      const cap = finPoolCap.check({ capacityOre: fields.capacityOre, allocatedOre: 0, amountOre: allocated, vulnerable: true });
      if (cap.length > 0) throw ruleViolation(cap.map((f) => ({ ...toViolation(f), path: 'body.capacityOre' })));
    }
    const periodsBefore = (await periodsOf(trx, [poolId])).get(poolId)!.map((p) => p.id);
    if (fundingPeriodIds !== undefined) {
      await checkPeriodsKeepPlans(trx, poolId, fundingPeriodIds);
      await writePoolPeriods(trx, poolId, fundingPeriodIds);
    }
    const after = await updateLocked(trx, 'pool', before, version, fields);
    await recordAudit(trx, ctx, {
      action: 'update',
      resourceType: 'pool',
      resourceId: poolId,
      before: { ...before, fundingPeriodIds: periodsBefore },
      after: { ...after, fundingPeriodIds: fundingPeriodIds ?? periodsBefore },
    });
    // The snapshot of each plan drawing on the pool holds its name, capacity and periods. Today's
    // rules find nothing new in them (the capacity never drops below what is held, the periods keep
    // the plans'), but rules that read them would, and a pool has few plans.
    await refreshSummaries(trx, await planIdsOfPool(trx, poolId));
    return withAllocations(after, trx);
  });
}
