/**
 * The plan as the rules see it: a plain snapshot (no database, no HTTP), plus the vocabularies of
 * plan content. The server builds snapshots from rows; the web builds them from what the user types.
 */
import type { z } from 'zod';
import type { Text } from './errors.ts';
import type { FundingRules } from './funding-rules.ts';
import type { Ore } from './money.ts';
import type { BudgetLineData as BudgetLineSchema } from './schemas/plans.ts';

export const planStatuses = [
  'draft',
  'prequalification_applied',
  'prequalified',
  'advisory_process',
  'submitted_to_municipality',
  'committee_approval',
  'finance_committee',
  'city_council',
  'housing_organisation_approval',
  'sent_to_fund',
  'fund_commitment',
  'running',
  'closed',
  'refused',
  'withdrawn',
  /** A committed plan being changed: a working copy that goes through approval again (APP-LOCK). */
  'revision_draft',
] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** The orders of the plan list (GET /api/plans?sort=…); a leading "-" reverses. */
export const planSorts = ['name', '-name', 'startDate', '-startDate', 'frame', '-frame', 'municipalShare', '-municipalShare', 'status'] as const;

/**
 * The one wording of the plan statuses, as they read in a sentence ("the plan is …"); a label
 * starts it with a capital. The approval route (src/domain/workflow.ts) says what each status means.
 */
export const planStatusNames: Record<PlanStatus, Text> = {
  draft: { da: 'kladde', en: 'draft' },
  prequalification_applied: { da: 'ansøgt om prækvalifikation', en: 'prequalification applied for' },
  prequalified: { da: 'prækvalificeret', en: 'prequalified' },
  advisory_process: { da: 'rådgivningsproces', en: 'advisory process' },
  submitted_to_municipality: { da: 'indsendt til kommunen', en: 'submitted to the municipality' },
  committee_approval: { da: 'til godkendelse i udvalgene', en: 'with the committees' },
  finance_committee: { da: 'venter på Økonomiudvalget', en: 'waiting for the Finance Committee' },
  city_council: { da: 'venter på Borgerrepræsentationen', en: 'waiting for the City Council' },
  housing_organisation_approval: { da: 'venter på boligorganisationens bestyrelse', en: "waiting for the housing organisation's board" },
  sent_to_fund: { da: 'sendt til Landsbyggefonden', en: 'sent to the fund' },
  fund_commitment: { da: 'tilsagn givet', en: 'committed (tilsagn)' },
  running: { da: 'i gang', en: 'running' },
  closed: { da: 'afsluttet', en: 'closed' },
  refused: { da: 'afvist', en: 'refused' },
  withdrawn: { da: 'trukket tilbage', en: 'withdrawn' },
  revision_draft: { da: 'ændring under udarbejdelse', en: 'change being drafted' },
};

/** A status as a label (a table cell, an option): its name, starting with a capital. */
export function planStatusLabel(status: PlanStatus, lang: keyof Text): string {
  const name = planStatusNames[status][lang];
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** Funding sources of a budget line (FIN-FRAME). */
export const fundingSources = ['fund', 'municipal', 'housing', 'other'] as const;
export type FundingSource = (typeof fundingSources)[number];

export const fundingSourceNames: Record<FundingSource, Text> = {
  fund: { da: 'Landsbyggefonden', en: 'The fund (Landsbyggefonden)' },
  municipal: { da: 'Kommunen', en: 'The municipality' },
  housing: { da: 'Boligorganisationen', en: 'The housing organisation' },
  other: { da: 'Andre', en: 'Other' },
};

/** FIN-MUNICIPAL-SPLIT: which part of the municipal share a municipal budget line belongs to. */
export const municipalParts = ['contract', 'facilitation'] as const;
export type MunicipalPart = (typeof municipalParts)[number];

export const municipalPartNames: Record<MunicipalPart, Text> = {
  contract: { da: 'Kontraktdel', en: 'Contract part' },
  facilitation: { da: 'Facilitering', en: 'Facilitation part' },
};

/** Who carries an activity out. */
export const carriers = ['plan_staff', 'administration', 'both'] as const;
export type Carrier = (typeof carriers)[number];

/** A budget line as the rules read it; defined once, as the schema BudgetLineData. */
export type BudgetLineData = z.infer<typeof BudgetLineSchema>;

/** The BudgetLineData of anything that has those fields (a row, an API line, an input line). */
export const budgetLineData = (l: BudgetLineData): BudgetLineData => ({
  year: l.year,
  interventionAreaId: l.interventionAreaId,
  activityId: l.activityId,
  source: l.source,
  municipalPart: l.municipalPart,
  amountOre: l.amountOre,
});

export type IndicatorTarget = { year: number; value: number };

export type SuccessCriterionData = {
  id: string;
  description: string;
  indicator: { name: string; unit: string; baselineValue: number | null; baselineYear: number | null };
  targets: IndicatorTarget[];
};

export type GoalData = { id: string; title: string; criteria: SuccessCriterionData[] };

export type ActivityData = { id: string; name: string; interventionAreaId: string; goalIds: string[] };

/** Everything the PLAN-* and FIN-* rules read about one plan. */
export type PlanSnapshot = {
  plan: {
    startDate: string;
    endDate: string;
    housingOrganisationId: string;
    fundingPeriodId: string;
  };
  /** The plan's urban area (PLAN-AREA); null when it has none. */
  urbanArea: { id: string; municipalityId: string; vulnerable: boolean } | null;
  /** The municipality the plan belongs to (that of its urban area). */
  municipalityId: string | null;
  estates: { id: string; name: string; housingOrganisationId: string; urbanAreaId: string; municipalityId: string }[];
  goals: GoalData[];
  activities: ActivityData[];
  /** The intervention areas of the plan's funding period (PLAN-ACTIVITY-AREA). */
  interventionAreaIds: readonly string[];
  budgetLines: BudgetLineData[];
  /** The allocations the plan holds (committed and reserved), with their pool's capacity, what it holds and the periods it serves. */
  poolAllocations: { poolId: string; poolName: string; amountOre: Ore; poolCapacityOre: Ore; poolAllocatedOre: Ore; poolFundingPeriodIds: readonly string[] }[];
  cooperation: { administrationIds: string[]; agreementDate: string | null; reference: string | null };
  rules: FundingRules;
};

/** FIN-COOPERATION: a cooperation is in place when it names partner administrations and an agreement date. */
export const cooperationInPlace = (c: PlanSnapshot['cooperation']): boolean =>
  c.administrationIds.length > 0 && c.agreementDate !== null;

/** The calendar years a plan runs in (empty when the dates are inverted or malformed). */
export function planYears(startDate: string, endDate: string): number[] {
  const from = Number(startDate.slice(0, 4));
  const to = Number(endDate.slice(0, 4));
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) return [];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The ISO date `years` after an ISO date (29 February rolls to 1 March). */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

/** The ISO date one day before. */
export function dayBefore(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}
