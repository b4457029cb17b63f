import { notFound } from '../../../domain/errors.ts';
import { type WriteCtx, editPlan } from './edit-plan.ts';
import { activityWhat } from './update-activity.ts';

/** Removes an activity; budget lines that named it stay, under its intervention area. */
export function removeActivity(ctx: WriteCtx, planId: string, version: number, activityId: string) {
  return editPlan(ctx, planId, version, async (trx, plan) => {
    const before = plan.activities.find((a) => a.id === activityId);
    if (!before) throw notFound(activityWhat);
    await trx.deleteFrom('activity').where('id', '=', activityId).execute();
    return { action: 'delete', resourceType: 'activity', resourceId: activityId, before, after: null, result: null };
  });
}
