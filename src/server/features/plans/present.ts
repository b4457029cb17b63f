/**
 * Shapes plans as the API's JSON (src/domain/schemas/plans.ts), and the rules' snapshot of a plan
 * from that shape, so that the server and the web build it with the one `snapshotOfPlan`.
 */
import { budgetMatrix } from '../../../domain/budget.ts';
import { type PlanSource, snapshotOfPlan } from '../../../domain/plan-snapshot.ts';
import { type PlanSnapshot, budgetLineData, cooperationInPlace } from '../../../domain/plans.ts';
import { ruleReport } from '../../../domain/rules/report.ts';
import { type Finding, ruleSourceNames } from '../../../domain/rules/rule.ts';
import type { Plan, PlanListItem } from '../../../domain/schemas/plans.ts';
import type { Language } from '../../http/language.ts';
import { iso } from '../../http/present.ts';
import type { PlanDetails } from './queries.ts';

export const matrixOf = (d: PlanDetails) => budgetMatrix(d.budgetLines, d.interventionAreas.map((a) => a.id));

function ruleStatus(snapshot: PlanSnapshot) {
  const r = ruleReport(snapshot);
  return { errors: r.errors.length, warnings: r.warnings.length, canSubmit: r.canSubmit };
}

const presentLine = (l: PlanDetails['budgetLines'][number]) => ({ id: l.id, ...budgetLineData(l), note: l.note });

export function presentGoals(d: PlanDetails): Plan['goals'] {
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

export const presentActivities = (d: PlanDetails): Plan['activities'] =>
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
      poolCapacityOre: a.poolCapacityOre,
      poolAllocatedOre: a.poolAllocatedOre,
    })),
    cooperation: { ...cooperation, inPlace: cooperationInPlace(cooperation) },
    fundingRules: p.rules,
  };
}

/** The plan as the rules see it. */
export const toSnapshot = (d: PlanDetails): PlanSnapshot => snapshotOfPlan(planContent(d));

export const presentBudget = (d: PlanDetails) => ({
  planId: d.plan.id,
  version: d.plan.version,
  lines: d.budgetLines.map(presentLine),
  matrix: matrixOf(d),
});

export function presentPlan(d: PlanDetails): Plan {
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
    ruleStatus: ruleStatus(snapshotOfPlan(content)),
  };
}

export function presentListItem(d: PlanDetails): PlanListItem {
  const p = d.plan;
  const m = matrixOf(d);
  return {
    id: p.id,
    version: p.version,
    name: p.name,
    status: p.status as PlanListItem['status'],
    fundingPeriodId: p.fundingPeriodId,
    urbanAreaId: p.urbanAreaId,
    urbanAreaName: p.urbanAreaName,
    housingOrganisationId: p.housingOrganisationId,
    housingOrganisationName: p.housingOrganisationName,
    startDate: p.startDate,
    endDate: p.endDate,
    provenance: p.provenance,
    frameOre: m.frameOre,
    municipalOre: m.bySource.municipal,
    municipalShareBp: m.shareBp.municipal,
    localShareBp: m.localShareBp,
    poolAllocatedOre: d.allocations.reduce((s, a) => s + a.amountOre, 0),
    ruleStatus: ruleStatus(toSnapshot(d)),
  };
}

const presentFinding = (f: Finding, lang: Language) => ({
  rule: f.rule,
  severity: f.severity,
  message: f.message[lang],
  path: f.path,
  source: f.source,
  sourceName: ruleSourceNames[f.source][lang],
});

export function presentReport(d: PlanDetails, lang: Language) {
  const r = ruleReport(toSnapshot(d));
  return {
    planId: d.plan.id,
    version: d.plan.version,
    errors: r.errors.map((f) => presentFinding(f, lang)),
    warnings: r.warnings.map((f) => presentFinding(f, lang)),
    canSubmit: r.canSubmit,
  };
}
