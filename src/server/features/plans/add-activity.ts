import type { ActivityInput } from '../../../domain/schemas/plans.ts';
import { checkActivity, writeActivityGoals } from './activity-checks.ts';
import { type WriteCtx, editPlan } from './edit-plan.ts';

/** Adds an activity under an intervention area of the plan's period. Returns its id and the plan's new version. */
export function addActivity(ctx: WriteCtx, planId: string, version: number, input: ActivityInput) {
  return editPlan(ctx, planId, version, async (trx, plan) => {
    await checkActivity(trx, plan, { id: 'new', ...input });
    const row = await trx
      .insertInto('activity')
      .values({
        planId,
        name: input.name,
        description: input.description,
        interventionAreaId: input.interventionAreaId,
        carriedOutBy: input.carriedOutBy,
        administrationId: input.administrationId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeActivityGoals(trx, row.id, input.goalIds);
    return { action: 'create', resourceType: 'activity', resourceId: row.id, before: null, after: { planId, ...input }, result: row.id };
  });
}
