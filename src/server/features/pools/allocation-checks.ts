/**
 * What decides an allocation, inside the write's transaction: the pool row is locked first
 * (`lockPool`), then the plans whose summaries the write makes again — the pool's plans and the
 * plan allocated to — in id order (`lockPlansOfPool`), so that FIN-POOL-CAP is decided on a pool
 * total and FIN-POOL-PLAN-CAP on a plan total (across pools) that no concurrent write can change.
 * A decision on a plan takes the plan's lock before it touches its allocations, so the two wait for
 * each other instead of deadlocking.
 */
import { ruleViolation } from '../../../domain/errors.ts';
import { cooperationInPlace, type PlanStatus } from '../../../domain/plans.ts';
import type { AllocationState } from '../../../domain/pools.ts';
import { finPoolCap, finPoolCommitted, finPoolCooperation, finPoolPeriod, finPoolPlanCap, finPoolVulnerable } from '../../../domain/rules/pools.ts';
import { type Finding, toViolation } from '../../../domain/rules/rule.ts';
import type { Row } from '../../db/schema.ts';
import { type Trx, badReference } from '../plans/edit-plan.ts';
import { lockPlans, planIdsOfPool } from '../plans/summary-queries.ts';
import { allocatedFrom, heldByPlan, periodsOf } from './queries.ts';

/** Locks the plans of the pool and `planId`, in id order (the order every lock of several plans takes). */
export async function lockPlansOfPool(trx: Trx, poolId: string, planId: string): Promise<void> {
  await lockPlans(trx, [...new Set([...(await planIdsOfPool(trx, poolId)), planId])].sort());
}

/** The plan an allocation goes to, as the pool rules read it (call after locking it). */
export async function planForPool(trx: Trx, planId: string, municipalityId: string) {
  const plan = await trx
    .selectFrom('plan')
    .innerJoin('urbanArea', 'urbanArea.id', 'plan.urbanAreaId')
    .innerJoin('fundingPeriod', 'fundingPeriod.id', 'plan.fundingPeriodId')
    .leftJoin('municipalFundingRules', (j) =>
      j.onRef('municipalFundingRules.municipalityId', '=', 'urbanArea.municipalityId').onRef('municipalFundingRules.fundingPeriodId', '=', 'plan.fundingPeriodId'),
    )
    .select((eb) => [
      'plan.id',
      'plan.name',
      'plan.status',
      'plan.fundingPeriodId',
      'plan.cooperationAgreementDate',
      'fundingPeriod.name as fundingPeriodName',
      eb.fn.coalesce('municipalFundingRules.municipalCapBp', eb.lit(0)).as('municipalCapBp'),
      'urbanArea.vulnerable',
      'urbanArea.municipalityId',
      eb
        .selectFrom('budgetLine')
        .select((e) => e.fn.coalesce(e.fn.sum<number>('budgetLine.amountOre'), e.lit(0)).as('s'))
        .whereRef('budgetLine.planId', '=', 'plan.id')
        .as('frameOre'),
    ])
    .where('plan.id', '=', planId)
    .executeTakeFirst();
  if (!plan || plan.municipalityId !== municipalityId) throw badReference('body.planId', { da: 'Planen', en: 'The plan' });
  const partners = await trx.selectFrom('planPartnerAdministration').select('administrationId').where('planId', '=', planId).execute();
  const cooperation = { administrationIds: partners.map((p) => p.administrationId), agreementDate: plan.cooperationAgreementDate, reference: null };
  return { ...plan, status: plan.status as PlanStatus, frameOre: Number(plan.frameOre), cooperationInPlace: cooperationInPlace(cooperation) };
}
export type PlanForPool = Awaited<ReturnType<typeof planForPool>>;

/**
 * Every pool rule on one allocation of `amountOre` from a locked pool to a locked plan; throws 422
 * with the rule ids. `current`: the allocation being changed (its amount is left out of the totals).
 */
export async function checkAllocation(trx: Trx, pool: Row<'pool'>, plan: PlanForPool, amountOre: number, current?: { id: string; state: AllocationState }): Promise<void> {
  const periods = (await periodsOf(trx, [pool.id])).get(pool.id) ?? [];
  const capCheck = { capacityOre: pool.capacityOre, allocatedOre: await allocatedFrom(trx, pool.id, current?.id), amountOre, vulnerable: plan.vulnerable };
  const findings: Finding[] = [
    ...finPoolCommitted.check({ planStatus: plan.status, state: current?.state ?? null }),
    ...finPoolVulnerable.check(capCheck),
    ...finPoolCooperation.check({ cooperationInPlace: plan.cooperationInPlace }),
    ...finPoolPeriod.check({
      planPeriodId: plan.fundingPeriodId,
      poolPeriodIds: periods.map((p) => p.id),
      names: { plan: plan.fundingPeriodName, pool: periods.map((p) => p.name) },
    }),
    ...finPoolCap.check(capCheck),
    ...finPoolPlanCap.check({ frameOre: plan.frameOre, municipalCapBp: plan.municipalCapBp, heldOre: await heldByPlan(trx, plan.id, current?.id), amountOre }),
  ];
  if (findings.length > 0) throw ruleViolation(findings.map((f) => ({ ...toViolation(f), path: `body.${f.path}` })));
}
