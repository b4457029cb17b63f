import { describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../plans.ts';
import { planActivityArea, planArea, planEstates, planGoals, planPeriod } from './plans.ts';
import { writeErrors } from './report.ts';
import { cleanPlan, line } from './test-fixtures.ts';
import type { Rule } from './rule.ts';

const found = (rule: Rule<PlanSnapshot>, s: PlanSnapshot) => rule.check(s).map((f) => `${f.severity}:${f.path}`);

describe('PLAN-PERIOD', () => {
  it('4 years (to the day before, or the same day) is clean; another length warns; inverted is an error', () => {
    const s = cleanPlan();
    expect(found(planPeriod, s)).toEqual([]);
    s.plan.endDate = '2017-01-01';
    expect(found(planPeriod, s)).toEqual([]);
    s.plan.endDate = '2015-12-31';
    expect(found(planPeriod, s)).toEqual(['warning:endDate']);
    s.plan.endDate = '2012-12-31';
    expect(found(planPeriod, s)).toEqual(['error:endDate']);
    s.plan.startDate = '';
    expect(found(planPeriod, s)).toEqual(['error:startDate']);
  });
  it('uses the rule set parameter', () => {
    const s = cleanPlan();
    s.rules = { ...s.rules, normalPlanYears: 3 };
    expect(found(planPeriod, s)).toEqual(['warning:endDate']);
  });
});

describe('PLAN-ESTATES', () => {
  it('needs an estate, in the municipality, one of them the lead organisation’s', () => {
    const s = cleanPlan();
    expect(found(planEstates, s)).toEqual([]);
    s.estates.push({ id: 'e2', name: 'Other', housingOrganisationId: 'org-2', urbanAreaId: 'ua', municipalityId: 'aarhus' });
    expect(found(planEstates, s)).toEqual(['error:estateIds.1']);
    s.estates.shift();
    expect(found(planEstates, s)).toEqual(['error:estateIds.0', 'error:housingOrganisationId']);
    s.estates = [];
    expect(found(planEstates, s)).toEqual(['error:estateIds']);
  });
  it('allows estates of several organisations', () => {
    const s = cleanPlan();
    s.estates.push({ id: 'e2', name: 'Lukretiavej', housingOrganisationId: 'org-2', urbanAreaId: 'ua', municipalityId: 'kk' });
    expect(found(planEstates, s)).toEqual([]);
  });
});

describe('PLAN-AREA', () => {
  it('needs an urban area; an estate elsewhere warns', () => {
    const s = cleanPlan();
    expect(found(planArea, s)).toEqual([]);
    s.estates[0]!.urbanAreaId = 'elsewhere';
    expect(found(planArea, s)).toEqual(['warning:estateIds.0']);
    s.urbanArea = null;
    expect(found(planArea, s)).toEqual(['error:urbanAreaId']);
  });
});

describe('PLAN-GOALS', () => {
  it('needs goals with criteria, units, baselines and targets', () => {
    const s = cleanPlan();
    expect(found(planGoals, s)).toEqual([]);
    const c = s.goals[0]!.criteria[0]!;
    c.targets = c.targets.slice(1);
    expect(found(planGoals, s)).toEqual(['warning:goals.0.criteria.0.targets']);
    c.targets = [];
    c.indicator = { name: 'x', unit: ' ', baselineValue: null, baselineYear: 2012 };
    expect(found(planGoals, s)).toEqual([
      'error:goals.0.criteria.0.indicator.unit',
      'error:goals.0.criteria.0.indicator.baselineValue',
      'error:goals.0.criteria.0.targets',
    ]);
    s.goals[0]!.criteria = [];
    expect(found(planGoals, s)).toEqual(['error:goals.0.criteria']);
    s.goals = [];
    expect(found(planGoals, s)).toEqual(['error:goals']);
  });
});

describe('PLAN-ACTIVITY-AREA', () => {
  it('activities and budget lines belong to an intervention area of the period', () => {
    const s = cleanPlan();
    expect(found(planActivityArea, s)).toEqual([]);
    s.activities[0]!.interventionAreaId = 'other-period';
    s.budgetLines.push({ ...line('fund', 1), interventionAreaId: 'other-period' });
    s.budgetLines.push({ ...line('fund', 1), activityId: 'a1' });
    expect(found(planActivityArea, s)).toEqual(['error:activities.0.interventionAreaId', 'error:budgetLines.4.interventionAreaId', 'error:budgetLines.5.activityId']);
  });
});

describe('rules refused on write', () => {
  it('are structural only: an incomplete draft is writable', () => {
    const s = cleanPlan([]);
    s.goals = [];
    expect(writeErrors(s)).toEqual([]);
    s.budgetLines = [line('municipal', 1, 'contract')];
    s.cooperation.agreementDate = null;
    expect(writeErrors(s).map((f) => f.rule)).toEqual(['FIN-COOPERATION']);
  });
});
