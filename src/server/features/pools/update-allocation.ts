import { notFound, ruleViolation } from '../../../domain/errors.ts';
import type { PlanStatus } from '../../../domain/plans.ts';
import { finPoolCommitted } from '../../../domain/rules/pools.ts';
import { toViolation } from '../../../domain/rules/rule.ts';
import type { AllocationPatch } from '../../../domain/schemas/pools.ts';
import { recordAudit } from '../../audit.ts';
import { staleVersion, updateLocked } from '../../db/versioned.ts';
import type { Trx, WriteCtx } from '../plans/edit-plan.ts';
import { planIdsOfPool } from '../plans/summary-queries.ts';
import { refreshSummaries } from '../plans/summary.ts';
import { checkAllocation, lockPlansOfPool, planForPool } from './allocation-checks.ts';
import { lockPool } from './lock-pool.ts';
import { type AllocationRow, allocationWhat, planNameOf } from './queries.ts';

/**
 * Locks an allocation of a locked pool, after the plans (allocation-checks.ts: pool, plans, then
 * the allocation), and checks its version. A released allocation is history: it is neither changed
 * nor withdrawn (FIN-POOL-COMMITTED).
 */
export async function lockAllocation(trx: Trx, poolId: string, allocationId: string, version: number) {
  const found = await trx.selectFrom('poolAllocation').select('planId').where('id', '=', allocationId).where('poolId', '=', poolId).executeTakeFirst();
  if (!found) throw notFound(allocationWhat);
  await lockPlansOfPool(trx, poolId, found.planId);
  const row = await trx.selectFrom('poolAllocation').selectAll().where('id', '=', allocationId).forUpdate().executeTakeFirstOrThrow();
  if (row.version !== version) throw staleVersion();
  if (row.state === 'released') {
    const plan = await trx.selectFrom('plan').select('status').where('id', '=', row.planId).executeTakeFirstOrThrow();
    const findings = finPoolCommitted.check({ planStatus: plan.status as PlanStatus, state: row.state });
    throw ruleViolation(findings.map((f) => ({ ...toViolation(f), path: `body.${f.path}` })));
  }
  return row;
}

/** Changes an allocation's amount or note, under the pool's and the plans' locks (every pool rule on a larger amount). Returns it as written. */
export async function updateAllocation(ctx: WriteCtx, poolId: string, allocationId: string, version: number, patch: AllocationPatch): Promise<AllocationRow> {
  return ctx.db.transaction().execute(async (trx) => {
    const pool = await lockPool(trx, ctx, poolId);
    const before = await lockAllocation(trx, poolId, allocationId, version);
    if (patch.amountOre !== undefined && patch.amountOre > before.amountOre) {
      const plan = await planForPool(trx, before.planId, pool.municipalityId);
      await checkAllocation(trx, pool, plan, patch.amountOre, before);
    }
    const after = await updateLocked(trx, 'poolAllocation', before, version, patch);
    await recordAudit(trx, ctx, { action: 'update', resourceType: 'poolAllocation', resourceId: allocationId, before, after });
    await refreshSummaries(trx, await planIdsOfPool(trx, poolId));
    return { ...after, planName: await planNameOf(trx, after.planId) };
  });
}
