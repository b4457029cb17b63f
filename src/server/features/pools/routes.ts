/**
 * Municipal pools and their allocations. The pool rules (FIN-POOL-*) are decided inside the
 * transaction under row locks on the pool and the plans (allocation-checks.ts). Creating an allocation needs no If-Match (the lock
 * decides); changing or withdrawing one needs the allocation's version.
 */
import { z } from 'zod';
import { can } from '../../../domain/authorization.ts';
import { notFound } from '../../../domain/errors.ts';
import { Id, IdParams, ListQuery, listOf, uuidParams } from '../../../domain/schemas/common.ts';
import { Allocation, AllocationInput, AllocationListQuery, AllocationPatch, Pool, PoolInput, PoolPatch } from '../../../domain/schemas/pools.ts';
import type { App } from '../../app.ts';
import { signedIn } from '../../context.ts';
import { actorOf } from '../../http/access.ts';
import { cursorKey, keysetPage } from '../../db/keyset.ts';
import { expectedVersion, sendVersioned } from '../../http/preconditions.ts';
import { allocateFromPool } from './allocate-from-pool.ts';
import { createPool } from './create-pool.ts';
import { allocationOrder, listAllocationPage, listPoolPage, loadPools, poolOrder, poolWhat, presentAllocation, presentPool } from './queries.ts';
import { removeAllocation } from './remove-allocation.ts';
import { updateAllocation } from './update-allocation.ts';
import { updatePool } from './update-pool.ts';

const tags = ['pools'];
const AllocationParams = uuidParams('id', 'allocationId');

export function poolRoutes(app: App): void {
  const onePool = async (id: string) => {
    const [pool] = await loadPools(app.db, { ids: [id] });
    if (!pool) throw notFound(poolWhat);
    return pool;
  };
  /** The pool's municipality, when the actor may read the pool (404 otherwise, as for the pool itself). */
  const readablePool = async (actor: Parameters<typeof can>[0], id: string) => {
    const pool = await app.db.selectFrom('pool').select('municipalityId').where('id', '=', id).executeTakeFirst();
    if (!pool || !can(actor, 'pool.read', { municipalityId: pool.municipalityId })) throw notFound(poolWhat);
  };

  app.get(
    '/api/pools',
    {
      config: { access: 'pool.read' },
      schema: {
        tags,
        summary: 'Municipal pools with their periods, capacity, committed, reserved, free and allocations',
        querystring: z.strictObject({ ...ListQuery, municipalityId: Id.optional(), budgetYear: z.coerce.number().int().optional() }),
        response: { 200: listOf(Pool) },
      },
    },
    async (req) => {
      const { limit, cursor, ...filter } = req.query;
      const page = { limit, after: cursorKey(cursor, poolOrder) };
      return keysetPage(await listPoolPage(app.db, actorOf(req), filter, page), page, poolOrder, (p) => p);
    },
  );

  app.get(
    '/api/pools/:id',
    { config: { access: 'pool.read' }, schema: { tags, summary: 'One pool', params: IdParams, response: { 200: Pool } } },
    async (req, reply) => {
      const pool = await onePool(req.params.id);
      if (!can(actorOf(req), 'pool.read', { municipalityId: pool.municipalityId })) throw notFound(poolWhat);
      return sendVersioned(reply, pool);
    },
  );

  app.post(
    '/api/pools',
    { config: { access: 'pool.write' }, schema: { tags, summary: 'Create a pool', body: PoolInput, response: { 201: Pool } } },
    async (req, reply) => {
      return sendVersioned(reply.code(201), presentPool(await createPool(signedIn(req.ctx), req.body)));
    },
  );

  app.patch(
    '/api/pools/:id',
    { config: { access: 'pool.write' }, schema: { tags, summary: 'Change a pool (If-Match required)', params: IdParams, body: PoolPatch, response: { 200: Pool } } },
    async (req, reply) => {
      return sendVersioned(reply, presentPool(await updatePool(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body)));
    },
  );

  app.get(
    '/api/pools/:id/allocations',
    {
      config: { access: 'pool.read' },
      schema: {
        tags,
        summary: "A pool's allocations, released ones too, by plan name (keyset pages)",
        params: IdParams,
        querystring: z.strictObject({ ...ListQuery, ...AllocationListQuery }),
        response: { 200: listOf(Allocation) },
      },
    },
    async (req) => {
      await readablePool(actorOf(req), req.params.id);
      const { limit, cursor, ...filter } = req.query;
      const page = { limit, after: cursorKey(cursor, allocationOrder) };
      return keysetPage(await listAllocationPage(app.db, req.params.id, filter, page), page, allocationOrder, presentAllocation);
    },
  );

  app.post(
    '/api/pools/:id/allocations',
    {
      config: { access: 'pool.write' },
      schema: {
        tags,
        summary: 'Allocate from the pool to a plan (FIN-POOL-CAP, -VULNERABLE, -PLAN-CAP, -COOPERATION, -PERIOD, -COMMITTED)',
        params: IdParams,
        body: AllocationInput,
        response: { 201: Allocation },
      },
    },
    async (req, reply) => {
      return sendVersioned(reply.code(201), presentAllocation(await allocateFromPool(signedIn(req.ctx), req.params.id, req.body)));
    },
  );

  app.patch(
    '/api/pools/:id/allocations/:allocationId',
    {
      config: { access: 'pool.write' },
      schema: { tags, summary: 'Change an allocation (If-Match: the allocation)', params: AllocationParams, body: AllocationPatch, response: { 200: Allocation } },
    },
    async (req, reply) => {
      const { id, allocationId } = req.params;
      return sendVersioned(reply, presentAllocation(await updateAllocation(signedIn(req.ctx), id, allocationId, expectedVersion(req), req.body)));
    },
  );

  app.delete(
    '/api/pools/:id/allocations/:allocationId',
    {
      config: { access: 'pool.write' },
      schema: { tags, summary: 'Withdraw an allocation (If-Match: the allocation)', params: AllocationParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      const { id, allocationId } = req.params;
      await removeAllocation(signedIn(req.ctx), id, allocationId, expectedVersion(req));
      return reply.code(204).send(null);
    },
  );
}
