/**
 * The life of a pool allocation (FIN-POOL-COMMITTED, src/domain/rules/pools.ts): *reserved* until
 * the City Council (BR) approves the plan, *committed* from then on, *released* when the plan is
 * refused or withdrawn. Reserved and committed money is held by the pool (FIN-POOL-CAP) and by the
 * plan (FIN-POOL-PLAN-CAP); released money is free again, and a released allocation stays released
 * (a later correction does not bring it back: the municipality allocates anew, under the caps).
 */
import type { Text } from './errors.ts';
import type { PlanStatus } from './plans.ts';
import type { DecisionOutcome, Step } from './workflow.ts';

export const allocationStates = ['reserved', 'committed', 'released'] as const;
export type AllocationState = (typeof allocationStates)[number];

export const allocationStateNames: Record<AllocationState, Text> = {
  reserved: { da: 'Reserveret', en: 'Reserved' },
  committed: { da: 'Disponeret', en: 'Committed' },
  released: { da: 'Frigivet', en: 'Released' },
};

/** States whose money the pool and the plan hold. */
export const heldStates: readonly AllocationState[] = ['reserved', 'committed'];
export const isHeld = (s: AllocationState): boolean => s !== 'released';

/** A plan in these statuses has ended without running: its allocations are released. */
export const releasingStatuses: ReadonlySet<PlanStatus> = new Set(['refused', 'withdrawn']);

/**
 * Statuses after the City Council's approval on the approval route (a change being drafted comes
 * after the fund's commitment, so after BR too). An allocation made to such a plan is committed at once.
 */
export const afterCityCouncil: ReadonlySet<PlanStatus> = new Set([
  'housing_organisation_approval',
  'sent_to_fund',
  'fund_commitment',
  'running',
  'closed',
  'revision_draft',
]);

/** The state of a new allocation to a plan in `status` (an allocation to a refused or withdrawn plan is refused by FIN-POOL-COMMITTED). */
export const stateOfNewAllocation = (status: PlanStatus): AllocationState => (afterCityCouncil.has(status) ? 'committed' : 'reserved');

/** A recorded decision as the allocations of its plan see it. */
export type DecisionEffect = {
  step: Step;
  outcome: DecisionOutcome;
  /** The plan's status after the decision. */
  toStatus: PlanStatus;
  /** The decision a correction corrects, or null. */
  corrects: { step: Step; outcome: DecisionOutcome } | null;
};

/**
 * An allocation's state after a decision on its plan: released stays released; a refused or
 * withdrawn plan releases; the City Council's approval commits; a correction that takes back the
 * City Council's approval (into anything but a refusal) makes the allocation reserved again.
 */
export function stateAfterDecision(state: AllocationState, d: DecisionEffect): AllocationState {
  if (state === 'released') return 'released';
  if (releasingStatuses.has(d.toStatus)) return 'released';
  if (d.step === 'city_council' && d.outcome === 'approved') return 'committed';
  if (d.corrects?.step === 'city_council' && d.corrects.outcome === 'approved') return 'reserved';
  return state;
}

/** What a pool holds, by state: capacity = committed + reserved + free (free never below 0). */
export type PoolAmounts = { capacityOre: number; committedOre: number; reservedOre: number; allocatedOre: number; freeOre: number };

export function poolAmounts(capacityOre: number, allocations: readonly { state: AllocationState; amountOre: number }[]): PoolAmounts {
  const sum = (s: AllocationState) => allocations.filter((a) => a.state === s).reduce((t, a) => t + a.amountOre, 0);
  const committedOre = sum('committed');
  const reservedOre = sum('reserved');
  const allocatedOre = committedOre + reservedOre;
  return { capacityOre, committedOre, reservedOre, allocatedOre, freeOre: Math.max(0, capacityOre - allocatedOre) };
}
