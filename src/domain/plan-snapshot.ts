/**
 * The rules' view of a plan, built from the plan as the API presents it — the one snapshot
 * function. The server builds it from the plan's content in that shape (features/plans/present.ts);
 * the web (and any client) from GET /api/plans/:id, with what the user is typing swapped in (e.g.
 * budget lines), and runs `ruleReport` for live feedback — the same rules the server runs.
 */
import { type PlanSnapshot, budgetLineData } from './plans.ts';
import type { Plan } from './schemas/plans.ts';

/** What of a plan the rules read, in the API's shape: a Plan has it all. */
export type PlanSource = Pick<
  Plan,
  | 'startDate'
  | 'endDate'
  | 'housingOrganisationId'
  | 'fundingPeriodId'
  | 'urbanAreaId'
  | 'municipalityId'
  | 'vulnerable'
  | 'estates'
  | 'goals'
  | 'activities'
  | 'interventionAreas'
  | 'budgetLines'
  | 'poolAllocations'
  | 'cooperation'
  | 'fundingRules'
>;

export function snapshotOfPlan(plan: PlanSource): PlanSnapshot {
  return {
    plan: {
      startDate: plan.startDate,
      endDate: plan.endDate,
      housingOrganisationId: plan.housingOrganisationId,
      fundingPeriodId: plan.fundingPeriodId,
    },
    urbanArea: { id: plan.urbanAreaId, municipalityId: plan.municipalityId, vulnerable: plan.vulnerable },
    municipalityId: plan.municipalityId,
    estates: plan.estates,
    goals: plan.goals.map((g) => ({
      id: g.id,
      title: g.title,
      criteria: g.criteria.map((c) => ({
        id: c.id,
        description: c.description,
        indicator: c.indicator,
        targets: c.targets.map((t) => ({ year: t.year, value: t.value })),
      })),
    })),
    activities: plan.activities.map((a) => ({ id: a.id, name: a.name, interventionAreaId: a.interventionAreaId, goalIds: a.goalIds })),
    interventionAreaIds: plan.interventionAreas.map((a) => a.id),
    budgetLines: plan.budgetLines.map(budgetLineData),
    poolAllocations: plan.poolAllocations.map((a) => ({
      poolId: a.poolId,
      poolName: a.poolName,
      amountOre: a.amountOre,
      poolCapacityOre: a.poolCapacityOre,
      poolAllocatedOre: a.poolAllocatedOre,
      poolFundingPeriodIds: a.poolFundingPeriodIds,
    })),
    cooperation: {
      administrationIds: plan.cooperation.administrationIds,
      agreementDate: plan.cooperation.agreementDate,
      reference: plan.cooperation.reference,
    },
    rules: plan.fundingRules,
  };
}
