/** Reading revisions: the list, one revision's content, and the comparison of any two versions. */
import { notFound } from '../../../domain/errors.ts';
import { type PlanContent, comparePlanSnapshots } from '../../../domain/revisions.ts';
import { effectiveDateOf } from '../../../domain/workflow.ts';
import type { PlanComparison, Revision, RevisionList, RevisionSummary } from '../../../domain/schemas/approval.ts';
import type { Db } from '../../db/create-db.ts';
import type { Row } from '../../db/schema.ts';
import { iso } from '../../http/present.ts';
import type { PlanDetails, PlanHead } from '../plans/queries.ts';
import { planContentOf } from './content.ts';
import { findDecisionDates, findRevision, findRevisions } from './queries.ts';

const revisionWhat = { da: 'Revisionen', en: 'The revision' };

type DecisionDates = Awaited<ReturnType<typeof findDecisionDates>>;

/** An approved revision is dated by the decision that approved it (as corrected), not by when it was recorded. */
const summary = (r: Row<'planRevision'>, decisions: DecisionDates): RevisionSummary => ({
  planId: r.planId,
  number: r.number,
  kind: r.kind,
  status: r.status,
  reason: r.reason,
  decisionId: r.decisionId,
  createdBy: r.createdBy,
  createdAt: iso(r.createdAt),
  approvedAt: r.approvedAt ? iso(r.approvedAt) : null,
  approvedOn: r.status === 'approved' && r.decisionId ? (effectiveDateOf(r.decisionId, decisions) ?? null) : null,
});

export async function listRevisions(db: Db, plan: { plan: PlanHead }): Promise<RevisionList> {
  const [rows, decisions] = await Promise.all([findRevisions(db, plan.plan.id), findDecisionDates(db, plan.plan.id)]);
  return { planId: plan.plan.id, version: plan.plan.version, status: plan.plan.status as RevisionList['status'], items: rows.map((r) => summary(r, decisions)) };
}

/** A revision's content: its frozen snapshot, or (for a change in progress) the plan as it is now. */
export function presentRevision(row: Row<'planRevision'>, plan: PlanDetails, decisions: DecisionDates = []): Revision {
  const live = row.snapshot === null;
  return { ...summary(row, decisions), live, content: live ? planContentOf(plan) : (row.snapshot as PlanContent) };
}

export async function getRevision(db: Db, plan: PlanDetails, number: number): Promise<Revision> {
  const row = await findRevision(db, plan.plan.id, number);
  if (!row) throw notFound(revisionWhat);
  return presentRevision(row, plan, await findDecisionDates(db, plan.plan.id));
}

const contentAt = async (db: Db, plan: PlanDetails, ref: number | 'current'): Promise<PlanContent> =>
  ref === 'current' ? planContentOf(plan) : (await getRevision(db, plan, ref)).content;

export async function compareRevisions(db: Db, plan: PlanDetails, from: number | 'current', to: number | 'current'): Promise<PlanComparison> {
  const diff = comparePlanSnapshots(await contentAt(db, plan, from), await contentAt(db, plan, to));
  return { planId: plan.plan.id, from, to, ...diff };
}
