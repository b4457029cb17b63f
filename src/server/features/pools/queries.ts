import type { Kysely } from 'kysely';
import { sumOre } from '../../../domain/money.ts';
import type { Pool } from '../../../domain/schemas/plans.ts';
import type { Database } from '../../db/schema.ts';
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
  const allocations = await db
    .selectFrom('poolAllocation')
    .innerJoin('plan', 'plan.id', 'poolAllocation.planId')
    .selectAll('poolAllocation')
    .select('plan.name as planName')
    .where('poolAllocation.poolId', 'in', pools.map((p) => p.id))
    .orderBy('plan.name')
    .orderBy('poolAllocation.createdAt')
    .execute();
  return pools.map((p) => {
    const mine = allocations.filter((a) => a.poolId === p.id);
    const allocatedOre = sumOre(mine.map((a) => a.amountOre));
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
      allocations: mine.map((a) => ({
        id: a.id,
        version: a.version,
        createdAt: iso(a.createdAt),
        updatedAt: iso(a.updatedAt),
        poolId: a.poolId,
        planId: a.planId,
        planName: a.planName,
        amountOre: a.amountOre,
        note: a.note,
      })),
    };
  });
}
