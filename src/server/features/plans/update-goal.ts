import { notFound } from '../../../domain/errors.ts';
import type { GoalPatch } from '../../../domain/schemas/plans.ts';
import { goalWhat } from './add-criterion.ts';
import { type WriteCtx, editPlan } from './edit-plan.ts';

export function updateGoal(ctx: WriteCtx, planId: string, version: number, goalId: string, patch: GoalPatch) {
  return editPlan(ctx, planId, version, async (trx, plan) => {
    const goal = plan.goals.find((g) => g.id === goalId);
    if (!goal) throw notFound(goalWhat);
    await trx.updateTable('goal').set({ ...patch, updatedAt: new Date() }).where('id', '=', goalId).execute();
    const { criteria: _c, ...before } = goal;
    return { action: 'update', resourceType: 'goal', resourceId: goalId, before, after: patch, result: goalId };
  });
}
