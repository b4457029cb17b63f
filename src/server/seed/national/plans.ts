/**
 * The plans of the synthetic Denmark with their content: estates, committees, cooperation, goals
 * with success criteria and targets for every plan year, activities and a budget that keeps every
 * financing rule (FIN-*) exactly, in whole øre. Status, decisions and pool money come after
 * (routes.ts, money.ts). Pure.
 */
import type { FundRules } from '../../../domain/funding-rules.ts';
import { addYears, dayBefore, planYears } from '../../../domain/plans.ts';
import { monthsPerYear } from '../copenhagen-plans.ts';
import { activityTemplates, goalTitle, indicatorTemplates, leadAdministration, syntheticNote } from './catalogue.ts';
import type { PlannedCounts } from './counts.ts';
import { pad, random, syntheticId } from './random.ts';
import { type EstateRow, type Registry, type UrbanAreaRow, synthetic } from './registry.ts';

export type ReferenceArea = { id: string; number: number; name: string; municipalInterface: boolean };
export type ReferencePeriod = { id: string; name: string; startYear: number; rules: FundRules; areas: ReferenceArea[] };

export type PlanRow = {
  id: string;
  name: string;
  fundingPeriodId: string;
  urbanAreaId: string;
  housingOrganisationId: string;
  startDate: string;
  endDate: string;
  status: string;
  challenges: string;
  cooperationAgreementDate: string | null;
  cooperationReference: string | null;
  provenance: typeof synthetic;
  version: number;
  createdAt: string;
  updatedAt: string;
};
type Stamped = { createdAt: string; updatedAt: string };
export type GoalRow = Stamped & { id: string; planId: string; position: number; title: string; description: string };
export type CriterionRow = Stamped & {
  id: string;
  goalId: string;
  position: number;
  description: string;
  indicatorName: string;
  indicatorUnit: string;
  baselineValue: number;
  baselineYear: number;
};
export type TargetRow = Stamped & { id: string; successCriterionId: string; year: number; value: number; originalValue: number };
export type ActivityRow = Stamped & {
  id: string;
  planId: string;
  interventionAreaId: string;
  name: string;
  description: string;
  carriedOutBy: 'plan_staff' | 'administration' | 'both';
  administrationId: string | null;
};
export type BudgetLineRow = Stamped & {
  id: string;
  planId: string;
  year: number;
  interventionAreaId: string;
  activityId: null;
  source: 'fund' | 'municipal' | 'housing' | 'other';
  municipalPart: 'contract' | 'facilitation' | null;
  amountOre: number;
  note: string;
};

/** One plan and everything that belongs to it. */
export type PlanBundle = {
  plan: PlanRow;
  period: ReferencePeriod;
  area: UrbanAreaRow;
  /** In the order the plan's reads give them (by name). */
  estates: EstateRow[];
  committeeIds: string[];
  partnerAdministrationIds: string[];
  focus: ReferenceArea[];
  goals: GoalRow[];
  criteria: CriterionRow[];
  targets: TargetRow[];
  activities: ActivityRow[];
  activityGoals: { activityId: string; goalId: string }[];
  budgetLines: BudgetLineRow[];
  /** The municipal budget lines' total: what a pool allocation must match (FIN-POOL-MATCH). */
  municipalOre: number;
};

/** The start dates a period's plans begin on: the first of a quarter, in these years. */
const startYears: [number, number][] = [
  [2011, 2014],
  [2015, 2018],
  [2019, 2026],
];

/** A timestamp `seconds` after midnight (UTC) of an ISO date. */
export const stamp = (isoDate: string, seconds = 0): string => new Date(Date.parse(`${isoDate}T08:00:00Z`) + seconds * 1000).toISOString();

/** The ISO date `days` after an ISO date. */
export const addDays = (isoDate: string, days: number): string => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const kr = (n: number) => n * 100;

export function generatePlans(seed: number, counts: PlannedCounts, registry: Registry, periods: ReferencePeriod[]): PlanBundle[] {
  const r = random(seed, 'plans');
  const id = (kind: string, n: number | string) => syntheticId(seed, kind, n);
  const municipalityOf = new Map(registry.municipalities.map((m) => [m.id, m]));
  const estatesOfArea = new Map<string, EstateRow[]>();
  for (const e of registry.estates) estatesOfArea.set(e.urbanAreaId, [...(estatesOfArea.get(e.urbanAreaId) ?? []), e]);
  const vulnerableAreas = registry.urbanAreas.filter((a) => a.vulnerable);
  const otherAreas = registry.urbanAreas.filter((a) => !a.vulnerable);
  const administrationsOf = (municipalityId: string) => registry.administrations.filter((a) => a.municipalityId === municipalityId);
  const committeesOf = (municipalityId: string) => registry.committees.filter((c) => c.municipalityId === municipalityId && c.kind === 'committee');

  const bundles: PlanBundle[] = [];
  for (let i = 0; i < counts.plans; i++) {
    // A third of the plans in each funding period.
    const pi = i % periods.length;
    const period = periods[pi]!;
    const [fromYear, toYear] = startYears[pi]!;
    const startDate = `${r.int(fromYear, toYear)}-${pad(1 + 3 * r.int(0, 3), 2)}-01`;
    const endDate = dayBefore(addYears(startDate, 4));
    const years = planYears(startDate, endDate);

    const area = otherAreas.length === 0 || r.chance(0.85) ? r.pick(vulnerableAreas) : r.pick(otherAreas);
    const municipality = municipalityOf.get(area.municipalityId)!;
    const estates = r.sample(estatesOfArea.get(area.id)!, r.int(1, 4)).sort((a, b) => (a.name < b.name ? -1 : 1));
    const lead = r.pick(estates).housingOrganisationId;
    const planId = id('plan', i);
    const created = stamp(addDays(startDate, -730), i);

    const bodies = administrationsOf(municipality.id);
    const cooperation = r.chance(0.85);
    const partners = cooperation
      ? [bodies.find((a) => a.abbreviation === leadAdministration)!, ...r.sample(bodies.filter((a) => a.abbreviation !== leadAdministration), r.int(0, 2))]
      : [];
    const standing = committeesOf(municipality.id);
    const leadCommittee = standing.find((c) => c.abbreviation === 'TMU')!;
    const committees = [leadCommittee, ...r.sample(standing.filter((c) => c !== leadCommittee), r.int(0, 2))];

    const plan: PlanRow = {
      id: planId,
      name: `Syntetisk helhedsplan ${pad(i + 1, 5)}, ${area.name.replace('Syntetisk byområde', 'byområde')}`,
      fundingPeriodId: period.id,
      urbanAreaId: area.id,
      housingOrganisationId: lead,
      startDate,
      endDate,
      status: 'draft',
      challenges: `${syntheticNote} Planen dækker ${estates.length} afdeling(er) i ${area.name}, ${municipality.name}.`,
      // The date is set with the route (routes.ts): after the first step, before submission.
      cooperationAgreementDate: cooperation ? startDate : null,
      cooperationReference: cooperation ? `Syntetisk samarbejdsaftale ${municipality.code}/${pad(i + 1, 5)}` : null,
      provenance: synthetic,
      version: 1,
      createdAt: created,
      updatedAt: created,
    };

    // Goals: one per focus area; each with one or two success criteria and a target every plan year.
    const focus = r.sample(period.areas, r.int(2, Math.min(4, period.areas.length)));
    const content = (n: number) => ({ createdAt: stamp(addDays(startDate, -700), n), updatedAt: stamp(addDays(startDate, -700), n) });
    let tick = 0;
    const goals: GoalRow[] = [];
    const criteria: CriterionRow[] = [];
    const targets: TargetRow[] = [];
    for (const [g, fa] of focus.entries()) {
      const goal = { id: id('goal', `${i}:${g}`), planId, position: g + 1, title: goalTitle(fa.name.toLowerCase(), g + i), description: syntheticNote, ...content(tick++) };
      goals.push(goal);
      for (let k = 0; k < r.int(1, 2); k++) {
        const t = r.pick(indicatorTemplates);
        const baseline = r.int(t.baseline[0], t.baseline[1]);
        const name = t.name(fa.name.toLowerCase());
        const criterion = {
          id: id('criterion', `${i}:${g}:${k}`),
          goalId: goal.id,
          position: k + 1,
          description: `${name}: fra ${baseline} (${years[0]! - 1}) til ${baseline + t.step * years.length} (${years.at(-1)})`,
          indicatorName: name,
          indicatorUnit: t.unit,
          baselineValue: baseline,
          baselineYear: years[0]! - 1,
          ...content(tick++),
        };
        criteria.push(criterion);
        for (const [y, year] of years.entries()) {
          const value = baseline + t.step * (y + 1);
          targets.push({ id: id('target', `${i}:${g}:${k}:${year}`), successCriterionId: criterion.id, year, value, originalValue: value, ...content(tick++) });
        }
      }
    }

    // Activities: one or two per focus area, serving that area's goal.
    const activities: ActivityRow[] = [];
    const activityGoals: { activityId: string; goalId: string }[] = [];
    for (const [g, fa] of focus.entries()) {
      for (const [k, t] of r.sample(activityTemplates, r.int(1, 2)).entries()) {
        const carriedOutBy = partners.length === 0 ? 'plan_staff' : t.carriedOutBy;
        const activity: ActivityRow = {
          id: id('activity', `${i}:${g}:${k}`),
          planId,
          interventionAreaId: fa.id,
          name: t.name(fa.name.toLowerCase()),
          description: syntheticNote,
          carriedOutBy,
          administrationId: carriedOutBy === 'plan_staff' ? null : r.pick(partners).id,
          ...content(tick++),
        };
        activities.push(activity);
        activityGoals.push({ activityId: activity.id, goalId: goals[g]!.id });
      }
    }

    // The budget: per calendar year and focus area a whole number of 1,000 kr., so that every
    // share below is whole øre and every FIN-* check holds exactly.
    const yearlyFrameKr = r.int(12, 70) * 100_000;
    const mix = cooperation ? (r.chance(0.8) ? 'coop' : 'coop_other') : r.chance(0.5) ? 'local' : 'local_other';
    const budgetLines: BudgetLineRow[] = [];
    let municipalOre = 0;
    for (const [year, months] of monthsPerYear(startDate, endDate)) {
      const perAreaKr = Math.floor((yearlyFrameKr * months) / 12 / focus.length / 1000) * 1000;
      for (const fa of focus) {
        const a = kr(perAreaKr);
        const parts: [BudgetLineRow['source'], BudgetLineRow['municipalPart'], number][] =
          mix === 'coop'
            ? [['municipal', 'contract', (a * 106) / 1000], ['municipal', 'facilitation', (a * 19) / 1000], ['housing', null, a / 8]]
            : mix === 'coop_other'
              ? [['municipal', 'contract', (a * 106) / 1000], ['municipal', 'facilitation', (a * 19) / 1000], ['housing', null, a / 10], ['other', null, a / 20]]
              : mix === 'local'
                ? [['housing', null, a / 4]]
                : [['housing', null, a / 5], ['other', null, a / 20]];
        const fund = a - parts.reduce((s, [, , x]) => s + x, 0);
        for (const [source, municipalPart, amountOre] of [['fund', null, fund] as const, ...parts]) {
          if (source === 'municipal') municipalOre += amountOre;
          budgetLines.push({
            id: id('budget_line', `${i}:${year}:${fa.number}:${source}:${municipalPart ?? ''}`),
            planId,
            year,
            interventionAreaId: fa.id,
            activityId: null,
            source,
            municipalPart,
            amountOre,
            note: '',
            ...content(tick++),
          });
        }
      }
    }

    bundles.push({
      plan,
      period,
      area,
      estates,
      committeeIds: committees.map((c) => c.id),
      partnerAdministrationIds: partners.map((a) => a.id),
      focus,
      goals,
      criteria,
      targets,
      activities,
      activityGoals,
      budgetLines,
      municipalOre,
    });
  }
  return bundles;
}
