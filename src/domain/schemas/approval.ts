/**
 * The API contract of the approval workflow: decisions (with an optional PDF), the timeline with
 * what is missing, plans waiting for a body, and plan revisions with their comparison.
 */
import { z } from 'zod';
import { maxDocumentBytes } from '../decision-check.ts';
import { decisionBodies, decisionOutcomes, steps } from '../workflow.ts';
import { Id, IdParams, ListQuery, NonEmpty, text } from './common.ts';
import { BudgetLineData, IsoDate, PlanStatus } from './plans.ts';

export { maxDocumentBytes } from '../decision-check.ts';

export const DecisionBody = z
  .enum(decisionBodies)
  .describe('housing_organisation (its application, submission, start), fund, committee (with committeeId), finance_committee (ØU), city_council (BR), housing_board');
export const DecisionOutcome = z.enum(decisionOutcomes);
export const WorkflowStep = z.enum(steps);

export const DocumentInput = z.strictObject({
  filename: text({ min: 1, max: 200 })
    .regex(/^[^/\\\0]+$/, 'a file name, not a path'),
  contentType: z.literal('application/pdf'),
  contentBase64: z
    .string()
    .max(Math.ceil(maxDocumentBytes / 3) * 4 + 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64')
    .describe('The PDF, base64-encoded (at most 5 MB decoded)'),
});

export const DecisionInput = z.strictObject({
  body: DecisionBody,
  committeeId: Id.nullable().default(null).describe('The committee, when body is committee'),
  outcome: DecisionOutcome,
  decidedOn: IsoDate.describe('The date of the decision (meeting or letter)'),
  reference: NonEmpty.describe('Agenda item or letter, e.g. "BR 14.03.2013, pkt. 12"'),
  note: text({ max: 4000 }).default('').describe('Required when the plan is returned (the reason) and for a correction'),
  correctsDecisionId: Id.nullable().default(null).describe('The decision this one corrects (the latest effective decision)'),
  document: DocumentInput.nullable().default(null),
  contractIds: z
    .array(Id)
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, 'each id once')
    .optional()
    .describe("APP-CONTRACTS-WITH-PLANS: the draft contracts of the plan's urban area that a City Council approval approves with the plan; no other decision names contracts"),
});

export const DocumentInfo = z.object({
  id: Id,
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.int(),
  sha256: z.string(),
  url: z.string(),
});

export const Decision = z.object({
  id: Id,
  planId: Id,
  step: WorkflowStep,
  body: DecisionBody,
  bodyName: z.string(),
  committeeId: Id.nullable(),
  committeeName: z.string().nullable(),
  outcome: DecisionOutcome,
  decidedOn: IsoDate,
  reference: z.string(),
  note: z.string(),
  fromStatus: PlanStatus,
  toStatus: PlanStatus,
  correctsDecisionId: Id.nullable(),
  correctedByDecisionId: Id.nullable(),
  effective: z.boolean().describe('false when a later decision corrected this one'),
  document: DocumentInfo.nullable(),
  contracts: z
    .array(z.object({ id: Id, interventionAreaNumber: z.int(), interventionAreaName: z.string() }))
    .describe('APP-CONTRACTS-WITH-PLANS: the contracts the decision approved with the plan'),
  enteredBy: z.object({ id: Id, displayName: z.string() }).nullable(),
  enteredAt: z.iso.datetime(),
});

export const StepView = z.object({
  step: WorkflowStep,
  body: DecisionBody,
  committeeId: Id.nullable(),
  name: z.string(),
  outcomes: z.array(DecisionOutcome),
  decider: z.enum(['municipality', 'lead_organisation', 'fund']),
  deciderName: z.string().describe('Who must record it'),
  mayRecord: z.boolean().describe('Whether the signed-in user may record it (once it is next)'),
});

export const DecisionTimeline = z.object({
  planId: Id,
  version: z.int(),
  status: PlanStatus,
  statusName: z.string(),
  items: z.array(Decision),
  next: z.array(StepView).describe('What may be recorded now'),
  missing: z.array(StepView).describe('Approvals still needed before the fund’s commitment, in order'),
});

export const WaitingQuery = z.strictObject({
  body: DecisionBody.default('city_council'),
  committeeId: Id.optional(),
  ...ListQuery,
});

export const WaitingPlan = z.object({
  planId: Id,
  planName: z.string(),
  version: z.int(),
  status: PlanStatus,
  urbanAreaId: Id,
  urbanAreaName: z.string(),
  housingOrganisationName: z.string(),
  committeeIds: z.array(Id).describe('For body=committee: the committees whose approval is pending'),
  waitingSince: z.iso.datetime().nullable(),
  frameOre: z.int(),
  municipalOre: z.int(),
  poolAllocatedOre: z.int(),
  canSubmit: z.boolean(),
});
export const WaitingList = z.object({
  body: DecisionBody,
  committeeId: Id.nullable(),
  items: z.array(WaitingPlan).describe('In name order; a page of them'),
  next: z.string().optional().describe('The cursor of the next page, if any'),
});

// --- Revisions ------------------------------------------------------------------------------------

export const RevisionInput = z.strictObject({
  reason: text({ min: 1, max: 4000 }).describe('Why the committed plan changes'),
});

const FieldChange = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });
const Change = z.enum(['added', 'removed', 'changed', 'unchanged']);
const Amounts = { fromOre: z.int(), toOre: z.int(), differenceOre: z.int() };

const PlanContent = z.object({
  plan: z.object({
    name: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    challenges: z.string(),
    housingOrganisationId: Id,
    housingOrganisationName: z.string(),
    urbanAreaId: Id,
    urbanAreaName: z.string(),
    fundingPeriodId: Id,
    committeeIds: z.array(Id),
    cooperation: z.object({ administrationIds: z.array(Id), agreementDate: z.string().nullable(), reference: z.string().nullable() }),
  }),
  estates: z.array(z.object({ id: Id, name: z.string() })),
  interventionAreas: z.array(z.object({ id: Id, number: z.int(), name: z.string() })),
  goals: z.array(
    z.object({
      id: Id,
      title: z.string(),
      description: z.string(),
      criteria: z.array(
        z.object({
          id: Id,
          description: z.string(),
          indicator: z.object({ name: z.string(), unit: z.string(), baselineValue: z.number().nullable(), baselineYear: z.int().nullable() }),
          targets: z.array(z.object({ year: z.int(), value: z.number() })),
        }),
      ),
    }),
  ),
  activities: z.array(
    z.object({
      id: Id,
      name: z.string(),
      description: z.string(),
      interventionAreaId: Id,
      carriedOutBy: z.string(),
      administrationId: Id.nullable(),
      goalIds: z.array(Id),
    }),
  ),
  budgetLines: z.array(BudgetLineData),
});

export const RevisionSummary = z.object({
  planId: Id,
  number: z.int(),
  kind: z.enum(['approved', 'change']).describe('approved: the plan as committed; change: a change after the commitment'),
  status: z.enum(['in_progress', 'approved']),
  reason: z.string(),
  decisionId: Id.nullable().describe('The fund decision that approved it'),
  createdBy: Id.nullable(),
  createdAt: z.iso.datetime(),
  approvedAt: z.iso.datetime().nullable().describe('When the approval was recorded'),
  approvedOn: IsoDate.nullable().describe('The date of the decision that approved it (the fund’s commitment, as corrected); null while in progress or without a decision'),
});
export const Revision = RevisionSummary.extend({
  live: z.boolean().describe('true for a change in progress: the content is the plan as it is now'),
  content: PlanContent,
});
export const RevisionList = z.object({ planId: Id, version: z.int(), status: PlanStatus, items: z.array(RevisionSummary) });

export const RevisionParams = IdParams.extend({ n: z.coerce.number().int().min(1).max(100_000) });
const RevisionRef = z.union([z.literal('current'), z.coerce.number().int().min(1).max(100_000)]);
export const CompareQuery = z.strictObject({
  from: RevisionRef.describe('A revision number, or "current" (the plan as it is now)'),
  to: RevisionRef.default('current'),
});

export const PlanComparison = z.object({
  planId: Id,
  from: z.union([z.int(), z.literal('current')]),
  to: z.union([z.int(), z.literal('current')]),
  changed: z.boolean(),
  fields: z.array(FieldChange),
  estates: z.object({ added: z.array(z.object({ id: Id, name: z.string() })), removed: z.array(z.object({ id: Id, name: z.string() })) }),
  goals: z.array(
    z.object({
      id: Id,
      title: z.string(),
      change: Change,
      fields: z.array(FieldChange),
      criteria: z.array(
        z.object({
          id: Id,
          description: z.string(),
          change: Change,
          fields: z.array(FieldChange),
          targets: z.array(z.object({ year: z.int(), from: z.number().nullable(), to: z.number().nullable(), difference: z.number().nullable() })),
        }),
      ),
    }),
  ),
  activities: z.array(z.object({ id: Id, name: z.string(), change: Change, fields: z.array(FieldChange) })),
  budget: z.object({
    total: z.object(Amounts),
    bySource: z.array(z.object({ source: z.string(), ...Amounts })),
    byYear: z.array(z.object({ year: z.int(), ...Amounts })),
    byArea: z.array(z.object({ interventionAreaId: Id, interventionAreaName: z.string(), ...Amounts })),
    cells: z.array(z.object({ year: z.int(), interventionAreaId: Id, interventionAreaName: z.string(), source: z.string(), ...Amounts })),
  }),
});

export type DecisionInput = z.infer<typeof DecisionInput>;
export type DocumentInput = z.infer<typeof DocumentInput>;
export type Decision = z.infer<typeof Decision>;
export type StepView = z.infer<typeof StepView>;
export type DecisionTimeline = z.infer<typeof DecisionTimeline>;
export type WaitingQuery = z.infer<typeof WaitingQuery>;
export type WaitingPlan = z.infer<typeof WaitingPlan>;
export type WaitingList = z.infer<typeof WaitingList>;
export type RevisionInput = z.infer<typeof RevisionInput>;
export type RevisionSummary = z.infer<typeof RevisionSummary>;
export type Revision = z.infer<typeof Revision>;
export type RevisionList = z.infer<typeof RevisionList>;
export type CompareQuery = z.infer<typeof CompareQuery>;
export type PlanComparison = z.infer<typeof PlanComparison>;
