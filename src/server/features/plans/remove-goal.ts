import { notFound } from '../../../domain/errors.ts';
import { goalWhat } from './add-criterion.ts';
import { type WriteCtx, editPlan } from './edit-plan.ts';

/** Removes a goal with its success criteria, targets and links to activities. */
export function removeGoal(ctx: WriteCtx, planId: string, version: number, goalId: string) {
  return editPlan(ctx, planId, version, async (trx, plan) => {
    const goal = plan.goals.find((g) => g.id === goalId);
    if (!goal) throw notFound(goalWhat);
    await trx.deleteFrom('goal').where('id', '=', goalId).execute();
    return { action: 'delete', resourceType: 'goal', resourceId: goalId, before: goal, after: null, result: null };
  });
}
