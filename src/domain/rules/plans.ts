/** PLAN-* rules (docs/rules.md, "Plans"): each rule once, with its id, severity, source and messages. */
import { type PlanSnapshot, addYears, dayBefore, planYears } from '../plans.ts';
import { type Finding, type Rule, finder } from './rule.ts';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Reads only the dates and the rule set, so a write can check it before anything is stored. */
export const planPeriod: Rule<Pick<PlanSnapshot, 'plan'> & { rules: Pick<PlanSnapshot['rules'], 'normalPlanYears'> }> = {
  id: 'PLAN-PERIOD',
  severity: 'error',
  source: 'lbf_2011_14',
  statement: {
    da: 'En plan løber i en periode med start før slut, som hovedregel 4 år.',
    en: 'A plan runs for a period with start before end, as a rule 4 years.',
  },
  check: ({ plan, rules }) => {
    const found = finder(planPeriod);
    const { startDate, endDate } = plan;
    if (!isoDate.test(startDate) || !isoDate.test(endDate)) {
      return [found('error', 'startDate', { da: 'Planen mangler start- eller slutdato', en: 'The plan lacks a start or end date' })];
    }
    if (startDate > endDate) {
      return [
        found('error', 'endDate', {
          da: `Slutdatoen (${endDate}) ligger før startdatoen (${startDate})`,
          en: `The end date (${endDate}) is before the start date (${startDate})`,
        }),
      ];
    }
    const n = rules.normalPlanYears;
    const normalEnd = addYears(startDate, n);
    if (endDate !== normalEnd && endDate !== dayBefore(normalEnd)) {
      return [
        found('warning', 'endDate', {
          da: `Planen løber ${startDate}–${endDate}; som hovedregel løber en plan ${n} år (til ${dayBefore(normalEnd)})`,
          en: `The plan runs ${startDate}–${endDate}; as a rule a plan runs ${n} years (until ${dayBefore(normalEnd)})`,
        }),
      ];
    }
    return [];
  },
};

export const planEstates: Rule<PlanSnapshot> = {
  id: 'PLAN-ESTATES',
  severity: 'error',
  source: 'lbf_2011_14',
  statement: {
    da: 'En plan omfatter en eller flere afdelinger i planens kommune; den ansøgende boligorganisation ejer mindst én af dem.',
    en: "A plan covers one or more estates in the plan's municipality; the lead housing organisation owns at least one of them.",
  },
  check: ({ plan, estates, municipalityId }) => {
    const found = finder(planEstates);
    if (estates.length === 0) {
      return [found('error', 'estateIds', { da: 'Planen omfatter ingen afdelinger', en: 'The plan covers no estates' })];
    }
    const out: Finding[] = [];
    estates.forEach((e, i) => {
      if (municipalityId !== null && e.municipalityId !== municipalityId) {
        out.push(
          found('error', `estateIds.${i}`, {
            da: `Afdelingen ${e.name} ligger ikke i planens kommune`,
            en: `The estate ${e.name} is not in the plan's municipality`,
          }),
        );
      }
    });
    if (!estates.some((e) => e.housingOrganisationId === plan.housingOrganisationId)) {
      out.push(
        found('error', 'housingOrganisationId', {
          da: 'Den ansøgende boligorganisation ejer ingen af planens afdelinger',
          en: "The lead housing organisation owns none of the plan's estates",
        }),
      );
    }
    return out;
  },
};

export const planArea: Rule<PlanSnapshot> = {
  id: 'PLAN-AREA',
  severity: 'error',
  source: 'fact_sheet',
  statement: {
    da: 'En plan hører til præcis ét byområde og dermed til dets boligsociale forum.',
    en: "A plan belongs to exactly one urban area and so to that area's forum.",
  },
  check: ({ urbanArea, estates }) => {
    const found = finder(planArea);
    if (!urbanArea) {
      return [found('error', 'urbanAreaId', { da: 'Planen hører ikke til et byområde', en: 'The plan belongs to no urban area' })];
    }
    // Inference: a plan's estates normally lie in its urban area; one elsewhere is worth a look.
    return estates.flatMap((e, i) =>
      e.urbanAreaId === urbanArea.id
        ? []
        : [
            found('warning', `estateIds.${i}`, {
              da: `Afdelingen ${e.name} ligger i et andet byområde end planen`,
              en: `The estate ${e.name} lies in another urban area than the plan`,
            }),
          ],
    );
  },
};

export const planGoals: Rule<PlanSnapshot> = {
  id: 'PLAN-GOALS',
  severity: 'error',
  source: 'lbf_2011_14',
  statement: {
    da: 'Hvert mål har mindst ét succeskriterium; hvert succeskriterium har en indikator med enhed, baseline og mål.',
    en: 'Every goal has at least one success criterion; every success criterion has an indicator with unit, baseline and a target.',
  },
  check: ({ goals, plan }) => {
    const found = finder(planGoals);
    if (goals.length === 0) {
      return [found('error', 'goals', { da: 'Planen har ingen mål', en: 'The plan has no goals' })];
    }
    const years = planYears(plan.startDate, plan.endDate);
    const out: Finding[] = [];
    goals.forEach((goal, g) => {
      if (goal.criteria.length === 0) {
        out.push(
          found('error', `goals.${g}.criteria`, {
            da: `Målet "${goal.title}" har intet succeskriterium`,
            en: `The goal "${goal.title}" has no success criterion`,
          }),
        );
      }
      goal.criteria.forEach((c, k) => {
        const at = `goals.${g}.criteria.${k}`;
        const name = c.indicator.name || c.description;
        if (c.indicator.unit.trim() === '') {
          out.push(found('error', `${at}.indicator.unit`, { da: `Indikatoren "${name}" mangler en enhed`, en: `The indicator "${name}" has no unit` }));
        }
        if (c.indicator.baselineValue === null || c.indicator.baselineYear === null) {
          out.push(
            found('error', `${at}.indicator.baselineValue`, {
              da: `Indikatoren "${name}" mangler baseline (værdi og år)`,
              en: `The indicator "${name}" lacks a baseline (value and year)`,
            }),
          );
        }
        if (c.targets.length === 0) {
          out.push(found('error', `${at}.targets`, { da: `Indikatoren "${name}" har intet mål`, en: `The indicator "${name}" has no target` }));
          return;
        }
        const missing = years.filter((y) => !c.targets.some((t) => t.year === y));
        if (missing.length > 0) {
          out.push(
            found('warning', `${at}.targets`, {
              da: `Indikatoren "${name}" har intet mål for ${missing.join(', ')}`,
              en: `The indicator "${name}" has no target for ${missing.join(', ')}`,
            }),
          );
        }
      });
    });
    return out;
  },
};

export const planActivityArea: Rule<PlanSnapshot> = {
  id: 'PLAN-ACTIVITY-AREA',
  severity: 'error',
  source: 'lbf_2011_14',
  statement: {
    da: 'Hver aktivitet hører til ét indsatsområde i planens bevillingsperiode.',
    en: "Every activity belongs to one intervention area of the plan's funding period.",
  },
  check: ({ activities, budgetLines, interventionAreaIds }) => {
    const found = finder(planActivityArea);
    const known = new Set(interventionAreaIds);
    const out: Finding[] = [];
    activities.forEach((a, i) => {
      if (!known.has(a.interventionAreaId)) {
        out.push(
          found('error', `activities.${i}.interventionAreaId`, {
            da: `Aktiviteten "${a.name}" hører ikke til et indsatsområde i planens bevillingsperiode`,
            en: `The activity "${a.name}" is not under an intervention area of the plan's funding period`,
          }),
        );
      }
    });
    const activityArea = new Map(activities.map((a) => [a.id, a.interventionAreaId]));
    budgetLines.forEach((l, i) => {
      if (!known.has(l.interventionAreaId)) {
        out.push(
          found('error', `budgetLines.${i}.interventionAreaId`, {
            da: `Budgetlinje ${i + 1} hører ikke til et indsatsområde i planens bevillingsperiode`,
            en: `Budget line ${i + 1} is not under an intervention area of the plan's funding period`,
          }),
        );
      } else if (l.activityId !== null && activityArea.get(l.activityId) !== l.interventionAreaId) {
        out.push(
          found('error', `budgetLines.${i}.activityId`, {
            da: `Budgetlinje ${i + 1} peger på en aktivitet under et andet indsatsområde eller i en anden plan`,
            en: `Budget line ${i + 1} names an activity of another intervention area or plan`,
          }),
        );
      }
    });
    return out;
  },
};

export const planRules = [planPeriod, planEstates, planArea, planGoals, planActivityArea];
