import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { sumOre } from '../../../domain/money.ts';
import type { Actor, Role } from '../../../domain/roles.ts';
import type { Allocation, Pool } from '../../../domain/schemas/plans.ts';
import { type Keyset, type KeysetPage, inKeyOrder } from '../../db/keyset.ts';
import type { Database, Row } from '../../db/schema.ts';
import { iso } from '../../http/present.ts';

type Q = Kysely<Database>;

export const poolWhat = { da: 'Puljen', en: 'The pool' };
export const allocationWhat = { da: 'Bevillingen', en: 'The allocation' };

/** What is allocated from a pool now (call after locking the pool to decide on it). */
export async function allocatedFrom(db: Q, poolId: string, except?: string): Promise<number> {
  const rows = await db
    .selectFrom('poolAllocation')
    .select('amountOre')
    .where('poolId', '=', poolId)
    .$if(except !== undefined, (q) => q.where('id', '!=', except!))
    .execute();
  return sumOre(rows.map((r) => r.amountOre));
}

export type AllocationRow = Row<'poolAllocation'> & { planName: string };
/** A pool with its allocations, as the API shows it. */
export type PoolDetails = Row<'pool'> & { allocations: AllocationRow[] };

const allocationsOf = (db: Q, poolIds: string[]): Promise<AllocationRow[]> =>
  db
    .selectFrom('poolAllocation')
    .innerJoin('plan', 'plan.id', 'poolAllocation.planId')
    .selectAll('poolAllocation')
    .select('plan.name as planName')
    .where('poolAllocation.poolId', 'in', poolIds)
    .orderBy('plan.name')
    .orderBy('poolAllocation.createdAt')
    .execute();

/** A written pool as the API shows it: with its allocations. */
export const withAllocations = async (pool: Row<'pool'>, db: Q): Promise<PoolDetails> => ({ ...pool, allocations: await allocationsOf(db, [pool.id]) });

/** The name of an allocation's plan, which the allocation shows. */
export const planNameOf = async (db: Q, planId: string): Promise<string> =>
  (await db.selectFrom('plan').select('name').where('id', '=', planId).executeTakeFirstOrThrow()).name;

export const presentAllocation = (a: AllocationRow): Allocation => ({
  id: a.id,
  version: a.version,
  createdAt: iso(a.createdAt),
  updatedAt: iso(a.updatedAt),
  poolId: a.poolId,
  planId: a.planId,
  planName: a.planName,
  amountOre: a.amountOre,
  note: a.note,
});

export function presentPool(p: PoolDetails): Pool {
  const allocatedOre = sumOre(p.allocations.map((a) => a.amountOre));
  return {
    id: p.id,
    version: p.version,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
    municipalityId: p.municipalityId,
    name: p.name,
    budgetYear: p.budgetYear,
    capacityOre: p.capacityOre,
    allocatedOre,
    remainingOre: Math.max(0, p.capacityOre - allocatedOre),
    provenance: p.provenance,
    allocations: p.allocations.map(presentAllocation),
  };
}

export async function loadPools(db: Q, filter: { ids?: string[]; municipalityId?: string | undefined; budgetYear?: number | undefined }): Promise<Pool[]> {
  if (filter.ids && filter.ids.length === 0) return [];
  const pools = await db
    .selectFrom('pool')
    .selectAll()
    .$if(filter.ids !== undefined, (q) => q.where('id', 'in', filter.ids!))
    .$if(filter.municipalityId !== undefined, (q) => q.where('municipalityId', '=', filter.municipalityId!))
    .$if(filter.budgetYear !== undefined, (q) => q.where('budgetYear', '=', filter.budgetYear!))
    .orderBy('budgetYear', 'desc')
    .orderBy('name')
    .execute();
  if (pools.length === 0) return [];
  const allocations = await allocationsOf(db, pools.map((p) => p.id));
  return pools.map((p) => presentPool({ ...p, allocations: allocations.filter((a) => a.poolId === p.id) }));
}

// --- The list -----------------------------------------------------------------------------------

type Condition = (eb: ExpressionBuilder<Database, 'pool'>) => Expression<SqlBool>;
const nothing: Condition = (eb) => eb.lit(false).$castTo<SqlBool>();
const sameMunicipality = ({ scope }: Actor): Condition => (scope.municipalityId === null ? nothing : (eb) => eb('pool.municipalityId', '=', scope.municipalityId!));

/** `pool.read` of src/domain/authorization.ts as SQL, role by role (roles without it read nothing). */
const poolRead: Record<Role, (a: Actor) => Condition> = {
  admin: sameMunicipality,
  case_worker: sameMunicipality,
  fund_officer: () => (eb) => eb.lit(true).$castTo<SqlBool>(),
  housing_staff: () => nothing,
  forum_member: () => nothing,
  researcher: () => nothing,
};

/** The list's order: the newest budget year first, then the name and the id. */
export const poolOrder: Keyset = {
  tag: 'pools',
  keys: [
    { ref: 'pool.budgetYear', dir: 'desc', field: 'budgetYear', kind: 'int' },
    { ref: 'pool.name', dir: 'asc', field: 'name', kind: 'text' },
    { ref: 'pool.id', dir: 'asc', field: 'id', kind: 'uuid' },
  ],
};

export type PoolFilter = { municipalityId?: string | undefined; budgetYear?: number | undefined };

/** A page of the pools the actor may read (`limit + 1` rows), with their allocations. */
export async function listPoolPage(db: Q, actor: Actor, filter: PoolFilter, page: KeysetPage): Promise<Pool[]> {
  const pools = await inKeyOrder(
    db
      .selectFrom('pool')
      .selectAll()
      .where(poolRead[actor.role](actor))
      .$if(filter.municipalityId !== undefined, (q) => q.where('municipalityId', '=', filter.municipalityId!))
      .$if(filter.budgetYear !== undefined, (q) => q.where('budgetYear', '=', filter.budgetYear!)),
    poolOrder,
    page,
  ).execute();
  if (pools.length === 0) return [];
  const allocations = await allocationsOf(db, pools.slice(0, page.limit).map((p) => p.id));
  return pools.map((p) => presentPool({ ...p, allocations: allocations.filter((a) => a.poolId === p.id) }));
}
