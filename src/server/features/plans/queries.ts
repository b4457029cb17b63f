/**
 * Plan reads, composed from pieces: the plan's head (the row with the names of its urban area,
 * lead organisation and funding period) and the parts a caller asks for — `findPlan(db, id,
 * { include: ['goals', 'budgetLines'] })` — each part a correlated subquery aggregated to JSON in
 * the style of Kysely's `jsonArrayFrom`, so one query reads a plan with what its page shows.
 * `readablePlan` is the one read of a plan on behalf of a user.
 */
import { type AliasedExpression, type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import { type Target, can } from '../../../domain/authorization.ts';
import { notFound } from '../../../domain/errors.ts';
import type { FundingRules } from '../../../domain/funding-rules.ts';
import type { AllocationState } from '../../../domain/pools.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { Database, Row } from '../../db/schema.ts';

type Q = Kysely<Database>;
type PlanEb = ExpressionBuilder<Database, 'plan'>;

export const planWhat = { da: 'Planen', en: 'The plan' };

export type TargetDetails = Row<'indicatorTarget'> & { revisions: (Row<'targetRevision'> & { changedByName: string | null })[] };
export type CriterionDetails = Row<'successCriterion'> & { targets: TargetDetails[] };
export type GoalDetails = Row<'goal'> & { criteria: CriterionDetails[] };
export type ActivityDetails = Row<'activity'> & { goalIds: string[] };
/** An allocation the plan holds (committed or reserved; released ones are the pool's history). */
export type AllocationDetails = {
  id: string;
  version: number;
  poolId: string;
  poolName: string;
  amountOre: number;
  state: AllocationState;
  poolCapacityOre: number;
  poolAllocatedOre: number;
  poolFundingPeriodIds: string[];
};
/** A decision on the plan, with the names to show and its document's metadata. */
export type DecisionDetails = Row<'decision'> & {
  committeeName: string | null;
  enteredByName: string | null;
  document: { id: string; filename: string; contentType: string; sizeBytes: number; sha256: string } | null;
  /** The contracts a City Council decision approved with the plan (APP-CONTRACTS-WITH-PLANS). */
  contracts: { id: string; interventionAreaNumber: number; interventionAreaName: string }[];
};
export type EstateOfPlan = { id: string; name: string; housingOrganisationId: string; urbanAreaId: string; municipalityId: string };

export type PlanHead = Row<'plan'> & {
  municipalityId: string;
  vulnerable: boolean;
  urbanAreaName: string;
  housingOrganisationName: string;
  fundingPeriodName: string;
  rules: FundingRules;
};

/** The parts a plan read may include. */
export type PlanParts = {
  estates: EstateOfPlan[];
  committeeIds: string[];
  partnerAdministrationIds: string[];
  goals: GoalDetails[];
  activities: ActivityDetails[];
  budgetLines: Row<'budgetLine'>[];
  allocations: AllocationDetails[];
  /** The intervention areas of the plan's funding period, by number. */
  interventionAreas: { id: string; number: number; name: string; municipalInterface: boolean }[];
  /** The decisions on the plan in the order they were entered. */
  decisions: DecisionDetails[];
  /** The plan's summary with its rule report (src/server/features/plans/summary.ts). */
  summary: PlanSummary | null;
};
export type PlanPart = keyof PlanParts;
export type PlanSummary = Omit<Row<'planSummary'>, 'computedAt' | 'document' | 'documentHash' | 'documentByWrite'>;

/** A plan with the parts `K`. */
export type PlanRead<K extends PlanPart> = { plan: PlanHead } & Pick<PlanParts, K>;

/** The plan's content: everything the rules read and the plan page shows. */
export const contentParts = ['estates', 'committeeIds', 'partnerAdministrationIds', 'goals', 'activities', 'budgetLines', 'allocations', 'interventionAreas'] as const satisfies readonly PlanPart[];
export type ContentPart = (typeof contentParts)[number];
/** A plan with all its content. */
export type PlanDetails = PlanRead<ContentPart>;

/** A timestamp as JSON gives it (an ISO string) back as the Date the driver would have given. */
const toDate = (v: Date | string): Date => (v instanceof Date ? v : new Date(v));
const dated = <T extends { createdAt: Date | string; updatedAt: Date | string }>(row: T): Omit<T, 'createdAt' | 'updatedAt'> & { createdAt: Date; updatedAt: Date } => ({
  ...row,
  createdAt: toDate(row.createdAt),
  updatedAt: toDate(row.updatedAt),
});

// --- The pieces ------------------------------------------------------------------------------

export const withEstates = (eb: PlanEb) =>
  jsonArrayFrom(
    eb
      .selectFrom('planEstate')
      .innerJoin('estate', 'estate.id', 'planEstate.estateId')
      .innerJoin('urbanArea as estateArea', 'estateArea.id', 'estate.urbanAreaId')
      .select(['estate.id', 'estate.name', 'estate.housingOrganisationId', 'estate.urbanAreaId', 'estateArea.municipalityId'])
      .whereRef('planEstate.planId', '=', 'plan.id')
      .orderBy('estate.name'),
  ).as('estates');

export const withCommitteeIds = (eb: PlanEb) =>
  jsonArrayFrom(eb.selectFrom('planCommittee').select('planCommittee.committeeId').whereRef('planCommittee.planId', '=', 'plan.id')).as('committeeIds');

export const withPartnerAdministrationIds = (eb: PlanEb) =>
  jsonArrayFrom(
    eb.selectFrom('planPartnerAdministration').select('planPartnerAdministration.administrationId').whereRef('planPartnerAdministration.planId', '=', 'plan.id'),
  ).as('partnerAdministrationIds');

export const withGoals = (eb: PlanEb) =>
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
  ).as('goals');

export const withActivities = (eb: PlanEb) =>
  jsonArrayFrom(
    eb
      .selectFrom('activity')
      .selectAll('activity')
      .select((ea) => [jsonArrayFrom(ea.selectFrom('activityGoal').select('activityGoal.goalId').whereRef('activityGoal.activityId', '=', 'activity.id')).as('goals')])
      .whereRef('activity.planId', '=', 'plan.id')
      .orderBy('activity.createdAt')
      .orderBy('activity.name')
      .orderBy('activity.id'),
  ).as('activities');

export const withBudgetLines = (eb: PlanEb) =>
  jsonArrayFrom(
    eb
      .selectFrom('budgetLine')
      .selectAll('budgetLine')
      .whereRef('budgetLine.planId', '=', 'plan.id')
      .orderBy('budgetLine.year')
      .orderBy('budgetLine.interventionAreaId')
      .orderBy('budgetLine.source')
      .orderBy('budgetLine.id'),
  ).as('budgetLines');

export const withAllocations = (eb: PlanEb) =>
  jsonArrayFrom(
    eb
      .selectFrom('poolAllocation')
      .innerJoin('pool', 'pool.id', 'poolAllocation.poolId')
      .select((ep) => [
        'poolAllocation.id',
        'poolAllocation.version',
        'poolAllocation.poolId',
        'poolAllocation.amountOre',
        'poolAllocation.state',
        'pool.name as poolName',
        'pool.capacityOre as poolCapacityOre',
        ep
          .selectFrom('poolAllocation as other')
          .select((e) => e.fn.coalesce(e.fn.sum<number>('other.amountOre'), e.lit(0)).as('s'))
          .whereRef('other.poolId', '=', 'pool.id')
          .where('other.state', '!=', 'released')
          .as('poolAllocatedOre'),
        sql<string[]>`array(select pfp.funding_period_id from pool_funding_period pfp where pfp.pool_id = pool.id order by 1)`.as('poolFundingPeriodIds'),
      ])
      .whereRef('poolAllocation.planId', '=', 'plan.id')
      .where('poolAllocation.state', '!=', 'released')
      .orderBy('poolAllocation.createdAt'),
  ).as('allocations');

export const withInterventionAreas = (eb: PlanEb) =>
  jsonArrayFrom(
    eb
      .selectFrom('interventionArea')
      .select(['interventionArea.id', 'interventionArea.number', 'interventionArea.name', 'interventionArea.municipalInterface'])
      .whereRef('interventionArea.fundingPeriodId', '=', 'plan.fundingPeriodId')
      .orderBy('interventionArea.number'),
  ).as('interventionAreas');

export const withDecisions = (eb: PlanEb) =>
  jsonArrayFrom(
    eb
      .selectFrom('decision')
      .leftJoin('committee', 'committee.id', 'decision.committeeId')
      .leftJoin('appUser', 'appUser.id', 'decision.enteredBy')
      .selectAll('decision')
      .select((ed) => [
        'committee.name as committeeName',
        'appUser.displayName as enteredByName',
        jsonObjectFrom(
          ed
            .selectFrom('document')
            .select(['document.id', 'document.filename', 'document.contentType', 'document.sizeBytes', 'document.sha256'])
            .whereRef('document.id', '=', 'decision.documentId'),
        ).as('document'),
        jsonArrayFrom(
          ed
            .selectFrom('decisionContract')
            .innerJoin('contract', 'contract.id', 'decisionContract.contractId')
            .innerJoin('interventionArea', 'interventionArea.id', 'contract.interventionAreaId')
            .select(['contract.id', 'interventionArea.number as interventionAreaNumber', 'interventionArea.name as interventionAreaName'])
            .whereRef('decisionContract.decisionId', '=', 'decision.id')
            .orderBy('interventionArea.number'),
        ).as('contracts'),
      ])
      .whereRef('decision.planId', '=', 'plan.id')
      .orderBy('decision.enteredAt')
      .orderBy('decision.id'),
  ).as('decisions');

export const withSummary = (eb: PlanEb) =>
  jsonObjectFrom(
    eb
      .selectFrom('planSummary')
      .select([
        'planSummary.planId',
        'planSummary.planVersion',
        'planSummary.nameKey',
        'planSummary.frameOre',
        'planSummary.fundOre',
        'planSummary.municipalOre',
        'planSummary.housingOre',
        'planSummary.otherOre',
        'planSummary.municipalShareBp',
        'planSummary.localShareBp',
        'planSummary.poolAllocatedOre',
        'planSummary.errors',
        'planSummary.warnings',
        'planSummary.findings',
        'planSummary.rulesVersion',
      ])
      .whereRef('planSummary.planId', '=', 'plan.id'),
  ).as('summary');

type Raw<F extends (eb: PlanEb) => AliasedExpression<unknown, string>> = ReturnType<F> extends AliasedExpression<infer T, string> ? T : never;
type Piece = (eb: PlanEb) => AliasedExpression<unknown, string>;

/** Each part: its piece of SQL, and how its JSON becomes the part (JSON's strings back to Dates). */
const parts: { [K in PlanPart]: { select: Piece; read: (raw: never) => PlanParts[K] } } = {
  estates: { select: withEstates, read: (raw: Raw<typeof withEstates>) => raw },
  committeeIds: { select: withCommitteeIds, read: (raw: Raw<typeof withCommitteeIds>) => raw.map((c) => c.committeeId) },
  partnerAdministrationIds: {
    select: withPartnerAdministrationIds,
    read: (raw: Raw<typeof withPartnerAdministrationIds>) => raw.map((p) => p.administrationId),
  },
  goals: {
    select: withGoals,
    read: (raw: Raw<typeof withGoals>) =>
      raw.map(({ criteria, ...g }) => ({
        ...dated(g),
        criteria: criteria.map(({ targets, ...c }) => ({
          ...dated(c),
          targets: targets.map(({ revisions, ...t }) => ({ ...dated(t), revisions: revisions.map((r) => ({ ...r, changedAt: toDate(r.changedAt) })) })),
        })),
      })),
  },
  activities: {
    select: withActivities,
    read: (raw: Raw<typeof withActivities>) => raw.map(({ goals, ...a }) => ({ ...dated(a), goalIds: goals.map((g) => g.goalId) })),
  },
  budgetLines: { select: withBudgetLines, read: (raw: Raw<typeof withBudgetLines>) => raw.map(dated) },
  allocations: {
    select: withAllocations,
    read: (raw: Raw<typeof withAllocations>) => raw.map((a) => ({ ...a, poolAllocatedOre: Number(a.poolAllocatedOre) })),
  },
  interventionAreas: { select: withInterventionAreas, read: (raw: Raw<typeof withInterventionAreas>) => raw },
  decisions: {
    select: withDecisions,
    read: (raw: Raw<typeof withDecisions>) => raw.map((d) => ({ ...d, enteredAt: toDate(d.enteredAt), document: d.document && { ...d.document, sizeBytes: Number(d.document.sizeBytes) } })),
  },
  summary: { select: withSummary, read: (raw: Raw<typeof withSummary>) => raw },
};

/** The plan row with the names of its urban area, lead organisation and funding period. */
const planHead = (db: Q) =>
  db
    .selectFrom('plan')
    .innerJoin('urbanArea', 'urbanArea.id', 'plan.urbanAreaId')
    .innerJoin('housingOrganisation', 'housingOrganisation.id', 'plan.housingOrganisationId')
    .innerJoin('fundingPeriod', 'fundingPeriod.id', 'plan.fundingPeriodId')
    .leftJoin('municipalFundingRules', (j) =>
      j.onRef('municipalFundingRules.municipalityId', '=', 'urbanArea.municipalityId').onRef('municipalFundingRules.fundingPeriodId', '=', 'plan.fundingPeriodId'),
    )
    .selectAll('plan')
    .select([
      'urbanArea.municipalityId',
      'urbanArea.vulnerable',
      'urbanArea.name as urbanAreaName',
      'housingOrganisation.name as housingOrganisationName',
      'fundingPeriod.name as fundingPeriodName',
      // PERIOD-OWNER: the period's (the fund's) parameters and the municipality's for the period
      // (every municipality has its row, see migration 2026-12-05-03; without one, no co-financing).
      sql<FundingRules>`${sql.ref('fundingPeriod.rules')} || jsonb_build_object(
        'municipalCapBp', coalesce(${sql.ref('municipalFundingRules.municipalCapBp')}, 0),
        'municipalContractPartBp', coalesce(${sql.ref('municipalFundingRules.municipalContractPartBp')}, 0),
        'municipalFacilitationPartBp', coalesce(${sql.ref('municipalFundingRules.municipalFacilitationPartBp')}, 0))`.as('rules'),
    ]);

export type ReadOptions<K extends PlanPart> = { include: readonly K[] };

/** Plans with the parts asked for, in one query; plans that do not exist are absent from the map. */
export async function findPlans<K extends PlanPart>(db: Q, ids: readonly string[], options: ReadOptions<K>): Promise<Map<string, PlanRead<K>>> {
  const out = new Map<string, PlanRead<K>>();
  if (ids.length === 0) return out;
  const include = [...new Set(options.include)];
  const rows = await planHead(db)
    .select((eb) => include.map((k) => parts[k].select(eb as unknown as PlanEb)))
    .where('plan.id', 'in', ids)
    .execute();
  for (const row of rows) {
    const record = row as unknown as Record<string, unknown>;
    const plan = { ...record };
    for (const k of include) delete plan[k];
    const read = Object.fromEntries(include.map((k) => [k, (parts[k].read as (raw: unknown) => unknown)(record[k])]));
    out.set(row.id, { plan: plan as unknown as PlanHead, ...read } as PlanRead<K>);
  }
  return out;
}

/**
 * Locks the plan row for a write (`FOR UPDATE`), before the write reads it: a statement of its own,
 * so that the read that follows sees what a write it waited for committed.
 */
export const lockPlan = async (db: Q, id: string): Promise<{ id: string; version: number } | undefined> =>
  db.selectFrom('plan').select(['id', 'version']).where('id', '=', id).forUpdate().executeTakeFirst();

export async function findPlan<K extends PlanPart>(db: Q, id: string, options: ReadOptions<K>): Promise<PlanRead<K> | undefined> {
  return (await findPlans(db, [id], options)).get(id);
}

/**
 * The plan with the parts asked for (and its estates, which decide who may read it) if `actor`
 * may read it (null: the system, which reads every plan); otherwise 404, so that a draft's
 * existence is not revealed.
 */
export async function readablePlan<K extends PlanPart>(db: Q, actor: Actor | null, id: string, include: readonly K[]): Promise<PlanRead<K | 'estates'>> {
  const d = await findPlan(db, id, { include: [...include, 'estates'] });
  if (!d || (actor !== null && !can(actor, 'plan.read', planTarget(d)))) throw notFound(planWhat);
  return d;
}

/** The scope of a plan for the access policy. `lead` limits housing staff to the lead organisation. */
export function planTarget(d: { plan: Pick<PlanHead, 'housingOrganisationId' | 'municipalityId' | 'urbanAreaId' | 'status'>; estates: readonly Pick<EstateOfPlan, 'housingOrganisationId'>[] }, lead = false): Target {
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
