/**
 * The plan list in SQL: who may read which plan (the access policy's `plan.read`, as a condition),
 * the list's filters, a page in one of its orders by keyset, and the totals of the filtered set from
 * the plans' summaries.
 */
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { Actor, Role } from '../../../domain/roles.ts';
import type { Database } from '../../db/schema.ts';
import { type KeyColumn, type Keyset, type KeysetPage, inKeyOrder } from '../../db/keyset.ts';

type Q = Kysely<Database>;
type ListEb = ExpressionBuilder<Database, 'plan' | 'urbanArea'>;
type Condition = (eb: ListEb) => Expression<SqlBool>;

export type PlanFilter = {
  urbanAreaId?: string | undefined;
  status?: string | undefined;
  fundingPeriodId?: string | undefined;
  housingOrganisationId?: string | undefined;
};

/**
 * The plan's lead is the organisation, or the organisation owns one of the plan's estates: the
 * organisation's plans found once through the indexes on the lead and on the estates' owner (not a
 * subquery per plan), then looked up by id.
 */
const ofOrganisation = (eb: ListEb, organisationId: string) =>
  eb(
    'plan.id',
    'in',
    eb
      .selectFrom('plan as led')
      .select('led.id')
      .where('led.housingOrganisationId', '=', organisationId)
      .union(
        eb
          .selectFrom('planEstate')
          .innerJoin('estate', 'estate.id', 'planEstate.estateId')
          .select('planEstate.planId as id')
          .where('estate.housingOrganisationId', '=', organisationId),
      ),
  );

const nothing: Condition = (eb) => eb.lit(false).$castTo<SqlBool>();

/**
 * `plan.read` of src/domain/authorization.ts as SQL, role by role: the same rules as `can(actor,
 * 'plan.read', planTarget(plan))` (test/api/plan-scope.test.ts holds them equal on the demo and
 * the national data). A plan always has a municipality, so `sameMunicipality` needs the actor's.
 */
const planRead: Record<Role, (actor: Actor) => Condition> = {
  admin: (a) => sameMunicipality(a),
  case_worker: (a) => sameMunicipality(a),
  housing_staff: ({ scope }) => (scope.housingOrganisationId === null ? nothing : (eb) => ofOrganisation(eb, scope.housingOrganisationId!)),
  forum_member: ({ scope }) => (scope.urbanAreaId === null ? nothing : (eb) => eb('plan.urbanAreaId', '=', scope.urbanAreaId!)),
  fund_officer: () => (eb) => eb.lit(true).$castTo<SqlBool>(),
  researcher: () => (eb) => eb('plan.status', '!=', 'draft'),
};
function sameMunicipality({ scope }: Actor): Condition {
  return scope.municipalityId === null ? nothing : (eb) => eb('urbanArea.municipalityId', '=', scope.municipalityId!);
}

/** The plans `actor` may read, as a condition on `plan` joined with its `urbanArea`. */
export const readableBy = (actor: Actor): Condition => planRead[actor.role](actor);

/** Plans the actor may read that match the filter: `plan` with its urban area and summary. */
export function visiblePlans(db: Q, actor: Actor, filter: PlanFilter) {
  return db
    .selectFrom('plan')
    .innerJoin('urbanArea', 'urbanArea.id', 'plan.urbanAreaId')
    .innerJoin('planSummary', 'planSummary.planId', 'plan.id')
    .where(readableBy(actor))
    .$if(filter.urbanAreaId !== undefined, (q) => q.where('plan.urbanAreaId', '=', filter.urbanAreaId!))
    .$if(filter.status !== undefined, (q) => q.where('plan.status', '=', filter.status!))
    .$if(filter.fundingPeriodId !== undefined, (q) => q.where('plan.fundingPeriodId', '=', filter.fundingPeriodId!))
    .$if(filter.housingOrganisationId !== undefined, (q) => q.where((eb) => ofOrganisation(eb, filter.housingOrganisationId!)));
}

// --- Orders --------------------------------------------------------------------------------------

export const planSortKeys = ['name', 'startDate', 'frame', 'municipalShare', 'status'] as const;
export type PlanSortKey = (typeof planSortKeys)[number];

const sortColumn: Record<PlanSortKey, Omit<KeyColumn, 'dir'>> = {
  name: { ref: 'planSummary.nameKey', field: 'nameKey', kind: 'text' },
  startDate: { ref: 'plan.startDate', field: 'startDate', kind: 'date' },
  frame: { ref: 'planSummary.frameOre', field: 'frameOre', kind: 'int' },
  municipalShare: { ref: 'planSummary.municipalShareBp', field: 'municipalShareBp', kind: 'int' },
  status: { ref: 'plan.status', field: 'status', kind: 'text' },
};
const byName = sortColumn.name;
// The summary's copy of the id, so that a key of summary columns is one index's range.
const byId = { ref: 'planSummary.planId', field: 'id', kind: 'uuid' } as const;

/**
 * The key of an order: its column, then the name and the id. By name descending the whole key
 * turns (Ø before A, and ids backwards); by anything else descending only that column does, and
 * equal values stay in alphabetical order.
 */
export function planOrder(sort: `${'' | '-'}${PlanSortKey}`): Keyset {
  const key = sort.replace(/^-/, '') as PlanSortKey;
  const dir = sort.startsWith('-') ? 'desc' : 'asc';
  const keys: KeyColumn[] = key === 'name' ? [{ ...byName, dir }, { ...byId, dir }] : [{ ...sortColumn[key], dir }, { ...byName, dir: 'asc' }, { ...byId, dir: 'asc' }];
  return { tag: sort, keys };
}

/** A page of list rows in the order of `keyset` (`limit + 1` rows, to know of a next page). */
export async function listPlanRows(db: Q, actor: Actor, filter: PlanFilter, keyset: Keyset, page: KeysetPage) {
  const q = visiblePlans(db, actor, filter)
    .innerJoin('housingOrganisation', 'housingOrganisation.id', 'plan.housingOrganisationId')
    .select([
      'plan.id',
      'plan.version',
      'plan.name',
      'plan.status',
      'plan.fundingPeriodId',
      'plan.urbanAreaId',
      'urbanArea.name as urbanAreaName',
      'plan.housingOrganisationId',
      'housingOrganisation.name as housingOrganisationName',
      'plan.startDate',
      'plan.endDate',
      'plan.provenance',
      'planSummary.nameKey',
      'planSummary.frameOre',
      'planSummary.municipalOre',
      'planSummary.municipalShareBp',
      'planSummary.localShareBp',
      'planSummary.poolAllocatedOre',
      'planSummary.errors',
      'planSummary.warnings',
    ]);
  return inKeyOrder(q, keyset, page).execute();
}

/**
 * A sum of øre over many plans. Each plan's frame is at most `maxOre` (10^13), so the sum stays
 * exact up to about 900 plans at that bound; beyond 2^53 - 1 it stops there rather than fail the
 * list (sum of bigint is numeric in SQL, so nothing overflows before `least`).
 */
const totalOre = (column: string) => sql<number>`least(coalesce(sum(${sql.ref(column)}), 0), ${sql.lit(Number.MAX_SAFE_INTEGER)})::bigint`;

/** Totals of the filtered set, from the summaries. */
export const planTotals = (db: Q, actor: Actor, filter: PlanFilter) =>
  visiblePlans(db, actor, filter)
    .select([
      sql<number>`count(*)::int`.as('count'),
      totalOre('planSummary.frameOre').as('frameOre'),
      totalOre('planSummary.fundOre').as('fundOre'),
      totalOre('planSummary.municipalOre').as('municipalOre'),
      totalOre('planSummary.housingOre').as('housingOre'),
      totalOre('planSummary.otherOre').as('otherOre'),
      sql<number>`(count(*) filter (where plan_summary.errors > 0))::int`.as('withErrors'),
    ])
    .executeTakeFirstOrThrow();
