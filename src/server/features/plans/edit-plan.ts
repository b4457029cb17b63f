/**
 * The shape every write to an existing plan shares: one transaction that locks the plan, checks who
 * may edit it, that it is still a draft and that the client saw its current version, writes, bumps
 * the plan's version, checks that the plan's structure still holds (rules refused on write) and
 * appends the audit event, and writes the plan's summary with its rule report. Any failure rolls
 * everything back: nothing is half-written. It returns the plan as written with its summary, so that
 * the caller presents it without reading it again.
 */
import type { Transaction } from 'kysely';
import { type Action, type Target, authorize } from '../../../domain/authorization.ts';
import { AppError, notFound, ruleViolation } from '../../../domain/errors.ts';
import type { PlanSnapshot, PlanStatus } from '../../../domain/plans.ts';
import { writeErrors } from '../../../domain/rules/report.ts';
import { toViolation } from '../../../domain/rules/rule.ts';
import { editableStatuses, revisableStatuses } from '../../../domain/workflow.ts';
import { recordAudit } from '../../audit.ts';
import type { SignedInCtx, SystemCtx } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { staleVersion } from '../../db/versioned.ts';
import { toSnapshot } from './present.ts';
import { type PlanDetails, type PlanSummary, contentParts, findPlan, lockPlan, planTarget, planWhat } from './queries.ts';
import { writeSummary } from './summary.ts';

/** Plan use cases serve the API (a signed-in actor) and seed scripts or the CLI (the system). */
export type WriteCtx = SignedInCtx | SystemCtx;
export type Trx = Transaction<Database>;

export function authorizeAs(ctx: WriteCtx, action: Action, target: Target): void {
  if (ctx.actor !== null) authorize(ctx.actor, action, target);
}

export const notDraft = (status: string): AppError =>
  new AppError(
    'conflict',
    { da: 'Planen kan kun ændres, mens den er en kladde', en: 'A plan can only be changed while it is a draft' },
    [
      {
        rule: 'APP-LOCK',
        path: 'status',
        message: revisableStatuses.has(status as PlanStatus)
          ? { da: `Planens status er ${status}; start en ændring (POST /api/plans/:id/revisions) for at ændre den`, en: `The plan's status is ${status}; start a change revision (POST /api/plans/:id/revisions) to change it` }
          : { da: `Planens status er ${status}`, en: `The plan's status is ${status}` },
      },
    ],
  );

/** A reference to something that does not exist or lies outside the plan (422, rule REFERENCE). */
export const badReference = (path: string, what: { da: string; en: string }): AppError =>
  ruleViolation([{ rule: 'REFERENCE', path, message: { da: `${what.da} findes ikke i planen eller kommunen`, en: `${what.en} does not exist in the plan or municipality` } }]);

export type PlanWrite<T> = {
  action: string;
  resourceType: string;
  resourceId: string;
  before: unknown;
  after: unknown;
  result: T;
  /** The snapshot the structural rules check (default: the plan as stored after the write). */
  snapshot?: (after: PlanDetails) => PlanSnapshot;
  /** Maps a rule path of the snapshot to a field of the request. */
  path?: (rulePath: string) => string;
  /**
   * The plan as written, when the write knows it without reading it again (the head's version and
   * time are set after); default: the plan is read again.
   */
  written?: () => PlanDetails;
};

/** A plan as a write left it, with the summary the write made. */
export type WrittenPlan = PlanDetails & { summary: PlanSummary };

export async function editPlan<T>(
  ctx: WriteCtx,
  planId: string,
  expectedVersion: number,
  write: (trx: Trx, plan: PlanDetails) => Promise<PlanWrite<T>>,
): Promise<{ result: T; version: number; plan: WrittenPlan }> {
  return ctx.db.transaction().execute(async (trx) => {
    const locked = await lockPlan(trx, planId);
    if (!locked) throw notFound(planWhat);
    const before = (await findPlan(trx, planId, { include: contentParts }))!;
    authorizeAs(ctx, 'plan.write', planTarget(before, true));
    if (!editableStatuses.has(before.plan.status as PlanStatus)) throw notDraft(before.plan.status);
    if (locked.version !== expectedVersion) throw staleVersion();

    const done = await write(trx, before);
    const version = expectedVersion + 1;
    const updatedAt = new Date();
    await trx.updateTable('plan').set({ version, updatedAt }).where('id', '=', planId).execute();

    const known = done.written?.();
    const after = known ? { ...known, plan: { ...known.plan, version, updatedAt } } : (await findPlan(trx, planId, { include: contentParts }))!;
    const errors = writeErrors(done.snapshot ? done.snapshot(after) : toSnapshot(after));
    if (errors.length > 0) {
      const path = done.path ?? ((p: string) => p);
      throw ruleViolation(errors.map((f) => ({ ...toViolation(f), path: path(f.path) })));
    }
    await recordAudit(trx, ctx, {
      action: done.action,
      resourceType: done.resourceType,
      resourceId: done.resourceId,
      before: done.before,
      after: done.after,
    });
    const summary = await writeSummary(trx, after);
    return { result: done.result, version, plan: { ...after, summary } };
  });
}
