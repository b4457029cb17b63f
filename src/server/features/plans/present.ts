/**
 * Shapes plans as the API's JSON (src/domain/schemas/plans.ts), and the rules' snapshot of a plan
 * from that shape, so that the server and the web build it with the one `snapshotOfPlan`.
 */
import { budgetMatrix } from '../../../domain/budget.ts';
import { type PlanSource, snapshotOfPlan } from '../../../domain/plan-snapshot.ts';
import { type PlanSnapshot, budgetLineData, cooperationInPlace } from '../../../domain/plans.ts';
import { type Finding, ruleSourceNames } from '../../../domain/rules/rule.ts';
import type { Plan, PlanListItem } from '../../../domain/schemas/plans.ts';
import type { Language } from '../../http/language.ts';
import { iso } from '../../http/present.ts';
import type { PlanDetails, PlanRead, PlanSummary } from './queries.ts';

export const matrixOf = (d: PlanRead<'budgetLines' | 'interventionAreas'>) => budgetMatrix(d.budgetLines, d.interventionAreas.map((a) => a.id));

/** A rule report's counts, from the plan's summary. */
export const ruleStatusOf = (s: Pick<PlanSummary, 'errors' | 'warnings'>) => ({ errors: s.errors, warnings: s.warnings, canSubmit: s.errors === 0 });

const presentLine = (l: PlanDetails['budgetLines'][number]) => ({ id: l.id, ...budgetLineData(l), note: l.note });

export function presentGoals(d: PlanRead<'goals'>): Plan['goals'] {
  return d.goals.map((g) => ({
    id: g.id,
    position: g.position,
    title: g.title,
    description: g.description,
    criteria: g.criteria.map((c) => ({
      id: c.id,
      position: c.position,
      description: c.description,
      indicator: { name: c.indicatorName, unit: c.indicatorUnit, baselineValue: c.baselineValue, baselineYear: c.baselineYear },
      targets: c.targets.map((t) => ({
        year: t.year,
        value: t.value,
        originalValue: t.originalValue,
        revisions: t.revisions.map((r) => ({ fromValue: r.fromValue, toValue: r.toValue, reason: r.reason, changedBy: r.changedBy, changedByName: r.changedByName, changedAt: iso(r.changedAt) })),
      })),
    })),
  }));
}

export const presentActivities = (d: PlanRead<'activities'>): Plan['activities'] =>
  d.activities.map((a) => ({
    id: a.id,
    name: a.name,
    description: a.description,
    interventionAreaId: a.interventionAreaId,
    carriedOutBy: a.carriedOutBy,
    administrationId: a.administrationId,
    goalIds: a.goalIds,
  }));

/** The plan's content in the API's shape: what the rules read, and most of what the plan shows. */
function planContent(d: PlanDetails): PlanSource {
  const p = d.plan;
  const cooperation = { administrationIds: d.partnerAdministrationIds, agreementDate: p.cooperationAgreementDate, reference: p.cooperationReference };
  return {
    startDate: p.startDate,
    endDate: p.endDate,
    housingOrganisationId: p.housingOrganisationId,
    fundingPeriodId: p.fundingPeriodId,
    urbanAreaId: p.urbanAreaId,
    municipalityId: p.municipalityId,
    vulnerable: p.vulnerable,
    estates: d.estates,
    goals: presentGoals(d),
    activities: presentActivities(d),
    interventionAreas: d.interventionAreas,
    budgetLines: d.budgetLines.map(presentLine),
    poolAllocations: d.allocations.map((a) => ({
      id: a.id,
      poolId: a.poolId,
      poolName: a.poolName,
      amountOre: a.amountOre,
      state: a.state,
      poolCapacityOre: a.poolCapacityOre,
      poolAllocatedOre: a.poolAllocatedOre,
      poolFundingPeriodIds: a.poolFundingPeriodIds,
    })),
    cooperation: { ...cooperation, inPlace: cooperationInPlace(cooperation) },
    fundingRules: p.rules,
  };
}

/** The plan as the rules see it. */
export const toSnapshot = (d: PlanDetails): PlanSnapshot => snapshotOfPlan(planContent(d));

export const presentBudget = (d: PlanRead<'budgetLines' | 'interventionAreas'>) => ({
  planId: d.plan.id,
  version: d.plan.version,
  lines: d.budgetLines.map(presentLine),
  matrix: matrixOf(d),
});

/** The plan as the API shows it; its rule status from its summary (the one of the version shown). */
export function presentPlan(d: PlanDetails, summary: Pick<PlanSummary, 'errors' | 'warnings'>): Plan {
  const p = d.plan;
  const content = planContent(d);
  return {
    ...content,
    id: p.id,
    version: p.version,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
    name: p.name,
    status: p.status as Plan['status'],
    fundingPeriodName: p.fundingPeriodName,
    urbanAreaName: p.urbanAreaName,
    housingOrganisationName: p.housingOrganisationName,
    challenges: p.challenges,
    provenance: p.provenance,
    estateIds: d.estates.map((e) => e.id),
    committeeIds: d.committeeIds,
    budget: matrixOf(d),
    ruleStatus: ruleStatusOf(summary),
  };
}

/** A row of the plan list: the plan's own columns and names, and its summary. */
export type PlanListRow = Pick<
  PlanListItem,
  'id' | 'version' | 'name' | 'fundingPeriodId' | 'urbanAreaId' | 'urbanAreaName' | 'housingOrganisationId' | 'housingOrganisationName' | 'startDate' | 'endDate' | 'provenance'
> &
  Pick<PlanSummary, 'frameOre' | 'municipalOre' | 'municipalShareBp' | 'localShareBp' | 'poolAllocatedOre' | 'errors' | 'warnings'> & { status: string };

export const presentListItem = (r: PlanListRow): PlanListItem => ({
  id: r.id,
  version: r.version,
  name: r.name,
  status: r.status as PlanListItem['status'],
  fundingPeriodId: r.fundingPeriodId,
  urbanAreaId: r.urbanAreaId,
  urbanAreaName: r.urbanAreaName,
  housingOrganisationId: r.housingOrganisationId,
  housingOrganisationName: r.housingOrganisationName,
  startDate: r.startDate,
  endDate: r.endDate,
  provenance: r.provenance,
  frameOre: r.frameOre,
  municipalOre: r.municipalOre,
  municipalShareBp: r.municipalShareBp,
  localShareBp: r.localShareBp,
  poolAllocatedOre: r.poolAllocatedOre,
  ruleStatus: ruleStatusOf(r),
});

const presentFinding = (f: Finding, lang: Language) => ({
  rule: f.rule,
  severity: f.severity,
  message: f.message[lang],
  path: f.path,
  source: f.source,
  sourceName: ruleSourceNames[f.source][lang],
});

/** The rule report from the findings of the plan's summary (errors first, in the rules' order). */
export function presentReport(planId: string, version: number, findings: readonly Finding[], lang: Language) {
  const errors = findings.filter((f) => f.severity === 'error');
  return {
    planId,
    version,
    errors: errors.map((f) => presentFinding(f, lang)),
    warnings: findings.filter((f) => f.severity === 'warning').map((f) => presentFinding(f, lang)),
    canSubmit: errors.length === 0,
  };
}
