/**
 * The API contract of plans, their content and the rule report (the pools: pools.ts). A schema and
 * its type share one name. Money is whole øre (`…Ore`), shares basis points (`…Bp`).
 */
import { z } from 'zod';
import { maxOre, sumWithinMaxOre } from '../money.ts';
import { carriers, fundingSources, municipalParts, planSorts, planStatuses } from '../plans.ts';
import { allocationStates } from '../pools.ts';
import { ruleSources } from '../rules/rule.ts';
import { Id, NonEmpty, Ore, OreAmount, Provenance, Versioned, text, uniqueIds } from './common.ts';
import { FundingRules } from './registry.ts';

export { Ore } from './common.ts';
export const IsoDate = z.iso.date();
const Year = z.int().min(1990).max(2100);
const LongText = text({ max: 20_000 });
const IndicatorValue = z.number().finite();

export const PlanStatus = z.enum(planStatuses);
export const FundingSource = z.enum(fundingSources);
export const MunicipalPart = z.enum(municipalParts);
export const Carrier = z.enum(carriers);

// --- Plans -----------------------------------------------------------------------------------

export const CooperationInput = z.strictObject({
  administrationIds: uniqueIds(20).default([]).describe('Partner administrations (forvaltninger)'),
  agreementDate: IsoDate.nullable().default(null).describe('Date of the cooperation agreement'),
  reference: text({ max: 300 }).nullable().default(null).describe('Reference of the agreement (journal no., agenda item)'),
});

export const PlanInput = z.strictObject({
  name: NonEmpty,
  fundingPeriodId: Id,
  urbanAreaId: Id,
  housingOrganisationId: Id.describe('The lead applicant; must own at least one of the estates (PLAN-ESTATES)'),
  startDate: IsoDate,
  endDate: IsoDate,
  estateIds: uniqueIds(100).default([]).describe('Estates of the municipality; PLAN-ESTATES reports a plan without any'),
  committeeIds: uniqueIds(20).default([]).describe('Committees that must approve the plan'),
  challenges: LongText.default('').describe("The area's challenges"),
  cooperation: CooperationInput.default({ administrationIds: [], agreementDate: null, reference: null }),
  provenance: Provenance.default('published'),
});

export const PlanPatch = z.strictObject({
  name: NonEmpty.optional(),
  housingOrganisationId: Id.optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  estateIds: uniqueIds(100).optional(),
  committeeIds: uniqueIds(20).optional(),
  challenges: LongText.optional(),
  cooperation: CooperationInput.optional(),
  provenance: Provenance.optional(),
});

const SourceAmounts = z.object({ fund: Ore, municipal: Ore, housing: Ore, other: Ore });

export const BudgetMatrix = z.object({
  frameOre: Ore.describe('FIN-FRAME: all lines, all years, all sources'),
  bySource: SourceAmounts,
  shareBp: z.object({ fund: z.int(), municipal: z.int(), housing: z.int(), other: z.int() }).describe('Share of the frame, basis points, rounded for display'),
  localOre: Ore,
  localShareBp: z.int(),
  municipalParts: z.object({ contractOre: Ore, facilitationOre: Ore }),
  years: z.array(z.object({ year: z.int(), totalOre: Ore, bySource: SourceAmounts })),
  areas: z.array(z.object({ interventionAreaId: Id, totalOre: Ore, bySource: SourceAmounts })),
  cells: z.array(z.object({ year: z.int(), interventionAreaId: Id, totalOre: Ore, bySource: SourceAmounts })),
});

export const RuleStatus = z.object({ errors: z.int(), warnings: z.int(), canSubmit: z.boolean() });

export const Finding = z.object({
  rule: z.string().describe('The rule id (docs/rules.md), e.g. FIN-MUNICIPAL-CAP'),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  path: z.string(),
  source: z.enum(ruleSources),
  sourceName: z.string(),
});

export const RuleReport = z.object({
  planId: Id,
  version: z.int(),
  errors: z.array(Finding),
  warnings: z.array(Finding),
  canSubmit: z.boolean().describe('No errors: the plan may be submitted'),
});

// --- Goals, success criteria, indicator targets ------------------------------------------------

const IndicatorInput = z.strictObject({
  name: NonEmpty,
  unit: text({ max: 50 }).describe('e.g. "%", "antal"'),
  baselineValue: IndicatorValue.nullable().default(null),
  baselineYear: Year.nullable().default(null),
});

const TargetInput = z.strictObject({ year: Year, value: IndicatorValue });

export const CriterionInput = z.strictObject({
  description: NonEmpty,
  indicator: IndicatorInput,
  targets: z
    .array(TargetInput)
    .max(20)
    .default([])
    .refine((ts) => new Set(ts.map((t) => t.year)).size === ts.length, 'one target per year'),
});

export const CriterionPatch = z.strictObject({
  description: NonEmpty.optional(),
  indicator: IndicatorInput.partial().optional(),
});

export const GoalInput = z.strictObject({
  title: NonEmpty,
  description: LongText.default(''),
  criteria: z.array(CriterionInput).max(20).default([]),
});

export const GoalPatch = z.strictObject({ title: NonEmpty.optional(), description: LongText.optional() });

export const TargetChange = z.strictObject({
  value: IndicatorValue,
  reason: text({ max: 2000 }).optional().describe('Why the target changes; required when it already has a value'),
});

const TargetRevision = z.object({
  fromValue: z.number(),
  toValue: z.number(),
  reason: z.string(),
  changedBy: Id.nullable(),
  changedByName: z.string().nullable().describe('Who changed it (null: the system, e.g. the demo seed)'),
  changedAt: z.iso.datetime(),
});

export const Criterion = z.object({
  id: Id,
  position: z.int(),
  description: z.string(),
  indicator: z.object({ name: z.string(), unit: z.string(), baselineValue: z.number().nullable(), baselineYear: z.int().nullable() }),
  targets: z.array(
    z.object({ year: z.int(), value: z.number(), originalValue: z.number(), revisions: z.array(TargetRevision) }),
  ),
});

export const Goal = z.object({
  id: Id,
  position: z.int(),
  title: z.string(),
  description: z.string(),
  criteria: z.array(Criterion),
});

// --- Activities --------------------------------------------------------------------------------

const carrierNeedsAdministration = (a: { carriedOutBy?: string | undefined; administrationId?: string | null | undefined }) =>
  a.carriedOutBy === undefined || (a.carriedOutBy === 'plan_staff') === (a.administrationId === null || a.administrationId === undefined);

export const ActivityInput = z
  .strictObject({
    name: NonEmpty,
    description: LongText.default(''),
    interventionAreaId: Id,
    carriedOutBy: Carrier,
    administrationId: Id.nullable().default(null).describe('Required when an administration carries it out'),
    goalIds: uniqueIds(50).default([]),
  })
  .refine(carrierNeedsAdministration, { path: ['administrationId'], message: 'an administration is named exactly when one carries the activity out' });

export const ActivityPatch = z.strictObject({
  name: NonEmpty.optional(),
  description: LongText.optional(),
  interventionAreaId: Id.optional(),
  carriedOutBy: Carrier.optional(),
  administrationId: Id.nullable().optional(),
  goalIds: uniqueIds(50).optional(),
});

export const Activity = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  interventionAreaId: Id,
  carriedOutBy: Carrier,
  administrationId: Id.nullable(),
  goalIds: z.array(Id),
});

// --- Budget ------------------------------------------------------------------------------------

/**
 * The fields of a budget line that the rules, the revisions and the budget matrix read: the one
 * definition (src/domain/plans.ts takes its type and `budgetLineData` picks it out of a row).
 */
export const BudgetLineData = z.object({
  year: z.int(),
  interventionAreaId: Id,
  activityId: Id.nullable(),
  source: FundingSource,
  municipalPart: MunicipalPart.nullable(),
  amountOre: Ore,
});

/** A line as written: the same fields, with the year's range, defaults and a note. */
export const BudgetLineInput = z.strictObject({
  ...BudgetLineData.shape,
  year: Year,
  amountOre: OreAmount,
  activityId: BudgetLineData.shape.activityId.default(null),
  municipalPart: BudgetLineData.shape.municipalPart.default(null).describe('Required exactly for the municipal source (FIN-MUNICIPAL-SPLIT)'),
  note: text({ max: 500 }).default(''),
});

export const BudgetInput = z.strictObject({
  lines: z
    .array(BudgetLineInput)
    .max(5000)
    .refine((lines) => sumWithinMaxOre(lines.map((l) => l.amountOre)), `the frame (all lines) is at most ${maxOre} øre`)
    .describe('The whole budget; replaces every line'),
});

export const BudgetLine = z.object({ id: Id, ...BudgetLineData.shape, note: z.string() });

export const Budget = z.object({
  planId: Id,
  version: z.int(),
  lines: z.array(BudgetLine),
  matrix: BudgetMatrix,
});

// --- The plan as read --------------------------------------------------------------------------

/** FIN-POOL-COMMITTED (the pool schemas are in pools.ts, which imports this file). */
export const AllocationState = z.enum(allocationStates).describe('FIN-POOL-COMMITTED: reserved until the City Council approves the plan, committed from then on, released at refusal or withdrawal');

export const PoolAllocationOfPlan = z
  .object({
    id: Id,
    poolId: Id,
    poolName: z.string(),
    amountOre: Ore,
    state: AllocationState,
    poolCapacityOre: Ore,
    poolAllocatedOre: Ore.describe('Held by the pool for all plans (committed and reserved)'),
    poolFundingPeriodIds: z.array(Id).describe('The funding periods the pool serves (FIN-POOL-PERIOD)'),
  })
  .describe('An allocation the plan holds (committed or reserved; released ones are on the pool)');

export const PlanEstate = z.object({ id: Id, name: z.string(), housingOrganisationId: Id, urbanAreaId: Id, municipalityId: Id });
export const PlanInterventionArea = z.object({ id: Id, number: z.int(), name: z.string(), municipalInterface: z.boolean() });

export const Plan = z.object({
  ...Versioned,
  name: z.string(),
  status: PlanStatus,
  fundingPeriodId: Id,
  fundingPeriodName: z.string(),
  urbanAreaId: Id,
  urbanAreaName: z.string(),
  vulnerable: z.boolean(),
  municipalityId: Id,
  housingOrganisationId: Id,
  housingOrganisationName: z.string(),
  startDate: IsoDate,
  endDate: IsoDate,
  challenges: z.string(),
  provenance: Provenance,
  estateIds: z.array(Id),
  estates: z.array(PlanEstate),
  committeeIds: z.array(Id),
  fundingRules: FundingRules.describe("The rule parameters of the plan's funding period"),
  interventionAreas: z.array(PlanInterventionArea).describe("The intervention areas of the plan's funding period"),
  cooperation: z.object({
    administrationIds: z.array(Id),
    agreementDate: IsoDate.nullable(),
    reference: z.string().nullable(),
    inPlace: z.boolean().describe('FIN-COOPERATION: partner administrations and an agreement date'),
  }),
  goals: z.array(Goal),
  activities: z.array(Activity),
  budgetLines: z.array(BudgetLine),
  budget: BudgetMatrix,
  poolAllocations: z.array(PoolAllocationOfPlan),
  ruleStatus: RuleStatus,
});

export const PlanListItem = z.object({
  id: Id,
  version: z.int(),
  name: z.string(),
  status: PlanStatus,
  fundingPeriodId: Id,
  urbanAreaId: Id,
  urbanAreaName: z.string(),
  housingOrganisationId: Id,
  housingOrganisationName: z.string(),
  startDate: IsoDate,
  endDate: IsoDate,
  provenance: Provenance,
  frameOre: Ore,
  municipalOre: Ore,
  municipalShareBp: z.int(),
  localShareBp: z.int(),
  poolAllocatedOre: Ore,
  ruleStatus: RuleStatus,
});

export const PlanListQuery = {
  urbanAreaId: Id.optional(),
  status: PlanStatus.optional(),
  fundingPeriodId: Id.optional(),
  housingOrganisationId: Id.optional().describe('The lead or an owner of one of the estates'),
  sort: z.enum(planSorts).default('name'),
};

export const PlanList = z.object({
  items: z.array(PlanListItem),
  next: z.string().optional(),
  totals: z.object({
    count: z.int(),
    frameOre: Ore,
    bySource: SourceAmounts,
    municipalShareBp: z.int(),
    localShareBp: z.int(),
    withErrors: z.int(),
  }).describe('Of the whole filtered set, not only this page'),
});

export type PlanInput = z.infer<typeof PlanInput>;
export type PlanPatch = z.infer<typeof PlanPatch>;
export type CooperationInput = z.infer<typeof CooperationInput>;
export type GoalInput = z.infer<typeof GoalInput>;
export type GoalPatch = z.infer<typeof GoalPatch>;
export type CriterionInput = z.infer<typeof CriterionInput>;
export type CriterionPatch = z.infer<typeof CriterionPatch>;
export type TargetChange = z.infer<typeof TargetChange>;
export type ActivityInput = z.infer<typeof ActivityInput>;
export type ActivityPatch = z.infer<typeof ActivityPatch>;
export type BudgetLineInput = z.infer<typeof BudgetLineInput>;
export type BudgetInput = z.infer<typeof BudgetInput>;
export type Finding = z.infer<typeof Finding>;
export type RuleReport = z.infer<typeof RuleReport>;
export type Goal = z.infer<typeof Goal>;
export type Activity = z.infer<typeof Activity>;
export type Budget = z.infer<typeof Budget>;
export type Plan = z.infer<typeof Plan>;
export type PlanListItem = z.infer<typeof PlanListItem>;
export type PlanList = z.infer<typeof PlanList>;
