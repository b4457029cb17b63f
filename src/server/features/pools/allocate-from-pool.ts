import { AppError, ruleViolation } from '../../../domain/errors.ts';
import { formatKroner, formatKronerEn, maxOre, sumWithinMaxOre } from '../../../domain/money.ts';
import { finPoolCap, finPoolVulnerable } from '../../../domain/rules/financing.ts';
import { toViolation } from '../../../domain/rules/rule.ts';
import type { AllocationInput } from '../../../domain/schemas/plans.ts';
import { recordAudit } from '../../audit.ts';
import { type Trx, type WriteCtx, badReference } from '../plans/edit-plan.ts';
import { planIdsOfPool } from '../plans/summary-queries.ts';
import { refreshSummaries } from '../plans/summary.ts';
import { lockPool } from './lock-pool.ts';
import { type AllocationRow, allocatedFrom } from './queries.ts';

/** FIN-POOL-CAP and FIN-POOL-VULNERABLE on a locked pool; throws 422 with the rule ids. */
export async function checkAllocation(trx: Trx, pool: { id: string; capacityOre: number }, planVulnerable: boolean, amountOre: number, except?: string) {
  const allocatedOre = await allocatedFrom(trx, pool.id, except);
  const check = { capacityOre: pool.capacityOre, allocatedOre, amountOre, vulnerable: planVulnerable };
  const findings = [...finPoolVulnerable.check(check), ...finPoolCap.check(check)];
  if (findings.length > 0) throw ruleViolation(findings.map((f) => ({ ...toViolation(f), path: `body.${f.path}` })));
}

/**
 * What all pools allocate to one plan stays within `maxOre` (src/domain/money.ts), so the plan's
 * reads add it up exactly; checked before the allocation is written.
 */
export async function checkPlanAllocationTotal(trx: Trx, planId: string, amountOre: number, except?: string) {
  const rows = await trx
    .selectFrom('poolAllocation')
    .select('amountOre')
    .where('planId', '=', planId)
    .$if(except !== undefined, (q) => q.where('id', '!=', except!))
    .execute();
  if (sumWithinMaxOre([...rows.map((r) => r.amountOre), amountOre])) return;
  throw new AppError('invalid_input', { da: 'Ugyldigt beløb', en: 'Invalid amount' }, [
    {
      rule: 'SCHEMA',
      path: 'body.amountOre',
      message: {
        da: `Puljerne kan i alt bevilge højst ${formatKroner(maxOre)} til én plan`,
        en: `All pools together allocate at most ${formatKronerEn(maxOre)} to one plan`,
      },
    },
  ]);
}

/** The plan an allocation goes to, with its urban area's vulnerable flag. */
export async function planForPool(trx: Trx, planId: string, municipalityId: string) {
  const plan = await trx
    .selectFrom('plan')
    .innerJoin('urbanArea', 'urbanArea.id', 'plan.urbanAreaId')
    .select(['plan.id', 'plan.name', 'urbanArea.vulnerable', 'urbanArea.municipalityId'])
    .where('plan.id', '=', planId)
    .executeTakeFirst();
  if (!plan || plan.municipalityId !== municipalityId) throw badReference('body.planId', { da: 'Planen', en: 'The plan' });
  return plan;
}

/**
 * Allocates an amount from a pool to a plan. The pool row is locked first, so concurrent
 * allocations are decided one after the other and the pool is never over-allocated. The summaries
 * of the pool's plans are made again (each plan's rule report reads the pool). Returns the
 * allocation as written.
 */
export async function allocateFromPool(ctx: WriteCtx, poolId: string, input: AllocationInput): Promise<AllocationRow> {
  return ctx.db.transaction().execute(async (trx) => {
    const pool = await lockPool(trx, ctx, poolId);
    const plan = await planForPool(trx, input.planId, pool.municipalityId);
    await checkAllocation(trx, pool, plan.vulnerable, input.amountOre);
    await checkPlanAllocationTotal(trx, input.planId, input.amountOre);
    const row = await trx
      .insertInto('poolAllocation')
      .values({ poolId, planId: input.planId, amountOre: input.amountOre, note: input.note })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'create', resourceType: 'poolAllocation', resourceId: row.id, before: null, after: row });
    await refreshSummaries(trx, await planIdsOfPool(trx, poolId));
    return { ...row, planName: plan.name };
  });
}
