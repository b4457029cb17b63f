import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { sumOre } from '../../../domain/money.ts';
import type { Actor, Role } from '../../../domain/roles.ts';
import { type AllocationState, poolAmounts } from '../../../domain/pools.ts';
import type { Allocation, Pool } from '../../../domain/schemas/pools.ts';
import { type Keyset, type KeysetPage, inKeyOrder } from '../../db/keyset.ts';
import type { Database, Row } from '../../db/schema.ts';
import { iso } from '../../http/present.ts';

type Q = Kysely<Database>;

export const poolWhat = { da: 'Puljen', en: 'The pool' };
export const allocationWhat = { da: 'Bevillingen', en: 'The allocation' };

/** What a pool holds now (committed and reserved), without `except`; call after locking the pool to decide on it. */
export async function allocatedFrom(db: Q, poolId: string, except?: string): Promise<number> {
  const rows = await db
    .selectFrom('poolAllocation')
    .select('amountOre')
    .where('poolId', '=', poolId)
    .where('state', '!=', 'released')
    .$if(except !== undefined, (q) => q.where('id', '!=', except!))
    .execute();
  return sumOre(rows.map((r) => r.amountOre));
}

/** What a plan holds from all pools now (committed and reserved), without `except`; call after locking the plan (FIN-POOL-PLAN-CAP). */
export async function heldByPlan(db: Q, planId: string, except?: string): Promise<number> {
  const rows = await db
    .selectFrom('poolAllocation')
    .select('amountOre')
    .where('planId', '=', planId)
    .where('state', '!=', 'released')
    .$if(except !== undefined, (q) => q.where('id', '!=', except!))
    .execute();
  return sumOre(rows.map((r) => r.amountOre));
}

/** The funding periods the pools serve (FIN-POOL-PERIOD), by pool. */
export async function periodsOf(db: Q, poolIds: string[]): Promise<Map<string, PoolPeriod[]>> {
  const out = new Map<string, PoolPeriod[]>(poolIds.map((id) => [id, []]));
  if (poolIds.length === 0) return out;
  const rows = await db
    .selectFrom('poolFundingPeriod')
    .innerJoin('fundingPeriod', 'fundingPeriod.id', 'poolFundingPeriod.fundingPeriodId')
    .select(['poolFundingPeriod.poolId', 'fundingPeriod.id', 'fundingPeriod.name'])
    .where('poolFundingPeriod.poolId', 'in', poolIds)
    .orderBy('fundingPeriod.startYear')
    .execute();
  for (const r of rows) out.get(r.poolId)?.push({ id: r.id, name: r.name });
  return out;
}

export type AllocationRow = Row<'poolAllocation'> & { planName: string };
export type PoolPeriod = { id: string; name: string };
/** A pool with the periods it serves and its allocations, as the API shows it. */
export type PoolDetails = Row<'pool'> & { fundingPeriods: PoolPeriod[]; allocations: AllocationRow[] };

const allocationsOf = (db: Q, poolIds: string[]): Promise<AllocationRow[]> =>
  db
    .selectFrom('poolAllocation')
    .innerJoin('plan', 'plan.id', 'poolAllocation.planId')
    .selectAll('poolAllocation')
    .select('plan.name as planName')
    .where('poolAllocation.poolId', 'in', poolIds)
    .orderBy('plan.name')
    .orderBy('poolAllocation.id')
    .execute();

/** Pools as the API shows them: with the periods they serve and their allocations. */
async function detailsOf(db: Q, pools: Row<'pool'>[]): Promise<PoolDetails[]> {
  if (pools.length === 0) return [];
  const ids = pools.map((p) => p.id);
  const [periods, allocations] = await Promise.all([periodsOf(db, ids), allocationsOf(db, ids)]);
  return pools.map((p) => ({ ...p, fundingPeriods: periods.get(p.id) ?? [], allocations: allocations.filter((a) => a.poolId === p.id) }));
}

/** A written pool as the API shows it. */
export const withAllocations = async (pool: Row<'pool'>, db: Q): Promise<PoolDetails> => (await detailsOf(db, [pool]))[0]!;

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
  state: a.state,
  note: a.note,
});

export function presentPool(p: PoolDetails): Pool {
  const { committedOre, reservedOre, allocatedOre, freeOre } = poolAmounts(p.capacityOre, p.allocations);
  return {
    id: p.id,
    version: p.version,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
    municipalityId: p.municipalityId,
    name: p.name,
    budgetYear: p.budgetYear,
    fundingPeriods: p.fundingPeriods,
    capacityOre: p.capacityOre,
    committedOre,
    reservedOre,
    allocatedOre,
    freeOre,
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
  return (await detailsOf(db, pools)).map(presentPool);
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
  const shown = await detailsOf(db, pools.slice(0, page.limit));
  // The row past the page only tells that there is a next page; its key is all keysetPage reads.
  return [...shown.map(presentPool), ...pools.slice(page.limit).map((p) => presentPool({ ...p, fundingPeriods: [], allocations: [] }))];
}

// --- A pool's allocations -----------------------------------------------------------------------

/** The order of a pool's allocations: by the plan's name, then the id. */
export const allocationOrder: Keyset = {
  tag: 'pool-allocations',
  keys: [
    { ref: 'plan.name', dir: 'asc', field: 'planName', kind: 'text' },
    { ref: 'poolAllocation.id', dir: 'asc', field: 'id', kind: 'uuid' },
  ],
};

/** A page of a pool's allocations (`limit + 1` rows), optionally of one state. */
export const listAllocationPage = (db: Q, poolId: string, filter: { state?: AllocationState | undefined }, page: KeysetPage): Promise<AllocationRow[]> =>
  inKeyOrder(
    db
      .selectFrom('poolAllocation')
      .innerJoin('plan', 'plan.id', 'poolAllocation.planId')
      .selectAll('poolAllocation')
      .select('plan.name as planName')
      .where('poolAllocation.poolId', '=', poolId)
      .$if(filter.state !== undefined, (q) => q.where('poolAllocation.state', '=', filter.state!)),
    allocationOrder,
    page,
  ).execute();
