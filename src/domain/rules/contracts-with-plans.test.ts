import { describe, expect, it } from 'vitest';
import { type NamedContracts, appContractsWithPlans } from './contracts-with-plans.ts';

const found = new Map<string, { urbanAreaId: string; status: 'draft' | 'approved'; title: string }>([
  ['draft', { urbanAreaId: 'norrebro', status: 'draft', title: 'Kontrakt A' }],
  ['approved', { urbanAreaId: 'norrebro', status: 'approved', title: 'Kontrakt B' }],
  ['elsewhere', { urbanAreaId: 'valby', status: 'draft', title: 'Kontrakt C' }],
]);
const check = (input: Partial<NamedContracts>) =>
  appContractsWithPlans.check({ body: 'city_council', outcome: 'approved', urbanAreaId: 'norrebro', named: [], found, ...input }).map((f) => [f.path, f.rule]);

describe('APP-CONTRACTS-WITH-PLANS', () => {
  it("lets the City Council's approval name the area's drafts, or none", () => {
    expect(check({ named: ['draft'] })).toEqual([]);
    expect(check({ named: [] })).toEqual([]);
    expect(check({ body: 'finance_committee', named: [] })).toEqual([]);
  });

  it('refuses a contract that is approved, of another area or unknown', () => {
    expect(check({ named: ['draft', 'approved', 'elsewhere', 'unknown'] })).toEqual([
      ['contractIds.1', 'APP-CONTRACTS-WITH-PLANS'],
      ['contractIds.2', 'APP-CONTRACTS-WITH-PLANS'],
      ['contractIds.3', 'APP-CONTRACTS-WITH-PLANS'],
    ]);
  });

  it('refuses contracts named by any other decision', () => {
    expect(check({ body: 'finance_committee', named: ['draft'] })).toEqual([['contractIds', 'APP-CONTRACTS-WITH-PLANS']]);
    expect(check({ outcome: 'returned', named: ['draft'] })).toEqual([['contractIds', 'APP-CONTRACTS-WITH-PLANS']]);
  });
});
