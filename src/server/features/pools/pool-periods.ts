/** The funding periods a pool serves (FIN-POOL-PERIOD): written with the pool, checked against the plans that hold its money. */
import { ruleViolation } from '../../../domain/errors.ts';
import { finPoolPeriod } from '../../../domain/rules/pools.ts';
import { toViolation } from '../../../domain/rules/rule.ts';
import { type Trx, badReference } from '../plans/edit-plan.ts';

/** Replaces the periods of a (new or locked) pool; each must exist (400 REFERENCE otherwise). */
export async function writePoolPeriods(trx: Trx, poolId: string, fundingPeriodIds: readonly string[]): Promise<void> {
  const known = await trx.selectFrom('fundingPeriod').select('id').where('id', 'in', [...fundingPeriodIds]).execute();
  if (known.length !== fundingPeriodIds.length) throw badReference('body.fundingPeriodIds', { da: 'Bevillingsperioden', en: 'The funding period' });
  await trx.deleteFrom('poolFundingPeriod').where('poolId', '=', poolId).execute();
  await trx.insertInto('poolFundingPeriod').values(fundingPeriodIds.map((fundingPeriodId) => ({ poolId, fundingPeriodId }))).execute();
}

/** FIN-POOL-PERIOD on a change of periods: every plan holding money from the (locked) pool stays in a period it serves. */
export async function checkPeriodsKeepPlans(trx: Trx, poolId: string, fundingPeriodIds: readonly string[]): Promise<void> {
  const plans = await trx
    .selectFrom('poolAllocation')
    .innerJoin('plan', 'plan.id', 'poolAllocation.planId')
    .innerJoin('fundingPeriod', 'fundingPeriod.id', 'plan.fundingPeriodId')
    .select(['plan.name', 'plan.fundingPeriodId', 'fundingPeriod.name as periodName'])
    .distinct()
    .where('poolAllocation.poolId', '=', poolId)
    .where('poolAllocation.state', '!=', 'released')
    .execute();
  const findings = plans.flatMap((p) =>
    finPoolPeriod.check({ planPeriodId: p.fundingPeriodId, poolPeriodIds: fundingPeriodIds }).map((f) => ({
      ...toViolation(f),
      path: 'body.fundingPeriodIds',
      message: {
        da: `${p.name} (${p.periodName}) har en bevilling fra puljen; puljen skal fortsat tjene ${p.periodName}`,
        en: `${p.name} (${p.periodName}) holds an allocation from the pool; the pool must go on serving ${p.periodName}`,
      },
    })),
  );
  if (findings.length > 0) throw ruleViolation(findings);
}
