/** Approval queries: decisions with their documents and who entered them, and a plan's route. */
import type { Kysely } from 'kysely';
import type { PlanStatus } from '../../../domain/plans.ts';
import type { DecisionBody, DecisionFact, DecisionOutcome, Route, Step } from '../../../domain/workflow.ts';
import type { Database, NewRow, Row } from '../../db/schema.ts';
import type { Actor } from '../../../domain/roles.ts';
import { contractsNamedBy } from '../contracts/queries.ts';
import { type Keyset, type KeysetPage, inKeyOrder } from '../../db/keyset.ts';
import { planOrder, visiblePlans } from '../plans/list-queries.ts';
import { type DecisionDetails, type PlanHead, withCommitteeIds } from '../plans/queries.ts';

type Q = Kysely<Database>;

export type DecisionRow = DecisionDetails;

/** The decisions of the given plans in the order they were entered. */
export async function findDecisions(db: Q, planIds: readonly string[]): Promise<DecisionRow[]> {
  if (planIds.length === 0) return [];
  const rows = await db
    .selectFrom('decision')
    .leftJoin('committee', 'committee.id', 'decision.committeeId')
    .leftJoin('appUser', 'appUser.id', 'decision.enteredBy')
    .leftJoin('document', 'document.id', 'decision.documentId')
    .selectAll('decision')
    .select([
      'committee.name as committeeName',
      'appUser.displayName as enteredByName',
      'document.filename',
      'document.contentType',
      'document.sizeBytes',
      'document.sha256',
    ])
    .where('decision.planId', 'in', planIds)
    .orderBy('decision.enteredAt')
    .orderBy('decision.id')
    .execute();
  const named = await contractsNamedBy(db, rows.filter((d) => d.body === 'city_council').map((d) => d.id));
  return rows.map(({ filename, contentType, sizeBytes, sha256, ...d }) => ({
    ...d,
    contracts: named.get(d.id) ?? [],
    document:
      d.documentId && filename && contentType && sizeBytes !== null && sha256
        ? { id: d.documentId, filename, contentType, sizeBytes, sha256 }
        : null,
  }));
}

export const findDecision = (db: Q, id: string) => db.selectFrom('decision').selectAll().where('id', '=', id).executeTakeFirst();

export const findDocument = (db: Q, id: string) => db.selectFrom('document').selectAll().where('id', '=', id).executeTakeFirst();

export const insertDocument = (db: Q, row: NewRow<'document'>) => db.insertInto('document').values(row).returning('id').executeTakeFirstOrThrow();

export const insertDecision = (db: Q, row: NewRow<'decision'>) => db.insertInto('decision').values(row).returningAll().executeTakeFirstOrThrow();

/** Names of committees by id. */
export async function committeeNames(db: Q, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('committee').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The open change revision of each plan (at most one), with the status it began from. */
export async function openRevisions(db: Q, planIds: readonly string[]): Promise<Map<string, { number: number; baseStatus: string | null }>> {
  if (planIds.length === 0) return new Map();
  const rows = await db.selectFrom('planRevision').select(['planId', 'number', 'baseStatus']).where('planId', 'in', planIds).where('status', '=', 'in_progress').execute();
  return new Map(rows.map((r) => [r.planId, { number: r.number, baseStatus: r.baseStatus }]));
}

export const toFact = (d: Row<'decision'> & { committeeName?: string | null }): DecisionFact => ({
  id: d.id,
  step: d.step as Step,
  body: d.body as DecisionBody,
  committeeId: d.committeeId,
  outcome: d.outcome as DecisionOutcome,
  decidedOn: d.decidedOn,
  fromStatus: d.fromStatus as PlanStatus,
  toStatus: d.toStatus as PlanStatus,
  correctsDecisionId: d.correctsDecisionId,
  committeeName: d.committeeName ?? null,
});

/** What of a plan its route reads; its decisions, when the plan was read with them (`withDecisions`). */
export type RoutePlan = {
  plan: Pick<PlanHead, 'id' | 'status' | 'startDate' | 'municipalityId' | 'housingOrganisationId' | 'cooperationAgreementDate'>;
  committeeIds: string[];
  decisions?: DecisionRow[];
};

/** The route of a plan as the workflow sees it. */
export function toRoute(
  d: RoutePlan,
  decisions: readonly (Row<'decision'> & { committeeName?: string | null })[],
  names: ReadonlyMap<string, string>,
  revision: { baseStatus: string | null } | undefined,
): Route {
  return {
    plan: {
      status: d.plan.status as PlanStatus,
      startDate: d.plan.startDate,
      municipalityId: d.plan.municipalityId,
      housingOrganisationId: d.plan.housingOrganisationId,
      cooperationAgreementDate: d.plan.cooperationAgreementDate,
      revision: revision ? { baseStatus: (revision.baseStatus ?? 'fund_commitment') as PlanStatus } : null,
    },
    decisions: decisions.map(toFact),
    committees: d.committeeIds.map((id) => ({ id, name: names.get(id) ?? id })),
  };
}

/**
 * Loads the routes of the given plans (decisions, committee names, open revisions) in a few
 * queries; the decisions of plans read with them are not read again.
 */
export async function loadRoutes(db: Q, plans: readonly RoutePlan[]): Promise<Map<string, { route: Route; decisions: DecisionRow[] }>> {
  const ids = plans.map((p) => p.plan.id);
  const read = plans.flatMap((p) => p.decisions ?? []);
  const [decisions, names, revisions] = await Promise.all([
    plans.every((p) => p.decisions) ? read : findDecisions(db, ids),
    committeeNames(db, [...new Set(plans.flatMap((p) => p.committeeIds))]),
    openRevisions(db, ids),
  ]);
  const out = new Map<string, { route: Route; decisions: DecisionRow[] }>();
  for (const p of plans) {
    const own = decisions.filter((d) => d.planId === p.plan.id);
    out.set(p.plan.id, { route: toRoute(p, own, names, revisions.get(p.plan.id)), decisions: own });
  }
  return out;
}

/** The order of plans by name (Danish order, then id), as the plan list's `name` sort, for keyset pages. */
export const byName: Keyset = { tag: 'waiting', keys: planOrder('name').keys };

/**
 * The plans the actor may read in any of the statuses (optionally of one urban area), in name
 * order — all of them, or a page (`limit + 1` rows) after a key of `byName`: what their routes
 * read, their names and their summaries' money and rule status.
 */
export async function plansInStatuses(db: Q, actor: Actor, statuses: readonly string[], urbanAreaId?: string, page?: KeysetPage) {
  if (statuses.length === 0) return [];
  const q = visiblePlans(db, actor, { urbanAreaId })
    .innerJoin('housingOrganisation', 'housingOrganisation.id', 'plan.housingOrganisationId')
    .select((eb) => [
      'plan.id',
      'plan.name',
      'plan.version',
      'plan.status',
      'plan.startDate',
      'plan.cooperationAgreementDate',
      'plan.urbanAreaId',
      'plan.housingOrganisationId',
      'urbanArea.municipalityId',
      'urbanArea.name as urbanAreaName',
      'housingOrganisation.name as housingOrganisationName',
      'planSummary.frameOre',
      'planSummary.municipalOre',
      'planSummary.poolAllocatedOre',
      'planSummary.errors',
      'planSummary.nameKey',
      withCommitteeIds(eb as never),
    ])
    .where('plan.status', 'in', statuses);
  const rows = await (page ? inKeyOrder(q, byName, page) : q.orderBy('planSummary.nameKey').orderBy('plan.id')).execute();
  return rows.map(({ committeeIds, ...plan }) => ({ plan, committeeIds: (committeeIds as { committeeId: string }[]).map((c) => c.committeeId) }));
}
