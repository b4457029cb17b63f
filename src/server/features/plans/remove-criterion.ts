import { type WriteCtx, editPlan } from './edit-plan.ts';
import { findCriterion } from './update-criterion.ts';

export function removeCriterion(ctx: WriteCtx, planId: string, version: number, criterionId: string) {
  return editPlan(ctx, planId, version, async (trx, plan) => {
    const before = findCriterion(plan, criterionId);
    await trx.deleteFrom('successCriterion').where('id', '=', criterionId).execute();
    return { action: 'delete', resourceType: 'successCriterion', resourceId: criterionId, before, after: null, result: null };
  });
}
