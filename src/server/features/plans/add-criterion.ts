import { notFound } from '../../../domain/errors.ts';
import type { CriterionInput } from '../../../domain/schemas/plans.ts';
import { type Trx, type WriteCtx, editPlan } from './edit-plan.ts';

export const goalWhat = { da: 'Målet', en: 'The goal' };
export const criterionWhat = { da: 'Succeskriteriet', en: 'The success criterion' };

/** Inserts a success criterion with its indicator and first targets (their original values). */
export async function insertCriterion(trx: Trx, goalId: string, position: number, input: CriterionInput): Promise<string> {
  const row = await trx
    .insertInto('successCriterion')
    .values({
      goalId,
      position,
      description: input.description,
      indicatorName: input.indicator.name,
      indicatorUnit: input.indicator.unit,
      baselineValue: input.indicator.baselineValue,
      baselineYear: input.indicator.baselineYear,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.targets.length > 0) {
    await trx
      .insertInto('indicatorTarget')
      .values(input.targets.map((t) => ({ successCriterionId: row.id, year: t.year, value: t.value, originalValue: t.value })))
      .execute();
  }
  return row.id;
}

/** Adds a success criterion to a goal of a draft plan. Returns its id and the plan's new version. */
export function addCriterion(ctx: WriteCtx, planId: string, version: number, goalId: string, input: CriterionInput) {
  return editPlan(ctx, planId, version, async (trx, plan) => {
    const goal = plan.goals.find((g) => g.id === goalId);
    if (!goal) throw notFound(goalWhat);
    const position = Math.max(0, ...goal.criteria.map((c) => c.position)) + 1;
    const id = await insertCriterion(trx, goalId, position, input);
    return { action: 'create', resourceType: 'successCriterion', resourceId: id, before: null, after: { goalId, ...input }, result: id };
  });
}
