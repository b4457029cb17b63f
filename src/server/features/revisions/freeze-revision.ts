/**
 * Freezes the plan's content as an approved revision: at the fund's commitment (revision 1, kind
 * `approved`), and when the fund approves a change (the open `change` revision becomes approved).
 * Called inside the transaction of the decision (or of a revision start on a plan committed without
 * one, e.g. imported data).
 */
import { recordAudit } from '../../audit.ts';
import type { Ctx } from '../../context.ts';
import type { Trx } from '../plans/edit-plan.ts';
import type { PlanDetails } from '../plans/queries.ts';
import { planContentOf } from './content.ts';
import { approveRevision, findOpenRevision, insertRevision, nextRevisionNumber } from './queries.ts';

export async function freezeRevision(trx: Trx, ctx: Pick<Ctx, 'actor' | 'requestId'>, plan: PlanDetails, decisionId: string | null): Promise<number> {
  const snapshot = JSON.stringify(planContentOf(plan));
  const open = await findOpenRevision(trx, plan.plan.id);
  const row = open
    ? await approveRevision(trx, open.id, snapshot, decisionId)
    : await insertRevision(trx, {
        planId: plan.plan.id,
        number: await nextRevisionNumber(trx, plan.plan.id),
        kind: 'approved',
        status: 'approved',
        snapshot,
        decisionId,
        createdBy: ctx.actor?.userId ?? null,
        approvedAt: new Date(),
      });
  await recordAudit(trx, ctx, {
    action: 'approve',
    resourceType: 'plan_revision',
    resourceId: row.id,
    before: open ? { planId: plan.plan.id, number: open.number, status: open.status } : null,
    after: { planId: plan.plan.id, number: row.number, kind: row.kind, status: row.status, decisionId },
  });
  return row.number;
}
