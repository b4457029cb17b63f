/**
 * The plan as it is after its budget was saved, from the PUT's answer (the budget and the plan's
 * new version), so that the budget page need not read the whole plan again. The rules run again on
 * it as the server runs them; only `updatedAt` stays that of the last read.
 */
import { snapshotOfPlan } from '../../../domain/plan-snapshot.ts';
import { ruleReport } from '../../../domain/rules/report.ts';
import type { Budget, Plan } from '../../../domain/schemas/plans.ts';

export function withBudget(plan: Plan, budget: Budget): Plan {
  const saved = { ...plan, version: budget.version, budgetLines: budget.lines, budget: budget.matrix };
  const report = ruleReport(snapshotOfPlan(saved));
  return { ...saved, ruleStatus: { errors: report.errors.length, warnings: report.warnings.length, canSubmit: report.canSubmit } };
}
