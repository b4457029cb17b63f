/**
 * Plan queries: one batch loader reads plans with everything the rules and the presenters need
 * (one query for any number of plans); `readablePlan` is the one read of a plan on behalf of a user.
 */
import type { Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { type Target, can } from '../../../domain/authorization.ts';
import { notFound } from '../../../domain/errors.ts';
import type { FundingRules } from '../../../domain/funding-rules.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database, Row } from '../../db/schema.ts';

type Q = Kysely<Database>;

export const planWhat = { da: 'Planen', en: 'The plan' };

export type PlanFilter = {
  urbanAreaId?: string | undefined;
  status?: string | undefined;
  fundingPeriodId?: string | undefined;
  housingOrganisationId?: string | undefined;
};

export type TargetDetails = Row<'indicatorTarget'> & { revisions: (Row<'targetRevision'> & { changedByName: string | null })[] };
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

/** A timestamp as JSON gives it (an ISO string) back as the Date the driver would have given. */
const toDate = (v: Date | string): Date => (v instanceof Date ? v : new Date(v));
const dated = <T extends { createdAt: Date | string; updatedAt: Date | string }>(row: T): Omit<T, 'createdAt' | 'updatedAt'> & { createdAt: Date; updatedAt: Date } => ({
  ...row,
  createdAt: toDate(row.createdAt),
  updatedAt: toDate(row.updatedAt),
});

/**
 * Loads plans with all their content; plans that do not exist are absent from the map. One query:
 * each list is a correlated subquery aggregated to JSON (in the order of its ORDER BY), and the
 * timestamps JSON turns into strings become Dates again, so callers see the driver's types.
 */
export async function loadPlans(db: Q, ids: readonly string[]): Promise<Map<string, PlanDetails>> {
  const out = new Map<string, PlanDetails>();
  if (ids.length === 0) return out;
  const plans = await db
    .selectFrom('plan')
    .innerJoin('urbanArea', 'urbanArea.id', 'plan.urbanAreaId')
    .innerJoin('housingOrganisation', 'housingOrganisation.id', 'plan.housingOrganisationId')
    .innerJoin('fundingPeriod', 'fundingPeriod.id', 'plan.fundingPeriodId')
    .selectAll('plan')
    .select((eb) => [
      'urbanArea.municipalityId',
      'urbanArea.vulnerable',
      'urbanArea.name as urbanAreaName',
      'housingOrganisation.name as housingOrganisationName',
      'fundingPeriod.name as fundingPeriodName',
      'fundingPeriod.rules',
      jsonArrayFrom(
        eb
          .selectFrom('planEstate')
          .innerJoin('estate', 'estate.id', 'planEstate.estateId')
          .innerJoin('urbanArea as estateArea', 'estateArea.id', 'estate.urbanAreaId')
          .select(['estate.id', 'estate.name', 'estate.housingOrganisationId', 'estate.urbanAreaId', 'estateArea.municipalityId'])
          .whereRef('planEstate.planId', '=', 'plan.id')
          .orderBy('estate.name'),
      ).as('estates'),
      jsonArrayFrom(eb.selectFrom('planCommittee').select('planCommittee.committeeId').whereRef('planCommittee.planId', '=', 'plan.id')).as('committees'),
      jsonArrayFrom(
        eb.selectFrom('planPartnerAdministration').select('planPartnerAdministration.administrationId').whereRef('planPartnerAdministration.planId', '=', 'plan.id'),
      ).as('partners'),
      jsonArrayFrom(
        eb
          .selectFrom('goal')
          .selectAll('goal')
          .select((eg) => [
            jsonArrayFrom(
              eg
                .selectFrom('successCriterion')
                .selectAll('successCriterion')
                .select((ec) => [
                  jsonArrayFrom(
                    ec
                      .selectFrom('indicatorTarget')
                      .selectAll('indicatorTarget')
                      .select((et) => [
                        jsonArrayFrom(
                          et
                            .selectFrom('targetRevision')
                            .leftJoin('appUser', 'appUser.id', 'targetRevision.changedBy')
                            .selectAll('targetRevision')
                            .select('appUser.displayName as changedByName')
                            .whereRef('targetRevision.indicatorTargetId', '=', 'indicatorTarget.id')
                            .orderBy('targetRevision.id'),
                        ).as('revisions'),
                      ])
                      .whereRef('indicatorTarget.successCriterionId', '=', 'successCriterion.id')
                      .orderBy('indicatorTarget.year'),
                  ).as('targets'),
                ])
                .whereRef('successCriterion.goalId', '=', 'goal.id')
                .orderBy('successCriterion.position')
                .orderBy('successCriterion.id'),
            ).as('criteria'),
          ])
          .whereRef('goal.planId', '=', 'plan.id')
          .orderBy('goal.position')
          .orderBy('goal.id'),
      ).as('goals'),
      jsonArrayFrom(
        eb
          .selectFrom('activity')
          .selectAll('activity')
          .select((ea) => [
            jsonArrayFrom(ea.selectFrom('activityGoal').select('activityGoal.goalId').whereRef('activityGoal.activityId', '=', 'activity.id')).as('goals'),
          ])
          .whereRef('activity.planId', '=', 'plan.id')
          .orderBy('activity.createdAt')
          .orderBy('activity.name')
          .orderBy('activity.id'),
      ).as('activities'),
      jsonArrayFrom(
        eb
          .selectFrom('budgetLine')
          .selectAll('budgetLine')
          .whereRef('budgetLine.planId', '=', 'plan.id')
          .orderBy('budgetLine.year')
          .orderBy('budgetLine.interventionAreaId')
          .orderBy('budgetLine.source')
          .orderBy('budgetLine.id'),
      ).as('budgetLines'),
      jsonArrayFrom(
        eb
          .selectFrom('poolAllocation')
          .innerJoin('pool', 'pool.id', 'poolAllocation.poolId')
          .select((ep) => [
            'poolAllocation.id',
            'poolAllocation.version',
            'poolAllocation.poolId',
            'poolAllocation.amountOre',
            'pool.name as poolName',
            'pool.capacityOre as poolCapacityOre',
            ep
              .selectFrom('poolAllocation as other')
              .select((e) => e.fn.coalesce(e.fn.sum<number>('other.amountOre'), e.lit(0)).as('s'))
              .whereRef('other.poolId', '=', 'pool.id')
              .as('poolAllocatedOre'),
          ])
          .whereRef('poolAllocation.planId', '=', 'plan.id')
          .orderBy('poolAllocation.createdAt'),
      ).as('allocations'),
      jsonArrayFrom(
        eb
          .selectFrom('interventionArea')
          .select(['interventionArea.id', 'interventionArea.number', 'interventionArea.name', 'interventionArea.municipalInterface'])
          .whereRef('interventionArea.fundingPeriodId', '=', 'plan.fundingPeriodId')
          .orderBy('interventionArea.number'),
      ).as('interventionAreas'),
    ])
    .where('plan.id', 'in', ids)
    .execute();

  for (const { estates, committees, partners, goals, activities, budgetLines, allocations, interventionAreas, ...plan } of plans) {
    out.set(plan.id, {
      plan,
      estates,
      committeeIds: committees.map((c) => c.committeeId),
      partnerAdministrationIds: partners.map((p) => p.administrationId),
      goals: goals.map(({ criteria, ...g }) => ({
        ...dated(g),
        criteria: criteria.map(({ targets, ...c }) => ({
          ...dated(c),
          targets: targets.map(({ revisions, ...t }) => ({
            ...dated(t),
            revisions: revisions.map((r) => ({ ...r, changedAt: toDate(r.changedAt) })),
          })),
        })),
      })),
      activities: activities.map(({ goals: goalIds, ...a }) => ({ ...dated(a), goalIds: goalIds.map((g) => g.goalId) })),
      budgetLines: budgetLines.map(dated),
      allocations: allocations.map((a) => ({ ...a, poolAllocatedOre: Number(a.poolAllocatedOre) })),
      interventionAreas,
    });
  }
  return out;
}

export async function findPlan(db: Q, id: string): Promise<PlanDetails | undefined> {
  return (await loadPlans(db, [id])).get(id);
}

/**
 * The plan if `actor` may read it (null: the system, which reads every plan); otherwise 404, so
 * that a draft's existence is not revealed.
 */
export async function readablePlan(db: Q, actor: Actor | null, id: string): Promise<PlanDetails> {
  const d = await findPlan(db, id);
  if (!d || (actor !== null && !can(actor, 'plan.read', planTarget(d)))) throw notFound(planWhat);
  return d;
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
