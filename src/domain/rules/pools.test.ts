import { describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../plans.ts';
import { type DecisionEffect, poolAmounts, stateAfterDecision, stateOfNewAllocation } from '../pools.ts';
import { finPoolCap, finPoolCommitted, finPoolCooperation, finPoolPeriod, finPoolPlanCap, finPoolVulnerable } from './pools.ts';
import { ruleReport } from './report.ts';
import { cleanPlan } from './test-fixtures.ts';

const rulesOf = (s: PlanSnapshot) => {
  const r = ruleReport(s);
  return { errors: r.errors.map((f) => f.rule), warnings: r.warnings.map((f) => f.rule), canSubmit: r.canSubmit };
};
/** The clean plan's allocation: its whole municipal share (125.000 kr. of a 1 mio. kr. frame), from a pool serving its period. */
const allocation = (over: Partial<PlanSnapshot['poolAllocations'][number]> = {}): PlanSnapshot['poolAllocations'][number] => ({
  poolId: 'p',
  poolName: 'Budget 2012',
  amountOre: 125_000_00,
  poolCapacityOre: 30_000_000_00,
  poolAllocatedOre: 125_000_00,
  poolFundingPeriodIds: ['p'],
  ...over,
});

describe('FIN-POOL-CAP and FIN-POOL-VULNERABLE', () => {
  const base = { capacityOre: 30_000_000_00, allocatedOre: 29_000_000_00, vulnerable: true };
  it('pool exactly full passes, one øre more fails', () => {
    expect(finPoolCap.check({ ...base, amountOre: 1_000_000_00 })).toEqual([]);
    const [f] = finPoolCap.check({ ...base, amountOre: 1_000_000_01 });
    expect(f).toMatchObject({ rule: 'FIN-POOL-CAP', severity: 'error', path: 'amountOre' });
  });
  it('a plan outside a vulnerable urban area cannot draw on a pool', () => {
    expect(finPoolVulnerable.check({ ...base, amountOre: 1, vulnerable: false })[0]?.rule).toBe('FIN-POOL-VULNERABLE');
    expect(finPoolVulnerable.check({ ...base, amountOre: 1 })).toEqual([]);
  });
  it('the plan report shows an allocation in a non-vulnerable area', () => {
    const s = cleanPlan();
    s.urbanArea = { id: 'ua', municipalityId: 'kk', vulnerable: false };
    s.poolAllocations = [allocation()];
    expect(rulesOf(s).errors).toEqual(['FIN-POOL-VULNERABLE']);
  });
});

describe('FIN-POOL-PLAN-CAP', () => {
  // A 9.6 mio. kr. plan: at most 1.2 mio. kr. (12.5 %) from the pools together.
  const plan = { frameOre: 9_600_000_00, municipalCapBp: 1250 };
  it('exactly at the cap passes, one øre more fails, counting what the plan holds from other pools', () => {
    expect(finPoolPlanCap.check({ ...plan, heldOre: 0, amountOre: 1_200_000_00 })).toEqual([]);
    expect(finPoolPlanCap.check({ ...plan, heldOre: 700_000_00, amountOre: 500_000_00 })).toEqual([]);
    const [f] = finPoolPlanCap.check({ ...plan, heldOre: 700_000_00, amountOre: 500_000_01 });
    expect(f).toMatchObject({ rule: 'FIN-POOL-PLAN-CAP', severity: 'error', path: 'amountOre' });
    expect(f!.message.da).toContain('højst 1.200.000,00 kr.');
    // The case: 9.2 mio. kr. to a 9.6 mio. kr. plan.
    expect(finPoolPlanCap.check({ ...plan, heldOre: 0, amountOre: 9_200_000_00 })[0]?.rule).toBe('FIN-POOL-PLAN-CAP');
  });
  it('reads the cap of the plan’s funding period', () => {
    expect(finPoolPlanCap.check({ frameOre: 1_000_000_00, municipalCapBp: 1000, heldOre: 0, amountOre: 100_000_01 })[0]?.rule).toBe('FIN-POOL-PLAN-CAP');
    expect(finPoolPlanCap.check({ frameOre: 1_000_000_00, municipalCapBp: 1000, heldOre: 0, amountOre: 100_000_00 })).toEqual([]);
  });
  it('an empty budget allows nothing', () => {
    expect(finPoolPlanCap.check({ frameOre: 0, municipalCapBp: 1250, heldOre: 0, amountOre: 1 })[0]?.rule).toBe('FIN-POOL-PLAN-CAP');
  });
  it('the plan report shows allocations beyond the cap (a budget cut after the allocation)', () => {
    const s = cleanPlan();
    s.poolAllocations = [allocation()];
    expect(rulesOf(s).errors).toEqual([]);
    s.poolAllocations = [allocation({ amountOre: 100_000_00 }), allocation({ poolId: 'q', amountOre: 25_000_01, poolAllocatedOre: 25_000_01 })];
    expect(rulesOf(s).errors).toEqual(['FIN-POOL-PLAN-CAP']);
  });
});

describe('FIN-POOL-COOPERATION', () => {
  it('an allocation needs the cooperation in place', () => {
    expect(finPoolCooperation.check({ cooperationInPlace: true })).toEqual([]);
    expect(finPoolCooperation.check({ cooperationInPlace: false })).toEqual([expect.objectContaining({ rule: 'FIN-POOL-COOPERATION', path: 'planId' })]);
  });
  it('the plan report shows an allocation without a cooperation (even without municipal lines)', () => {
    const s = cleanPlan([
      { year: 2013, interventionAreaId: 'area-1', activityId: null, source: 'fund', municipalPart: null, amountOre: 750_000_00 },
      { year: 2013, interventionAreaId: 'area-1', activityId: null, source: 'housing', municipalPart: null, amountOre: 250_000_00 },
    ]);
    s.cooperation = { administrationIds: ['bif'], agreementDate: null, reference: null };
    s.poolAllocations = [allocation({ amountOre: 1 })];
    expect(rulesOf(s).errors).toEqual(['FIN-POOL-COOPERATION']);
  });
});

describe('FIN-POOL-PERIOD', () => {
  it('a pool allocates only to plans of the periods it serves', () => {
    expect(finPoolPeriod.check({ planPeriodId: '2011', poolPeriodIds: ['2011', '2015'] })).toEqual([]);
    const [f] = finPoolPeriod.check({ planPeriodId: '2025', poolPeriodIds: ['2011'], names: { plan: '2025–28', pool: ['2011–14'] } });
    expect(f).toMatchObject({ rule: 'FIN-POOL-PERIOD', path: 'planId', message: { da: 'Puljen tjener 2011–14; planen hører til 2025–28' } });
  });
  it('the plan report shows an allocation from a pool of another period', () => {
    const s = cleanPlan();
    s.poolAllocations = [allocation({ poolFundingPeriodIds: ['other'] })];
    expect(rulesOf(s).errors).toEqual(['FIN-POOL-PERIOD']);
  });
});

describe('FIN-POOL-COMMITTED', () => {
  const effect = (over: Partial<DecisionEffect>): DecisionEffect => ({ step: 'committee', outcome: 'approved', toStatus: 'committee_approval', corrects: null, ...over });
  it('reserved until the City Council approves, committed from then on', () => {
    expect(stateOfNewAllocation('draft')).toBe('reserved');
    expect(stateOfNewAllocation('city_council')).toBe('reserved');
    expect(stateOfNewAllocation('housing_organisation_approval')).toBe('committed');
    expect(stateOfNewAllocation('running')).toBe('committed');
    expect(stateAfterDecision('reserved', effect({}))).toBe('reserved');
    expect(stateAfterDecision('reserved', effect({ step: 'finance_committee', toStatus: 'city_council' }))).toBe('reserved');
    expect(stateAfterDecision('reserved', effect({ step: 'city_council', toStatus: 'housing_organisation_approval' }))).toBe('committed');
    expect(stateAfterDecision('committed', effect({ step: 'housing_board', toStatus: 'sent_to_fund' }))).toBe('committed');
    expect(stateAfterDecision('committed', effect({ step: 'housing_board', outcome: 'returned', toStatus: 'draft' }))).toBe('committed');
  });
  it('released when the plan is refused or withdrawn, and released stays released', () => {
    expect(stateAfterDecision('reserved', effect({ step: 'committee', outcome: 'refused', toStatus: 'refused' }))).toBe('released');
    expect(stateAfterDecision('committed', effect({ step: 'fund_commitment', outcome: 'refused', toStatus: 'refused' }))).toBe('released');
    expect(stateAfterDecision('reserved', effect({ step: 'withdrawal', outcome: 'withdrawn', toStatus: 'withdrawn' }))).toBe('released');
    expect(stateAfterDecision('released', effect({ step: 'city_council', toStatus: 'housing_organisation_approval' }))).toBe('released');
  });
  it('a correction that takes back the City Council’s approval makes the allocation reserved again', () => {
    const corrects = { step: 'city_council' as const, outcome: 'approved' as const };
    expect(stateAfterDecision('committed', effect({ step: 'city_council', outcome: 'returned', toStatus: 'draft', corrects }))).toBe('reserved');
    expect(stateAfterDecision('committed', effect({ step: 'city_council', outcome: 'refused', toStatus: 'refused', corrects }))).toBe('released');
  });
  it('refuses a new allocation to a refused or withdrawn plan, and any change of a released one', () => {
    expect(finPoolCommitted.check({ planStatus: 'draft', state: null })).toEqual([]);
    expect(finPoolCommitted.check({ planStatus: 'running', state: 'committed' })).toEqual([]);
    expect(finPoolCommitted.check({ planStatus: 'refused', state: null })).toEqual([expect.objectContaining({ rule: 'FIN-POOL-COMMITTED', path: 'planId' })]);
    expect(finPoolCommitted.check({ planStatus: 'withdrawn', state: null })[0]?.rule).toBe('FIN-POOL-COMMITTED');
    expect(finPoolCommitted.check({ planStatus: 'refused', state: 'released' })).toEqual([expect.objectContaining({ rule: 'FIN-POOL-COMMITTED', path: 'amountOre' })]);
  });
  it('the pool shows capacity = committed + reserved + free; released money is free', () => {
    const amounts = poolAmounts(1000, [
      { state: 'committed', amountOre: 300 },
      { state: 'reserved', amountOre: 200 },
      { state: 'released', amountOre: 400 },
    ]);
    expect(amounts).toEqual({ capacityOre: 1000, committedOre: 300, reservedOre: 200, allocatedOre: 500, freeOre: 500 });
  });
});

describe('FIN-POOL-MATCH', () => {
  it('warns when municipal lines differ from the allocation', () => {
    const s = cleanPlan();
    s.poolAllocations = [allocation()];
    expect(rulesOf(s)).toEqual({ errors: [], warnings: [], canSubmit: true });
    s.poolAllocations[0]!.amountOre = 124_999_99;
    s.poolAllocations[0]!.poolAllocatedOre = 124_999_99;
    expect(rulesOf(s)).toEqual({ errors: [], warnings: ['FIN-POOL-MATCH'], canSubmit: true });
  });
});
