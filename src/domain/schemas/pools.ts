/**
 * The API contract of the municipal pools and their allocations (FIN-POOL-*). A schema and its type
 * share one name. Money is whole øre (`…Ore`).
 */
import { z } from 'zod';
import { Id, NonEmpty, OreAmount, Provenance, Versioned, text, uniqueIds } from './common.ts';
import { AllocationState, Ore } from './plans.ts';

export { AllocationState };

const Year = z.int().min(1990).max(2100);

const PoolPeriodIds = uniqueIds(20).min(1).describe('The funding periods the pool serves (FIN-POOL-PERIOD), at least one');

export const PoolInput = z.strictObject({
  municipalityId: Id,
  name: NonEmpty,
  budgetYear: Year,
  capacityOre: OreAmount,
  fundingPeriodIds: PoolPeriodIds,
  provenance: Provenance.default('published'),
});

export const PoolPatch = z.strictObject({
  name: NonEmpty.optional(),
  budgetYear: Year.optional(),
  capacityOre: OreAmount.optional().describe('Never below what is committed and reserved (FIN-POOL-CAP)'),
  fundingPeriodIds: PoolPeriodIds.optional().describe('Never without the period of a plan that holds an allocation (FIN-POOL-PERIOD)'),
  provenance: Provenance.optional(),
});

export const AllocationInput = z.strictObject({
  planId: Id,
  amountOre: OreAmount.min(1),
  note: text({ max: 500 }).default(''),
});

export const AllocationPatch = z.strictObject({ amountOre: OreAmount.min(1).optional(), note: text({ max: 500 }).optional() });

export const Allocation = z.object({
  ...Versioned,
  poolId: Id,
  planId: Id,
  planName: z.string(),
  amountOre: Ore,
  state: AllocationState,
  note: z.string(),
});

export const AllocationListQuery = { state: AllocationState.optional() };

export const Pool = z.object({
  ...Versioned,
  municipalityId: Id,
  name: z.string(),
  budgetYear: z.int(),
  fundingPeriods: z.array(z.object({ id: Id, name: z.string() })).describe('The funding periods the pool serves (FIN-POOL-PERIOD)'),
  capacityOre: Ore,
  committedOre: Ore.describe('Allocated to plans the City Council has approved'),
  reservedOre: Ore.describe('Allocated to plans not yet approved by the City Council'),
  allocatedOre: Ore.describe('Committed and reserved: what FIN-POOL-CAP counts'),
  freeOre: Ore.describe('Capacity less committed and reserved'),
  provenance: Provenance,
  allocations: z.array(Allocation).describe('Every allocation, released ones too'),
});

export type PoolInput = z.infer<typeof PoolInput>;
export type PoolPatch = z.infer<typeof PoolPatch>;
export type AllocationInput = z.infer<typeof AllocationInput>;
export type AllocationPatch = z.infer<typeof AllocationPatch>;
export type Pool = z.infer<typeof Pool>;
export type Allocation = z.infer<typeof Allocation>;
export type AllocationState = z.infer<typeof AllocationState>;
