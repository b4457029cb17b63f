import { ruleViolation } from '../../../domain/errors.ts';
import { budgetLineData } from '../../../domain/plans.ts';
import { writeErrors } from '../../../domain/rules/report.ts';
import { toViolation } from '../../../domain/rules/rule.ts';
import type { BudgetLineInput } from '../../../domain/schemas/plans.ts';
import type { Row } from '../../db/schema.ts';
import { type WriteCtx, editPlan } from './edit-plan.ts';
import { toSnapshot } from './present.ts';

/** The order plan reads give budget lines in (queries.ts, `withBudgetLines`); ids are lowercase uuids, as PostgreSQL orders them. */
const byBudgetOrder = (a: BudgetLine, b: BudgetLine): number =>
  a.year - b.year || cmp(a.interventionAreaId, b.interventionAreaId) || cmp(a.source, b.source) || cmp(a.id, b.id);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
type BudgetLine = Row<'budgetLine'>;

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
    const written = lines.length > 0 ? await trx.insertInto('budgetLine').values(lines.map((l) => ({ planId, ...l }))).returningAll().execute() : [];
    return {
      action: 'update',
      resourceType: 'budget',
      resourceId: planId,
      before: plan.budgetLines,
      after: lines,
      result: null,
      snapshot: (after) => ({ ...toSnapshot(after), budgetLines: data }),
      path: toBody,
      // The plan as written is the plan as it was with these lines: no second read.
      written: () => ({ ...plan, budgetLines: written.sort(byBudgetOrder) }),
    };
  });
}
