import { notFound } from '../../../domain/errors.ts';
import type { ActivityPatch } from '../../../domain/schemas/plans.ts';
import { checkActivity, writeActivityGoals } from './activity-checks.ts';
import { type WriteCtx, editPlan } from './edit-plan.ts';

export const activityWhat = { da: 'Aktiviteten', en: 'The activity' };

export function updateActivity(ctx: WriteCtx, planId: string, version: number, activityId: string, patch: ActivityPatch) {
  return editPlan(ctx, planId, version, async (trx, plan) => {
    const before = plan.activities.find((a) => a.id === activityId);
    if (!before) throw notFound(activityWhat);
    const merged = { ...before, ...patch };
    if (patch.carriedOutBy === 'plan_staff' && patch.administrationId === undefined) merged.administrationId = null;
    await checkActivity(trx, plan, merged);
    await trx
      .updateTable('activity')
      .set({
        name: merged.name,
        description: merged.description,
        interventionAreaId: merged.interventionAreaId,
        carriedOutBy: merged.carriedOutBy,
        administrationId: merged.administrationId,
        updatedAt: new Date(),
      })
      .where('id', '=', activityId)
      .execute();
    if (patch.goalIds) await writeActivityGoals(trx, activityId, patch.goalIds);
    return { action: 'update', resourceType: 'activity', resourceId: activityId, before, after: merged, result: activityId };
  });
}
