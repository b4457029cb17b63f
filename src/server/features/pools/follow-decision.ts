/**
 * FIN-POOL-COMMITTED on the approval route: after a decision on a plan, its allocations follow
 * (`stateAfterDecision`): the City Council's approval commits them, a refusal or withdrawal releases
 * them. `recordDecision` calls this inside the decision's transaction, with the plan row locked
 * (every allocation write locks the plan before the allocation, so the two never deadlock). Each
 * allocation that changes state gets a new version and an audit event naming the decision.
 */
import { type DecisionEffect, stateAfterDecision } from '../../../domain/pools.ts';
import type { Ctx } from '../../context.ts';
import { recordAudit } from '../../audit.ts';
import type { Trx } from '../plans/edit-plan.ts';

/**
 * Moves the plan's allocations on after a decision; returns how many changed state and the pools
 * that released money (a release changes what the plan's rules read, and the pool's total that
 * every plan drawing on it shows).
 */
export async function followDecision(trx: Trx, ctx: Pick<Ctx, 'actor' | 'requestId'>, planId: string, decisionId: string, effect: DecisionEffect): Promise<{ changed: number; releasedFrom: string[] }> {
  const rows = await trx.selectFrom('poolAllocation').selectAll().where('planId', '=', planId).where('state', '!=', 'released').orderBy('id').forUpdate().execute();
  let changed = 0;
  const releasedFrom = new Set<string>();
  for (const before of rows) {
    const state = stateAfterDecision(before.state, effect);
    if (state === before.state) continue;
    const after = await trx
      .updateTable('poolAllocation')
      .set({ state, version: before.version + 1, updatedAt: new Date() })
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: state === 'released' ? 'release' : state === 'committed' ? 'commit' : 'reserve', resourceType: 'poolAllocation', resourceId: before.id, before, after: { ...after, decisionId } });
    changed += 1;
    if (state === 'released') releasedFrom.add(before.poolId);
  }
  return { changed, releasedFrom: [...releasedFrom] };
}
