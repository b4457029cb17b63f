import type { GoalInput } from '../../../domain/schemas/plans.ts';
import { insertCriterion } from './add-criterion.ts';
import { type WriteCtx, editPlan } from './edit-plan.ts';

/** Adds a goal, with its success criteria and targets, to a draft plan. Returns its id and the plan's new version. */
export function addGoal(ctx: WriteCtx, planId: string, version: number, input: GoalInput) {
  return editPlan(ctx, planId, version, async (trx, plan) => {
    const position = Math.max(0, ...plan.goals.map((g) => g.position)) + 1;
    const goal = await trx
      .insertInto('goal')
      .values({ planId, position, title: input.title, description: input.description })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [i, c] of input.criteria.entries()) await insertCriterion(trx, goal.id, i + 1, c);
    return { action: 'create', resourceType: 'goal', resourceId: goal.id, before: null, after: { planId, ...input }, result: goal.id };
  });
}
