/**
 * The rules' view of a plan as the API presents it: the web (and any client) builds a snapshot from
 * GET /api/plans/:id, swaps in what the user is typing (e.g. budget lines), and runs `ruleReport`
 * for live feedback — the same rules the server runs.
 */
import type { PlanSnapshot } from './plans.ts';
import type { Plan } from './schemas/plans.ts';

export function snapshotOfPlan(plan: Plan): PlanSnapshot {
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
    budgetLines: plan.budgetLines.map((l) => ({
      year: l.year,
      interventionAreaId: l.interventionAreaId,
      activityId: l.activityId,
      source: l.source,
      municipalPart: l.municipalPart,
      amountOre: l.amountOre,
    })),
    poolAllocations: plan.poolAllocations.map((a) => ({
      poolId: a.poolId,
      poolName: a.poolName,
      amountOre: a.amountOre,
      poolCapacityOre: a.poolCapacityOre,
      poolAllocatedOre: a.poolAllocatedOre,
    })),
    cooperation: {
      administrationIds: plan.cooperation.administrationIds,
      agreementDate: plan.cooperation.agreementDate,
      reference: plan.cooperation.reference,
    },
    rules: plan.fundingRules,
  };
}
