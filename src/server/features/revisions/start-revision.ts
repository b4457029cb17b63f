/**
 * Starts a change revision of a committed plan (APP-LOCK): the plan becomes editable again as
 * `revision_draft`, a `change` revision records why and from which status, and the last approved
 * snapshot stays as it is. The change then goes through submission, the committees, ØU, BR, the
 * board and the fund again; the fund's approval freezes it and resumes the plan.
 */
import { AppError, notFound } from '../../../domain/errors.ts';
import { type PlanStatus, planStatusNames } from '../../../domain/plans.ts';
import { revisableStatuses } from '../../../domain/workflow.ts';
import { recordAudit } from '../../audit.ts';
import type { Row } from '../../db/schema.ts';
import { staleVersion } from '../../db/versioned.ts';
import { type WriteCtx, authorizeAs } from '../plans/edit-plan.ts';
import { type PlanDetails, contentParts, findPlan, lockPlan, planTarget, planWhat } from '../plans/queries.ts';
import { carrySummary } from '../plans/summary.ts';
import { freezeRevision } from './freeze-revision.ts';
import { hasApprovedRevision, insertRevision, nextRevisionNumber } from './queries.ts';

/** Returns the new revision and the plan as written (its content is that of the revision). */
export async function startRevision(
  ctx: WriteCtx,
  planId: string,
  expectedVersion: number,
  reason: string,
): Promise<{ revision: Row<'planRevision'>; plan: PlanDetails }> {
  return ctx.db.transaction().execute(async (trx) => {
    const locked = await lockPlan(trx, planId);
    if (!locked) throw notFound(planWhat);
    // The content: a plan committed without a frozen version is frozen now, and the answer shows it.
    const plan = (await findPlan(trx, planId, { include: [...contentParts, 'summary'] }))!;
    authorizeAs(ctx, 'plan.revise', planTarget(plan, true));
    const status = plan.plan.status as PlanStatus;
    if (!revisableStatuses.has(status)) {
      throw new AppError('conflict', { da: 'Planen kan ikke revideres nu', en: 'The plan cannot be revised now' }, [
        {
          rule: 'APP-LOCK',
          path: 'status',
          message: {
            da: `Kun en plan med tilsagn eller i gang revideres; planen er ${planStatusNames[status].da}`,
            en: `Only a committed or running plan is revised; the plan is ${planStatusNames[status].en}`,
          },
        },
      ]);
    }
    if (locked.version !== expectedVersion) throw staleVersion();
    // A plan committed without a frozen version (e.g. imported) gets one now, so the change has a base.
    if (!(await hasApprovedRevision(trx, planId))) await freezeRevision(trx, ctx, plan, null);

    const revision = await insertRevision(trx, {
      planId,
      number: await nextRevisionNumber(trx, planId),
      kind: 'change',
      status: 'in_progress',
      baseStatus: status,
      reason,
      snapshot: null,
      createdBy: ctx.actor?.userId ?? null,
    });
    const version = expectedVersion + 1;
    const updatedAt = new Date();
    await trx.updateTable('plan').set({ status: 'revision_draft', version, updatedAt }).where('id', '=', planId).execute();
    await carrySummary(trx, plan, { version, status: 'revision_draft', updatedAt });
    await recordAudit(trx, ctx, {
      action: 'create',
      resourceType: 'plan_revision',
      resourceId: revision.id,
      before: null,
      after: { planId, number: revision.number, kind: revision.kind, status: revision.status, baseStatus: status, reason },
    });
    await recordAudit(trx, ctx, {
      action: 'revise',
      resourceType: 'plan',
      resourceId: planId,
      before: { status, version: expectedVersion },
      after: { status: 'revision_draft', version, revision: revision.number },
    });
    return { revision, plan: { ...plan, plan: { ...plan.plan, status: 'revision_draft', version, updatedAt } } };
  });
}
