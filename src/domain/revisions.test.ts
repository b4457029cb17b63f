import { describe, expect, it } from 'vitest';
import { type PlanContent, comparePlanSnapshots } from './revisions.ts';

const base = (): PlanContent => ({
  plan: {
    name: 'Helhedsplan Bispebjerg',
    startDate: '2013-01-01',
    endDate: '2016-12-31',
    challenges: 'Unge uden uddannelse',
    housingOrganisationId: 'fsb',
    housingOrganisationName: 'fsb',
    urbanAreaId: 'ua',
    urbanAreaName: 'Bispebjerg',
    fundingPeriodId: 'p',
    committeeIds: ['tmu', 'buu'],
    cooperation: { administrationIds: ['bif', 'buf'], agreementDate: '2012-11-01', reference: 'BR 2012/123' },
  },
  estates: [{ id: 'e1', name: 'Bispeparken' }],
  interventionAreas: [
    { id: 'a1', number: 1, name: 'Børn, unge og familie' },
    { id: 'a2', number: 2, name: 'Uddannelse, beskæftigelse og erhverv' },
  ],
  goals: [
    {
      id: 'g1',
      title: 'Flere unge i uddannelse',
      description: '',
      criteria: [
        {
          id: 'c1',
          description: 'Andel i uddannelse',
          indicator: { name: 'Unge i uddannelse', unit: '%', baselineValue: 55, baselineYear: 2012 },
          targets: [
            { year: 2013, value: 57 },
            { year: 2014, value: 59 },
          ],
        },
      ],
    },
  ],
  activities: [{ id: 'x1', name: 'Lektiecafé', description: '', interventionAreaId: 'a1', carriedOutBy: 'plan_staff', administrationId: null, goalIds: ['g1'] }],
  budgetLines: [
    { year: 2013, interventionAreaId: 'a1', activityId: null, source: 'fund', amountOre: 750_000_00 },
    { year: 2013, interventionAreaId: 'a2', activityId: null, source: 'municipal', municipalPart: 'contract', amountOre: 125_000_00 },
    { year: 2014, interventionAreaId: 'a1', activityId: null, source: 'fund', amountOre: 750_000_00 },
  ].map((l) => ({ municipalPart: null, ...l }) as PlanContent['budgetLines'][number]),
});

describe('comparePlanSnapshots', () => {
  it('finds nothing between equal versions (order of ids does not matter)', () => {
    const b = base();
    b.plan.committeeIds.reverse();
    // As read back from jsonb: the same objects with their keys in another order.
    b.budgetLines = b.budgetLines.map((l) => Object.fromEntries(Object.entries(l).reverse()) as typeof l);
    const c = comparePlanSnapshots(base(), b);
    expect(c.changed).toBe(false);
    expect(c.fields).toEqual([]);
    expect(c.goals.map((g) => g.change)).toEqual(['unchanged']);
    expect(c.budget.total).toEqual({ fromOre: 1_625_000_00, toOre: 1_625_000_00, differenceOre: 0 });
  });

  it('shows a changed budget cell, and its year, area, source and total', () => {
    const to = base();
    to.budgetLines[2]!.amountOre = 800_000_00;
    to.budgetLines.push({ year: 2014, interventionAreaId: 'a2', activityId: null, source: 'housing', municipalPart: null, amountOre: 10_000_00 });
    const c = comparePlanSnapshots(base(), to);
    expect(c.changed).toBe(true);
    expect(c.budget.cells.filter((x) => x.differenceOre !== 0)).toEqual([
      { year: 2014, interventionAreaId: 'a1', interventionAreaName: 'Børn, unge og familie', source: 'fund', fromOre: 750_000_00, toOre: 800_000_00, differenceOre: 50_000_00 },
      { year: 2014, interventionAreaId: 'a2', interventionAreaName: 'Uddannelse, beskæftigelse og erhverv', source: 'housing', fromOre: 0, toOre: 10_000_00, differenceOre: 10_000_00 },
    ]);
    expect(c.budget.byYear).toEqual([
      { year: 2013, fromOre: 875_000_00, toOre: 875_000_00, differenceOre: 0 },
      { year: 2014, fromOre: 750_000_00, toOre: 810_000_00, differenceOre: 60_000_00 },
    ]);
    expect(c.budget.bySource.find((s) => s.source === 'fund')).toMatchObject({ differenceOre: 50_000_00 });
    expect(c.budget.byArea.map((a) => a.interventionAreaId)).toEqual(['a1', 'a2']);
    expect(c.budget.total.differenceOre).toBe(60_000_00);
  });

  it('shows goals, criteria, indicator and target changes, added and removed', () => {
    const to = base();
    const crit = to.goals[0]!.criteria[0]!;
    crit.targets[1]!.value = 62;
    crit.targets.push({ year: 2015, value: 64 });
    crit.indicator.baselineValue = 54;
    to.goals.push({ id: 'g2', title: 'Tryghed', description: '', criteria: [] });
    const c = comparePlanSnapshots(base(), to);
    expect(c.goals.map((g) => [g.id, g.change])).toEqual([['g1', 'changed'], ['g2', 'added']]);
    expect(c.goals[0]!.criteria[0]!.fields).toEqual([{ field: 'indicator.baselineValue', from: 55, to: 54 }]);
    expect(c.goals[0]!.criteria[0]!.targets).toEqual([
      { year: 2013, from: 57, to: 57, difference: 0 },
      { year: 2014, from: 59, to: 62, difference: 3 },
      { year: 2015, from: null, to: 64, difference: null },
    ]);
    const back = comparePlanSnapshots(to, base());
    expect(back.goals.map((g) => [g.id, g.change])).toEqual([['g1', 'changed'], ['g2', 'removed']]);
  });

  it('shows plan fields, estates and activities', () => {
    const to = base();
    to.plan.endDate = '2017-06-30';
    to.estates.push({ id: 'e2', name: 'Stærevej' });
    to.activities[0]!.name = 'Lektiecafé og mentorer';
    to.activities.push({ id: 'x2', name: 'Jobcafé', description: '', interventionAreaId: 'a2', carriedOutBy: 'both', administrationId: 'bif', goalIds: [] });
    const c = comparePlanSnapshots(base(), to);
    expect(c.fields).toEqual([{ field: 'endDate', from: '2016-12-31', to: '2017-06-30' }]);
    expect(c.estates).toEqual({ added: [{ id: 'e2', name: 'Stærevej' }], removed: [] });
    expect(c.activities.map((a) => [a.id, a.change, a.fields.map((f) => f.field)])).toEqual([
      ['x1', 'changed', ['name']],
      ['x2', 'added', []],
    ]);
  });
});
