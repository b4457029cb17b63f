/**
 * Plan queries: one batch loader reads plans with everything the rules and the presenters need
 * (a handful of queries for any number of plans), and `toSnapshot` turns that into the domain's
 * PlanSnapshot.
 */
import type { Kysely } from 'kysely';
import type { Target } from '../../../domain/authorization.ts';
import type { FundingRules } from '../../../domain/funding-rules.ts';
import type { PlanSnapshot } from '../../../domain/plans.ts';
import type { Database, Row } from '../../db/schema.ts';

type Q = Kysely<Database>;

export type PlanFilter = {
  urbanAreaId?: string | undefined;
  status?: string | undefined;
  fundingPeriodId?: string | undefined;
  housingOrganisationId?: string | undefined;
};

export type TargetDetails = Row<'indicatorTarget'> & { revisions: Row<'targetRevision'>[] };
export type CriterionDetails = Row<'successCriterion'> & { targets: TargetDetails[] };
export type GoalDetails = Row<'goal'> & { criteria: CriterionDetails[] };
export type ActivityDetails = Row<'activity'> & { goalIds: string[] };
export type AllocationDetails = {
  id: string;
  version: number;
  poolId: string;
  poolName: string;
  amountOre: number;
  poolCapacityOre: number;
  poolAllocatedOre: number;
};

export type PlanDetails = {
  plan: Row<'plan'> & {
    municipalityId: string;
    vulnerable: boolean;
    urbanAreaName: string;
    housingOrganisationName: string;
    fundingPeriodName: string;
    rules: FundingRules;
  };
  estates: { id: string; name: string; housingOrganisationId: string; urbanAreaId: string; municipalityId: string }[];
  committeeIds: string[];
  partnerAdministrationIds: string[];
  goals: GoalDetails[];
  activities: ActivityDetails[];
  budgetLines: Row<'budgetLine'>[];
  allocations: AllocationDetails[];
  /** The intervention areas of the plan's funding period, by number. */
  interventionAreas: { id: string; number: number; name: string; municipalInterface: boolean }[];
};

const groupBy = <T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> => {
  const m = new Map<K, T[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
};

/** Ids of the plans matching the filter (before authorization, which the caller applies). */
export async function findPlanIds(db: Q, filter: PlanFilter): Promise<string[]> {
  const rows = await db
    .selectFrom('plan')
    .select('plan.id')
    .$if(filter.urbanAreaId !== undefined, (q) => q.where('plan.urbanAreaId', '=', filter.urbanAreaId!))
    .$if(filter.status !== undefined, (q) => q.where('plan.status', '=', filter.status!))
    .$if(filter.fundingPeriodId !== undefined, (q) => q.where('plan.fundingPeriodId', '=', filter.fundingPeriodId!))
    .$if(filter.housingOrganisationId !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('plan.housingOrganisationId', '=', filter.housingOrganisationId!),
          eb.exists(
            eb
              .selectFrom('planEstate')
              .innerJoin('estate', 'estate.id', 'planEstate.estateId')
              .select('planEstate.planId')
              .whereRef('planEstate.planId', '=', 'plan.id')
              .where('estate.housingOrganisationId', '=', filter.housingOrganisationId!),
          ),
        ]),
      ),
    )
    .orderBy('plan.name')
    .execute();
  return rows.map((r) => r.id);
}

/** Loads plans with all their content; plans that do not exist are absent from the map. */
export async function loadPlans(db: Q, ids: readonly string[]): Promise<Map<string, PlanDetails>> {
  const out = new Map<string, PlanDetails>();
  if (ids.length === 0) return out;
  const plans = await db
    .selectFrom('plan')
    .innerJoin('urbanArea', 'urbanArea.id', 'plan.urbanAreaId')
    .innerJoin('housingOrganisation', 'housingOrganisation.id', 'plan.housingOrganisationId')
    .innerJoin('fundingPeriod', 'fundingPeriod.id', 'plan.fundingPeriodId')
    .selectAll('plan')
    .select([
      'urbanArea.municipalityId',
      'urbanArea.vulnerable',
      'urbanArea.name as urbanAreaName',
      'housingOrganisation.name as housingOrganisationName',
      'fundingPeriod.name as fundingPeriodName',
      'fundingPeriod.rules',
    ])
    .where('plan.id', 'in', ids)
    .execute();
  if (plans.length === 0) return out;
  const planIds = plans.map((p) => p.id);
  const periodIds = [...new Set(plans.map((p) => p.fundingPeriodId))];

  const [estates, committees, partners, goals, activities, lines, allocations, areas] = await Promise.all([
    db
      .selectFrom('planEstate')
      .innerJoin('estate', 'estate.id', 'planEstate.estateId')
      .innerJoin('urbanArea', 'urbanArea.id', 'estate.urbanAreaId')
      .select(['planEstate.planId', 'estate.id', 'estate.name', 'estate.housingOrganisationId', 'estate.urbanAreaId', 'urbanArea.municipalityId'])
      .where('planEstate.planId', 'in', planIds)
      .orderBy('estate.name')
      .execute(),
    db.selectFrom('planCommittee').selectAll().where('planId', 'in', planIds).execute(),
    db.selectFrom('planPartnerAdministration').selectAll().where('planId', 'in', planIds).execute(),
    db.selectFrom('goal').selectAll().where('planId', 'in', planIds).orderBy('position').orderBy('id').execute(),
    db.selectFrom('activity').selectAll().where('planId', 'in', planIds).orderBy('createdAt').orderBy('name').orderBy('id').execute(),
    db
      .selectFrom('budgetLine')
      .selectAll()
      .where('planId', 'in', planIds)
      .orderBy('year')
      .orderBy('interventionAreaId')
      .orderBy('source')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('poolAllocation')
      .innerJoin('pool', 'pool.id', 'poolAllocation.poolId')
      .select((eb) => [
        'poolAllocation.id',
        'poolAllocation.version',
        'poolAllocation.planId',
        'poolAllocation.poolId',
        'poolAllocation.amountOre',
        'pool.name as poolName',
        'pool.capacityOre as poolCapacityOre',
        eb
          .selectFrom('poolAllocation as other')
          .select((e) => e.fn.coalesce(e.fn.sum<number>('other.amountOre'), e.lit(0)).as('s'))
          .whereRef('other.poolId', '=', 'pool.id')
          .as('poolAllocatedOre'),
      ])
      .where('poolAllocation.planId', 'in', planIds)
      .orderBy('poolAllocation.createdAt')
      .execute(),
    db
      .selectFrom('interventionArea')
      .select(['id', 'number', 'name', 'municipalInterface', 'fundingPeriodId'])
      .where('fundingPeriodId', 'in', periodIds)
      .orderBy('number')
      .execute(),
  ]);

  const goalIds = goals.map((g) => g.id);
  const criteria = goalIds.length
    ? await db.selectFrom('successCriterion').selectAll().where('goalId', 'in', goalIds).orderBy('position').orderBy('id').execute()
    : [];
  const criterionIds = criteria.map((c) => c.id);
  const targets = criterionIds.length
    ? await db.selectFrom('indicatorTarget').selectAll().where('successCriterionId', 'in', criterionIds).orderBy('year').execute()
    : [];
  const targetIds = targets.map((t) => t.id);
  const revisions = targetIds.length
    ? await db.selectFrom('targetRevision').selectAll().where('indicatorTargetId', 'in', targetIds).orderBy('id').execute()
    : [];
  const activityIds = activities.map((a) => a.id);
  const activityGoals = activityIds.length
    ? await db.selectFrom('activityGoal').selectAll().where('activityId', 'in', activityIds).execute()
    : [];

  const revisionsOf = groupBy(revisions, (r) => r.indicatorTargetId);
  const targetsOf = groupBy(targets, (t) => t.successCriterionId);
  const criteriaOf = groupBy(criteria, (c) => c.goalId);
  const goalsOfActivity = groupBy(activityGoals, (ag) => ag.activityId);
  const by = <T extends { planId: string }>(rows: T[]) => groupBy(rows, (r) => r.planId);
  const [estatesOf, committeesOf, partnersOf, goalsOf, activitiesOf, linesOf, allocationsOf] = [
    by(estates), by(committees), by(partners), by(goals), by(activities), by(lines), by(allocations),
  ];
  const areasOf = groupBy(areas, (a) => a.fundingPeriodId);

  for (const plan of plans) {
    out.set(plan.id, {
      plan,
      estates: (estatesOf.get(plan.id) ?? []).map(({ planId: _p, ...e }) => e),
      committeeIds: (committeesOf.get(plan.id) ?? []).map((c) => c.committeeId),
      partnerAdministrationIds: (partnersOf.get(plan.id) ?? []).map((p) => p.administrationId),
      goals: (goalsOf.get(plan.id) ?? []).map((g) => ({
        ...g,
        criteria: (criteriaOf.get(g.id) ?? []).map((c) => ({
          ...c,
          targets: (targetsOf.get(c.id) ?? []).map((t) => ({ ...t, revisions: revisionsOf.get(t.id) ?? [] })),
        })),
      })),
      activities: (activitiesOf.get(plan.id) ?? []).map((a) => ({ ...a, goalIds: (goalsOfActivity.get(a.id) ?? []).map((g) => g.goalId) })),
      budgetLines: linesOf.get(plan.id) ?? [],
      allocations: (allocationsOf.get(plan.id) ?? []).map(({ planId: _p, ...a }) => ({ ...a, poolAllocatedOre: Number(a.poolAllocatedOre) })),
      interventionAreas: (areasOf.get(plan.fundingPeriodId) ?? []).map(({ fundingPeriodId: _f, ...a }) => a),
    });
  }
  return out;
}

export async function findPlan(db: Q, id: string): Promise<PlanDetails | undefined> {
  return (await loadPlans(db, [id])).get(id);
}

/** The plan as the rules see it. */
export function toSnapshot(d: PlanDetails): PlanSnapshot {
  const { plan } = d;
  return {
    plan: {
      startDate: plan.startDate,
      endDate: plan.endDate,
      housingOrganisationId: plan.housingOrganisationId,
      fundingPeriodId: plan.fundingPeriodId,
    },
    urbanArea: { id: plan.urbanAreaId, municipalityId: plan.municipalityId, vulnerable: plan.vulnerable },
    municipalityId: plan.municipalityId,
    estates: d.estates,
    goals: d.goals.map((g) => ({
      id: g.id,
      title: g.title,
      criteria: g.criteria.map((c) => ({
        id: c.id,
        description: c.description,
        indicator: { name: c.indicatorName, unit: c.indicatorUnit, baselineValue: c.baselineValue, baselineYear: c.baselineYear },
        targets: c.targets.map((t) => ({ year: t.year, value: t.value })),
      })),
    })),
    activities: d.activities.map((a) => ({ id: a.id, name: a.name, interventionAreaId: a.interventionAreaId, goalIds: a.goalIds })),
    interventionAreaIds: d.interventionAreas.map((a) => a.id),
    budgetLines: d.budgetLines.map((l) => ({
      year: l.year,
      interventionAreaId: l.interventionAreaId,
      activityId: l.activityId,
      source: l.source,
      municipalPart: l.municipalPart,
      amountOre: l.amountOre,
    })),
    poolAllocations: d.allocations.map((a) => ({
      poolId: a.poolId,
      poolName: a.poolName,
      amountOre: a.amountOre,
      poolCapacityOre: a.poolCapacityOre,
      poolAllocatedOre: a.poolAllocatedOre,
    })),
    cooperation: {
      administrationIds: d.partnerAdministrationIds,
      agreementDate: plan.cooperationAgreementDate,
      reference: plan.cooperationReference,
    },
    rules: plan.rules,
  };
}

/** The scope of a plan for the access policy. `lead` limits housing staff to the lead organisation. */
export function planTarget(d: Pick<PlanDetails, 'plan' | 'estates'>, lead = false): Target {
  const orgs = lead
    ? [d.plan.housingOrganisationId]
    : [...new Set([d.plan.housingOrganisationId, ...d.estates.map((e) => e.housingOrganisationId)])];
  return {
    municipalityId: d.plan.municipalityId,
    housingOrganisationIds: orgs,
    urbanAreaId: d.plan.urbanAreaId,
    draft: d.plan.status === 'draft',
  };
}
