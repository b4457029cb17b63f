/**
 * The plan's document: `GET /api/plans/:id`'s JSON, composed once per plan version (and again when
 * a name it shows changes) by the writers of the plan's summary (features/plans/summary.ts), stored
 * with the summary and sent as it is stored. A read is then one indexed row with the reader's scope
 * as a condition in SQL; a document of another plan version or of other rules or composition is
 * never sent (the read composes the plan then, as before).
 */
import type { Kysely } from 'kysely';
import { encode } from 'zod';
import { budgetMatrix } from '../../../domain/budget.ts';
import { snapshotOfPlan } from '../../../domain/plan-snapshot.ts';
import type { Actor } from '../../../domain/roles.ts';
import { Plan } from '../../../domain/schemas/plans.ts';
import type { Database } from '../../db/schema.ts';
import { readableBy } from './list-queries.ts';
import { presentActivities, presentGoals, presentPlan } from './present.ts';
import { type PlanDetails, type PlanSummary, findPlans } from './queries.ts';

type Q = Kysely<Database>;

/** The plan as GET /api/plans/:id sends it: the response schema's encoding, as JSON. */
export const documentOf = (d: PlanDetails, summary: Pick<PlanSummary, 'errors' | 'warnings'>): string => JSON.stringify(encode(Plan, presentPlan(d, summary)));

/**
 * What the document is composed by (a part of the summaries' fingerprint, `rulesVersion`): the
 * functions that shape it and read its parts, so that a change to them makes the stored documents
 * again on start.
 */
export const composition = [documentOf, presentPlan, presentGoals, presentActivities, budgetMatrix, snapshotOfPlan, findPlans]
  .map((f) => f.toString())
  .concat(JSON.stringify(Object.keys(Plan.shape)))
  .join('\n');

/**
 * The stored document of the plan, if `actor` may read the plan and the document is of the plan's
 * version made by the running rules and composition (`rulesVersion`); otherwise undefined (the
 * caller composes the plan, or answers 404). `byWrite`: the document is the one the write of the
 * version composed, so a client holding that version holds this document.
 */
export const storedDocument = (db: Q, actor: Actor, planId: string, rulesVersion: string) =>
  db
    .selectFrom('plan')
    .innerJoin('urbanArea', 'urbanArea.id', 'plan.urbanAreaId')
    .innerJoin('planSummary', 'planSummary.planId', 'plan.id')
    .select(['plan.version', 'planSummary.document', 'planSummary.documentByWrite'])
    .where('plan.id', '=', planId)
    .whereRef('planSummary.planVersion', '=', 'plan.version')
    .where('planSummary.rulesVersion', '=', rulesVersion)
    .where('planSummary.document', 'is not', null)
    .where(readableBy(actor))
    .executeTakeFirst() as Promise<{ version: number; document: string; documentByWrite: boolean } | undefined>;
