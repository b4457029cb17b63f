import { notFound } from '../../../domain/errors.ts';
import { authorizeAs, type Trx, type WriteCtx } from '../plans/edit-plan.ts';
import { poolWhat } from './queries.ts';

/**
 * Locks the pool row (SELECT … FOR UPDATE) for the rest of the transaction: every write that
 * changes what is allocated from a pool takes this lock first, so FIN-POOL-CAP is decided on a
 * total no concurrent transaction can change.
 */
export async function lockPool(trx: Trx, ctx: WriteCtx, poolId: string) {
  const pool = await trx.selectFrom('pool').selectAll().where('id', '=', poolId).forUpdate().executeTakeFirst();
  if (!pool) throw notFound(poolWhat);
  authorizeAs(ctx, 'pool.write', { municipalityId: pool.municipalityId });
  return pool;
}
