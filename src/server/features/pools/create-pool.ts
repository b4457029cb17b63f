import type { PoolInput } from '../../../domain/schemas/pools.ts';
import { recordAudit } from '../../audit.ts';
import { authorizeAs, badReference, type WriteCtx } from '../plans/edit-plan.ts';
import { writePoolPeriods } from './pool-periods.ts';
import { type PoolDetails, withAllocations } from './queries.ts';

/** Creates a municipal pool (e.g. "Budget 2012", 30 mio. kr., serving 2011–14). Returns it as written (no allocations yet). */
export async function createPool(ctx: WriteCtx, input: PoolInput): Promise<PoolDetails> {
  authorizeAs(ctx, 'pool.write', { municipalityId: input.municipalityId });
  return ctx.db.transaction().execute(async (trx) => {
    const municipality = await trx.selectFrom('municipality').select('id').where('id', '=', input.municipalityId).executeTakeFirst();
    if (!municipality) throw badReference('body.municipalityId', { da: 'Kommunen', en: 'The municipality' });
    const { fundingPeriodIds, ...row } = input;
    const pool = await trx.insertInto('pool').values(row).returningAll().executeTakeFirstOrThrow();
    await writePoolPeriods(trx, pool.id, fundingPeriodIds);
    await recordAudit(trx, ctx, { action: 'create', resourceType: 'pool', resourceId: pool.id, before: null, after: { ...pool, fundingPeriodIds } });
    return withAllocations(pool, trx);
  });
}
