import { ruleViolation } from '../../../domain/errors.ts';
import type { TargetChange } from '../../../domain/schemas/plans.ts';
import { type WriteCtx, editPlan } from './edit-plan.ts';
import { findCriterion } from './update-criterion.ts';

/**
 * Sets an indicator's target for one year. The first value is the original; a later change keeps
 * it and records a revision (from → to, who, when, why), so a changed target needs a reason.
 */
export function setTarget(ctx: WriteCtx, planId: string, version: number, criterionId: string, year: number, change: TargetChange) {
  return editPlan(ctx, planId, version, async (trx, plan) => {
    const criterion = findCriterion(plan, criterionId);
    const existing = criterion.targets.find((t) => t.year === year);
    if (!existing) {
      const row = await trx
        .insertInto('indicatorTarget')
        .values({ successCriterionId: criterionId, year, value: change.value, originalValue: change.value })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { action: 'create', resourceType: 'indicatorTarget', resourceId: row.id, before: null, after: { criterionId, year, value: change.value }, result: row.id };
    }
    if (existing.value === change.value) {
      return { action: 'update', resourceType: 'indicatorTarget', resourceId: existing.id, before: existing, after: existing, result: existing.id };
    }
    const reason = change.reason?.trim() ?? '';
    if (reason === '') {
      throw ruleViolation([
        {
          rule: 'PLAN-GOALS',
          path: 'body.reason',
          message: { da: 'Angiv hvorfor målet ændres; det oprindelige mål bevares', en: 'Say why the target changes; the original target is kept' },
        },
      ]);
    }
    await trx.updateTable('indicatorTarget').set({ value: change.value, updatedAt: new Date() }).where('id', '=', existing.id).execute();
    await trx
      .insertInto('targetRevision')
      .values({ indicatorTargetId: existing.id, fromValue: existing.value, toValue: change.value, reason, changedBy: ctx.actor?.userId ?? null })
      .execute();
    const { revisions: _r, ...before } = existing;
    return { action: 'update', resourceType: 'indicatorTarget', resourceId: existing.id, before, after: { ...before, value: change.value, reason }, result: existing.id };
  });
}
