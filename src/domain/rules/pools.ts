/**
 * FIN-POOL-* rules (docs/rules.md, "Municipal pools"): what decides an allocation from a municipal
 * pool (refused with 422 and the rule id), and the same rules as a plan's report sees its
 * allocations. The life of an allocation (reserved → committed → released) is src/domain/pools.ts.
 */
import { type Ore, formatBp, formatBpEn, formatKroner, formatKronerEn, maxPartOf, shareAtMost, sumOre } from '../money.ts';
import { type PlanSnapshot, type PlanStatus, cooperationInPlace, planStatusNames } from '../plans.ts';
import { type AllocationState, releasingStatuses } from '../pools.ts';
import { type Finding, type Rule, finder } from './rule.ts';

const kr = (ore: Ore) => formatKroner(ore);
const krEn = (ore: Ore) => formatKronerEn(ore);

/** What FIN-POOL-CAP and FIN-POOL-VULNERABLE need to decide one allocation. */
export type AllocationCheck = {
  capacityOre: Ore;
  /** Held by the pool already (committed and reserved), without the allocation being decided. */
  allocatedOre: Ore;
  amountOre: Ore;
  vulnerable: boolean;
};

export const finPoolCap: Rule<AllocationCheck> = {
  id: 'FIN-POOL-CAP',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'En kommunal pulje kan aldrig bevilges ud over sin ramme; disponerede og reserverede bevillinger tæller med.',
    en: 'A municipal pool can never be allocated beyond its capacity; committed and reserved allocations count.',
  },
  check: ({ capacityOre, allocatedOre, amountOre }) => {
    const remaining = capacityOre - allocatedOre;
    if (amountOre <= remaining) return [];
    return [
      finder(finPoolCap)('error', 'amountOre', {
        da: `Puljen har ${kr(Math.max(remaining, 0))} tilbage; ${kr(amountOre)} er for meget`,
        en: `The pool has ${krEn(Math.max(remaining, 0))} left; ${krEn(amountOre)} is too much`,
      }),
    ];
  },
};

export const finPoolVulnerable: Rule<AllocationCheck> = {
  id: 'FIN-POOL-VULNERABLE',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'Kun planer i et udsat byområde kan få midler fra puljen.',
    en: 'Only plans in a vulnerable urban area may draw on the pool.',
  },
  check: ({ vulnerable, amountOre }) =>
    vulnerable || amountOre === 0
      ? []
      : [
          finder(finPoolVulnerable)('error', 'planId', {
            da: 'Planen ligger ikke i et udsat byområde og kan ikke få midler fra puljen',
            en: 'The plan is not in a vulnerable urban area and cannot draw on the pool',
          }),
        ],
};

/** What FIN-POOL-PLAN-CAP needs: the plan's frame and cap, what it holds from every pool already, and the amount. */
export type PlanCapCheck = {
  frameOre: Ore;
  /** The municipal cap of the plan's funding period (FIN-MUNICIPAL-CAP), basis points. */
  municipalCapBp: number;
  /** Held by the plan from all pools (committed and reserved), without the allocation being decided. */
  heldOre: Ore;
  amountOre: Ore;
};

export const finPoolPlanCap: Rule<PlanCapCheck> = {
  id: 'FIN-POOL-PLAN-CAP',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'En plans bevillinger fra kommunens puljer er tilsammen højst kommunens andel (12,5 %) af planens samlede ramme.',
    en: "A plan's allocations from the municipality's pools together never exceed the municipal share (12.5 %) of its total frame.",
  },
  check: ({ frameOre, municipalCapBp, heldOre, amountOre }) => {
    const total = heldOre + amountOre;
    if (shareAtMost(total, frameOre, municipalCapBp)) return [];
    const max = maxPartOf(frameOre, municipalCapBp);
    return [
      finder(finPoolPlanCap)('error', 'amountOre', {
        da: `Planens bevillinger fra puljerne bliver ${kr(total)}, mere end ${formatBp(municipalCapBp)} af rammen på ${kr(frameOre)} (højst ${kr(max)})`,
        en: `The plan's pool allocations would be ${krEn(total)}, more than ${formatBpEn(municipalCapBp)} of the ${krEn(frameOre)} frame (at most ${krEn(max)})`,
      }),
    ];
  },
};

export const finPoolCooperation: Rule<{ cooperationInPlace: boolean }> = {
  id: 'FIN-POOL-COOPERATION',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'En bevilling fra puljen forudsætter, at planens samarbejde med kommunen er på plads (samarbejdende forvaltninger og aftaledato).',
    en: "An allocation from the pool requires the plan's cooperation with the municipality in place (partner administrations and agreement date).",
  },
  check: ({ cooperationInPlace: inPlace }) =>
    inPlace
      ? []
      : [
          finder(finPoolCooperation)('error', 'planId', {
            da: 'Planens samarbejde med kommunen er ikke på plads (samarbejdende forvaltninger og aftaledato), så den kan ikke få midler fra puljen',
            en: "The plan's cooperation with the municipality is not in place (partner administrations and agreement date), so it cannot draw on the pool",
          }),
        ],
};

/** What FIN-POOL-PERIOD needs: the plan's funding period and those the pool serves (names for the message, when known). */
export type PeriodCheck = { planPeriodId: string; poolPeriodIds: readonly string[]; names?: { plan: string; pool: readonly string[] } };

export const finPoolPeriod: Rule<PeriodCheck> = {
  id: 'FIN-POOL-PERIOD',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'En pulje tjener navngivne bevillingsperioder (Budget 2012: midlerne for 2011–14); den bevilger kun til planer i dem.',
    en: "A pool serves named funding periods (Budget 2012: the 2011–14 funds); it allocates only to plans of those periods.",
  },
  check: ({ planPeriodId, poolPeriodIds, names }) => {
    if (poolPeriodIds.includes(planPeriodId)) return [];
    const served = names ? names.pool.join(', ') || '–' : null;
    return [
      finder(finPoolPeriod)('error', 'planId', {
        da: names ? `Puljen tjener ${served}; planen hører til ${names.plan}` : 'Puljen tjener ikke planens bevillingsperiode',
        en: names ? `The pool serves ${served}; the plan belongs to ${names.plan}` : "The pool does not serve the plan's funding period",
      }),
    ];
  },
};

/** What FIN-POOL-COMMITTED decides on a write: the plan's status, and the allocation's state (null for a new one). */
export type CommittedCheck = { planStatus: PlanStatus; state: AllocationState | null };

export const finPoolCommitted: Rule<CommittedCheck> = {
  id: 'FIN-POOL-COMMITTED',
  severity: 'error',
  source: 'inference',
  statement: {
    da: 'En bevilling er reserveret, indtil Borgerrepræsentationen godkender planen, og disponeret derefter; afvises planen eller trækkes den tilbage, frigives den. En frigivet bevilling ændres ikke, og en afvist eller tilbagetrukket plan får ingen ny.',
    en: 'An allocation is reserved until the City Council approves the plan and committed from then on; it is released when the plan is refused or withdrawn. A released allocation is not changed, and a refused or withdrawn plan gets no new one.',
  },
  check: ({ planStatus, state }) => {
    const found = finder(finPoolCommitted);
    if (state === 'released') {
      return [found('error', 'amountOre', { da: 'Bevillingen er frigivet og kan ikke ændres', en: 'The allocation has been released and cannot be changed' })];
    }
    if (state === null && releasingStatuses.has(planStatus)) {
      const name = planStatusNames[planStatus];
      return [found('error', 'planId', { da: `Planen er ${name.da} og kan ikke få midler fra puljen`, en: `The plan is ${name.en} and cannot draw on the pool` })];
    }
    return [];
  },
};

/** The pool rules as the plan report sees them: every allocation the plan holds, checked as it stands. */
function poolRulesOnPlan(s: PlanSnapshot): Finding[] {
  if (s.poolAllocations.length === 0) return [];
  const perAllocation = s.poolAllocations.flatMap((a, i) => {
    const check = { capacityOre: a.poolCapacityOre, allocatedOre: a.poolAllocatedOre - a.amountOre, amountOre: a.amountOre, vulnerable: s.urbanArea?.vulnerable ?? false };
    const period = { planPeriodId: s.plan.fundingPeriodId, poolPeriodIds: a.poolFundingPeriodIds };
    return [...finPoolCap.check(check), ...finPoolVulnerable.check(check), ...finPoolPeriod.check(period)].map((f) => ({ ...f, path: `poolAllocations.${i}.${f.path}` }));
  });
  const frameOre = sumOre(s.budgetLines.map((l) => l.amountOre));
  const heldOre = sumOre(s.poolAllocations.map((a) => a.amountOre));
  const planWide = [
    ...finPoolPlanCap.check({ frameOre, municipalCapBp: s.rules.municipalCapBp, heldOre, amountOre: 0 }),
    ...finPoolCooperation.check({ cooperationInPlace: cooperationInPlace(s.cooperation) }),
  ].map((f) => ({ ...f, path: 'poolAllocations' }));
  return [...perAllocation, ...planWide];
}

/** FIN-POOL-CAP, -VULNERABLE, -PERIOD, -PLAN-CAP and -COOPERATION as seen from a plan (they decide allocations). */
export const finPoolOnPlan: Rule<PlanSnapshot> = {
  id: 'FIN-POOL',
  severity: 'error',
  source: 'fact_sheet',
  statement: finPoolCap.statement,
  check: poolRulesOnPlan,
};

export const finPoolMatch: Rule<PlanSnapshot> = {
  id: 'FIN-POOL-MATCH',
  severity: 'warning',
  source: 'inference',
  statement: {
    da: 'Planens kommunale budgetlinjer bør svare til dens bevilling fra puljen.',
    en: "A plan's municipal budget lines should equal its pool allocation.",
  },
  check: (s) => {
    if (s.poolAllocations.length === 0) return [];
    const allocated = sumOre(s.poolAllocations.map((a) => a.amountOre));
    const municipal = sumOre(s.budgetLines.filter((l) => l.source === 'municipal').map((l) => l.amountOre));
    if (allocated === municipal) return [];
    return [
      finder(finPoolMatch)('warning', 'budgetLines', {
        da: `De kommunale budgetlinjer (${kr(municipal)}) svarer ikke til bevillingen fra puljen (${kr(allocated)})`,
        en: `The municipal budget lines (${krEn(municipal)}) differ from the pool allocation (${krEn(allocated)})`,
      }),
    ];
  },
};

/** The pool rules a plan's report runs. */
export const poolPlanRules = [finPoolOnPlan, finPoolMatch];
/** Every pool rule, in the order of the catalogue. */
export const poolRules = [finPoolCap, finPoolVulnerable, finPoolPlanCap, finPoolCooperation, finPoolPeriod, finPoolCommitted, finPoolMatch];
