/**
 * The municipal pools of the synthetic Denmark: one per municipality and funding period where plans
 * draw on one, serving that period (FIN-POOL-PERIOD). Only plans in a vulnerable urban area draw
 * (FIN-POOL-VULNERABLE), each exactly its municipal budget lines (FIN-POOL-MATCH), so never more
 * than the municipal cap of its frame (FIN-POOL-PLAN-CAP), and only with its cooperation in place
 * (FIN-POOL-COOPERATION: a plan with municipal lines has one, FIN-COOPERATION); no pool is ever
 * allocated beyond its capacity (FIN-POOL-CAP), and a few are allocated to the last krone. An
 * allocation's state is what the plan's decisions made of it (FIN-POOL-COMMITTED). Pure.
 */
import { stateAfterDecision, type AllocationState } from '../../../domain/pools.ts';
import { municipalityCode } from './catalogue.ts';
import type { PlanBundle } from './plans.ts';
import { random, syntheticId } from './random.ts';
import type { DecisionRow } from './routes.ts';
import { type Registry, synthetic } from './registry.ts';

export type PoolRow = { id: string; municipalityId: string; name: string; budgetYear: number; capacityOre: number; provenance: typeof synthetic };
export type PoolPeriodRow = { poolId: string; fundingPeriodId: string };
export type AllocationRow = { id: string; poolId: string; planId: string; amountOre: number; note: string; state: AllocationState };

const millionKr = 100_000_000;

/**
 * The state of an allocation followed through a plan's decisions, in the order they were entered
 * (those before the submission, when the plan begins to draw, neither commit nor release).
 */
export function stateAfterDecisions(decisions: readonly DecisionRow[]): AllocationState {
  return decisions.reduce<AllocationState>((state, d) => stateAfterDecision(state, { step: d.step, outcome: d.outcome, toStatus: d.toStatus, corrects: null }), 'reserved');
}

export function generatePools(
  seed: number,
  bundles: PlanBundle[],
  decisions: DecisionRow[],
  registry: Registry,
): { pools: PoolRow[]; poolPeriods: PoolPeriodRow[]; allocations: AllocationRow[] } {
  const r = random(seed, 'pools');
  const submitted = new Set(decisions.filter((d) => d.step === 'submission').map((d) => d.planId));
  const decisionsOf = new Map<string, DecisionRow[]>();
  for (const d of decisions) decisionsOf.set(d.planId, [...(decisionsOf.get(d.planId) ?? []), d]);
  const municipalityIndex = new Map(registry.municipalities.map((m, i) => [m.id, i]));
  // Plans that draw: in a vulnerable area, with municipal money, submitted and still alive.
  const groups = new Map<string, PlanBundle[]>();
  for (const b of bundles) {
    const draws = b.area.vulnerable && b.municipalOre > 0 && submitted.has(b.plan.id) && !['refused', 'withdrawn'].includes(b.plan.status);
    if (!draws) continue;
    const key = `${b.area.municipalityId}|${b.period.name}`;
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }

  const pools: PoolRow[] = [];
  const poolPeriods: PoolPeriodRow[] = [];
  const allocations: AllocationRow[] = [];
  for (const [key, plans] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const { area, period } = plans[0]!;
    const total = plans.reduce((s, b) => s + b.municipalOre, 0);
    const exact = r.chance(0.1);
    const capacityOre = exact ? total : Math.ceil(total / millionKr) * millionKr + r.int(0, 3) * millionKr;
    const pool: PoolRow = {
      id: syntheticId(seed, 'pool', key),
      municipalityId: area.municipalityId,
      name: `Syntetisk pulje ${municipalityCode(municipalityIndex.get(area.municipalityId)!)}, ${period.name}`,
      budgetYear: period.startYear,
      capacityOre,
      provenance: synthetic,
    };
    pools.push(pool);
    poolPeriods.push({ poolId: pool.id, fundingPeriodId: period.id });
    for (const b of plans) {
      allocations.push({
        id: syntheticId(seed, 'pool_allocation', b.plan.id),
        poolId: pool.id,
        planId: b.plan.id,
        amountOre: b.municipalOre,
        note: 'Syntetisk bevilling: svarer til planens kommunale budgetlinjer.',
        state: stateAfterDecisions(decisionsOf.get(b.plan.id) ?? []),
      });
    }
  }
  return { pools, poolPeriods, allocations };
}
