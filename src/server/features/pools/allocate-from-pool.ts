import { stateOfNewAllocation } from '../../../domain/pools.ts';
import type { AllocationInput } from '../../../domain/schemas/pools.ts';
import { recordAudit } from '../../audit.ts';
import type { WriteCtx } from '../plans/edit-plan.ts';
import { planIdsOfPool } from '../plans/summary-queries.ts';
import { refreshSummaries } from '../plans/summary.ts';
import { checkAllocation, lockPlansOfPool, planForPool } from './allocation-checks.ts';
import { lockPool } from './lock-pool.ts';
import type { AllocationRow } from './queries.ts';

/**
 * Allocates an amount from a pool to a plan. The pool row is locked first, then the plans, so
 * concurrent allocations are decided one after the other and neither the pool nor the plan is ever
 * over-allocated (allocation-checks.ts). The allocation is reserved, or committed at once when the
 * City Council has approved the plan already (FIN-POOL-COMMITTED). The summaries of the pool's plans
 * are made again (each plan's rule report reads the pool). Returns the allocation as written.
 */
export async function allocateFromPool(ctx: WriteCtx, poolId: string, input: AllocationInput): Promise<AllocationRow> {
  return ctx.db.transaction().execute(async (trx) => {
    const pool = await lockPool(trx, ctx, poolId);
    await lockPlansOfPool(trx, poolId, input.planId);
    const plan = await planForPool(trx, input.planId, pool.municipalityId);
    await checkAllocation(trx, pool, plan, input.amountOre);
    const row = await trx
      .insertInto('poolAllocation')
      .values({ poolId, planId: input.planId, amountOre: input.amountOre, note: input.note, state: stateOfNewAllocation(plan.status) })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'create', resourceType: 'poolAllocation', resourceId: row.id, before: null, after: row });
    await refreshSummaries(trx, await planIdsOfPool(trx, poolId));
    return { ...row, planName: plan.name };
  });
}
