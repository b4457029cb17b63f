import { notFound } from '../../../domain/errors.ts';
import type { CriterionPatch } from '../../../domain/schemas/plans.ts';
import { criterionWhat } from './add-criterion.ts';
import { type WriteCtx, editPlan } from './edit-plan.ts';
import type { PlanDetails } from './queries.ts';

export const findCriterion = (plan: PlanDetails, criterionId: string) => {
  const c = plan.goals.flatMap((g) => g.criteria).find((x) => x.id === criterionId);
  if (!c) throw notFound(criterionWhat);
  return c;
};

/** Changes a success criterion's description or indicator (name, unit, baseline). Targets change with setTarget. */
export function updateCriterion(ctx: WriteCtx, planId: string, version: number, criterionId: string, patch: CriterionPatch) {
  return editPlan(ctx, planId, version, async (trx, plan) => {
    const { targets: _t, ...before } = findCriterion(plan, criterionId);
    const i = patch.indicator ?? {};
    const fields = {
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(i.name !== undefined ? { indicatorName: i.name } : {}),
      ...(i.unit !== undefined ? { indicatorUnit: i.unit } : {}),
      ...(i.baselineValue !== undefined ? { baselineValue: i.baselineValue } : {}),
      ...(i.baselineYear !== undefined ? { baselineYear: i.baselineYear } : {}),
    };
    await trx.updateTable('successCriterion').set({ ...fields, updatedAt: new Date() }).where('id', '=', criterionId).execute();
    return { action: 'update', resourceType: 'successCriterion', resourceId: criterionId, before, after: patch, result: criterionId };
  });
}
