import { ruleViolation } from '../../../domain/errors.ts';
import { budgetLineData } from '../../../domain/plans.ts';
import { writeErrors } from '../../../domain/rules/report.ts';
import { toViolation } from '../../../domain/rules/rule.ts';
import type { BudgetLineInput } from '../../../domain/schemas/plans.ts';
import { type WriteCtx, editPlan } from './edit-plan.ts';
import { toSnapshot } from './present.ts';

const toBody = (rulePath: string) => `body.${rulePath.replace(/^budgetLines/, 'lines')}`;

/**
 * Replaces the whole budget of a draft plan with `lines` (the budget page sends its matrix). The
 * structural rules (PLAN-ACTIVITY-AREA, FIN-MUNICIPAL-SPLIT's part on each line, FIN-COOPERATION)
 * refuse the write; the financing shares are reported by the rule report, so a budget can be saved
 * while it is being built.
 */
export function replaceBudget(ctx: WriteCtx, planId: string, version: number, lines: BudgetLineInput[]) {
  const data = lines.map(budgetLineData);
  return editPlan(ctx, planId, version, async (trx, plan) => {
    // The structural rules on the budget as it would be, before anything is written.
    const would = toSnapshot(plan);
    would.budgetLines = data;
    const errors = writeErrors(would);
    if (errors.length > 0) throw ruleViolation(errors.map((f) => ({ ...toViolation(f), path: toBody(f.path) })));

    await trx.deleteFrom('budgetLine').where('planId', '=', planId).execute();
    if (lines.length > 0) {
      await trx.insertInto('budgetLine').values(lines.map((l) => ({ planId, ...l }))).execute();
    }
    return {
      action: 'update',
      resourceType: 'budget',
      resourceId: planId,
      before: plan.budgetLines,
      after: lines,
      result: null,
      snapshot: (after) => ({ ...toSnapshot(after), budgetLines: data }),
      path: toBody,
    };
  });
}
