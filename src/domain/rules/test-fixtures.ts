/** A clean plan snapshot for the rule tests (pure data; used by *.test.ts only). */
import { rules2011to14 } from '../funding-rules.ts';
import type { BudgetLineData, PlanSnapshot } from '../plans.ts';

export const area1 = 'area-1';
export const area2 = 'area-2';

/** A clean plan: 2013–16, 75 % fund, 12.5 % municipal (10.6 + 1.9), 12.5 % housing. */
export function cleanPlan(lines?: BudgetLineData[]): PlanSnapshot {
  return {
    plan: { startDate: '2013-01-01', endDate: '2016-12-31', housingOrganisationId: 'org-1', fundingPeriodId: 'p' },
    urbanArea: { id: 'ua', municipalityId: 'kk', vulnerable: true },
    municipalityId: 'kk',
    estates: [{ id: 'e1', name: 'Akacieparken', housingOrganisationId: 'org-1', urbanAreaId: 'ua', municipalityId: 'kk' }],
    goals: [
      {
        id: 'g1',
        title: 'Flere unge i uddannelse',
        criteria: [
          {
            id: 'c1',
            description: 'Andel unge i uddannelse',
            indicator: { name: 'Unge i uddannelse', unit: '%', baselineValue: 60, baselineYear: 2012 },
            targets: [2013, 2014, 2015, 2016].map((year, i) => ({ year, value: 62 + i })),
          },
        ],
      },
    ],
    activities: [{ id: 'a1', name: 'Lektiecafé', interventionAreaId: area1, goalIds: ['g1'] }],
    interventionAreaIds: [area1, area2],
    budgetLines: lines ?? [
      line('fund', 750_000_00),
      line('municipal', 106_000_00, 'contract'),
      line('municipal', 19_000_00, 'facilitation'),
      line('housing', 125_000_00),
    ],
    poolAllocations: [],
    cooperation: { administrationIds: ['bif'], agreementDate: '2012-11-01', reference: 'BR 123/2012' },
    rules: rules2011to14,
  };
}

export function line(source: BudgetLineData['source'], amountOre: number, municipalPart: BudgetLineData['municipalPart'] = null, year = 2013): BudgetLineData {
  return { year, interventionAreaId: area1, activityId: null, source, municipalPart, amountOre };
}
