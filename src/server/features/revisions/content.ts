/** The whole content of a plan as a revision snapshot (src/domain/revisions.ts). */
import { budgetLineData } from '../../../domain/plans.ts';
import type { PlanContent } from '../../../domain/revisions.ts';
import { presentActivities } from '../plans/present.ts';
import type { PlanDetails } from '../plans/queries.ts';

export function planContentOf(d: PlanDetails): PlanContent {
  const p = d.plan;
  return {
    plan: {
      name: p.name,
      startDate: p.startDate,
      endDate: p.endDate,
      challenges: p.challenges,
      housingOrganisationId: p.housingOrganisationId,
      housingOrganisationName: p.housingOrganisationName,
      urbanAreaId: p.urbanAreaId,
      urbanAreaName: p.urbanAreaName,
      fundingPeriodId: p.fundingPeriodId,
      committeeIds: [...d.committeeIds].sort(),
      cooperation: { administrationIds: [...d.partnerAdministrationIds].sort(), agreementDate: p.cooperationAgreementDate, reference: p.cooperationReference },
    },
    estates: d.estates.map((e) => ({ id: e.id, name: e.name })),
    interventionAreas: d.interventionAreas.map((a) => ({ id: a.id, number: a.number, name: a.name })),
    goals: d.goals.map((g) => ({
      id: g.id,
      title: g.title,
      description: g.description,
      criteria: g.criteria.map((c) => ({
        id: c.id,
        description: c.description,
        indicator: { name: c.indicatorName, unit: c.indicatorUnit, baselineValue: c.baselineValue, baselineYear: c.baselineYear },
        targets: c.targets.map((t) => ({ year: t.year, value: t.value })),
      })),
    })),
    activities: presentActivities(d).map((a) => ({ ...a, goalIds: [...a.goalIds].sort() })),
    budgetLines: d.budgetLines.map(budgetLineData),
  };
}
