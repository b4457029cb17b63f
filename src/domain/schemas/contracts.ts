/**
 * The API contract of cooperation contracts (Kontrakter om boligsocialt samarbejde), their
 * immutable revisions, the comparison of two revisions and the forum overview. A schema and its
 * type share one name. See docs/contracts.md.
 */
import { z } from 'zod';
import { adoptingBodies, contractStatuses, municipalPartKinds, partyKinds } from '../contracts.ts';
import { ruleSources } from '../rules/rule.ts';
import { Id, NonEmpty, Ore, Versioned, text, uniqueIds } from './common.ts';
import { ForumMember, WorkingGroup } from './registry.ts';

// The vocabularies live in ../contracts.ts (no zod there, for the web); these names stay importable from here.
export { adoptingBodies, contractStatuses, emptyContractContent, municipalPartKinds, partyKinds } from '../contracts.ts';

const IsoDate = z.iso.date();
const LongText = text({ max: 20_000 });
const ShortText = text({ max: 2_000 });

export const PartyRef = z.strictObject({ kind: z.enum(partyKinds), id: Id });

/** The parties (CON-PARTIES): municipal administrations and housing organisations. */
export const ContractParties = z.strictObject({
  administrationIds: uniqueIds(30),
  housingOrganisationIds: uniqueIds(50),
});

/** One thing the municipal contract part (10.6 %, FIN-MUNICIPAL-SPLIT) pays for. */
export const MunicipalPartItem = z
  .strictObject({
    kind: z.enum(municipalPartKinds).describe('staff: bought-free municipal staff; activity; network: local networks'),
    description: NonEmpty,
    administrationId: Id.nullable().describe('The administration whose staff or money it is'),
    hoursPerYear: z.int().positive().max(100_000).nullable(),
    amountOrePerYear: Ore.nullable(),
  })
  .refine((m) => m.kind !== 'staff' || m.hoursPerYear !== null || m.amountOrePerYear !== null, {
    message: 'bought-free staff is given in hours or money',
    path: ['hoursPerYear'],
  });

/** A contact person: name and role only, no other personal data (REP-PRIVACY). */
export const ContactPerson = z.strictObject({ name: NonEmpty, role: NonEmpty });

const contentFields = {
  parties: ContractParties,
  purpose: LongText.describe('Purpose of the cooperation'),
  goals: z.array(NonEmpty).max(50),
  activities: z
    .array(z.strictObject({ activityId: Id.describe("An activity of one of the area's plans"), note: ShortText }))
    .max(300)
    .refine((a) => new Set(a.map((x) => x.activityId)).size === a.length, 'each activity once'),
  tasks: z.array(z.strictObject({ party: PartyRef, task: NonEmpty })).max(200).describe('Division of tasks: who does what'),
  municipalPart: z.array(MunicipalPartItem).max(100),
  contactPersons: z.array(ContactPerson).max(50),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  revisionClause: LongText,
};

/** The whole content of a contract version, as stored and returned. */
export const ContractContent = z.strictObject(contentFields);
export type ContractContent = z.infer<typeof ContractContent>;

/** Some fields of the content; those given replace the stored ones whole. */
export const ContractContentPatch = z.strictObject(contentFields).partial();
export type ContractContentPatch = z.infer<typeof ContractContentPatch>;

export const ContractInput = z.strictObject({
  urbanAreaId: Id,
  interventionAreaId: Id.describe('An intervention area with a municipal interface (CON-MUNICIPAL-INTERFACE)'),
  workingGroupId: Id.describe("The working group of the area's forum that drafts it (CON-WORKING-GROUP)"),
  content: ContractContentPatch.default({}),
});
export type ContractInput = z.infer<typeof ContractInput>;

export const ContractPatch = z.strictObject({
  workingGroupId: Id.optional(),
  content: ContractContentPatch.optional(),
});
export type ContractPatch = z.infer<typeof ContractPatch>;

export const RevisionInput = z.strictObject({
  decisionDate: IsoDate.describe("Date of the forum's decision"),
  decisionReference: NonEmpty.describe('Reference of the decision (minutes, item)'),
  content: ContractContentPatch.describe('The fields that change; the rest are carried over from the current version'),
});
export type RevisionInput = z.infer<typeof RevisionInput>;

export const ContractRevision = z.object({
  id: Id,
  contractId: Id,
  number: z.int().positive(),
  content: ContractContent,
  adoptedBy: z.enum(adoptingBodies),
  decisionDate: IsoDate,
  decisionReference: z.string(),
  decisionId: z.string().nullable().describe('The plan decision it was approved with (City Council), if any'),
  createdBy: Id.nullable(),
  createdAt: z.iso.datetime(),
  superseded: z.boolean(),
});
export type ContractRevision = z.infer<typeof ContractRevision>;

/** GET /api/contracts/:id/revisions: every adopted version, oldest first. */
export const ContractRevisionList = z.object({ contractId: Id, version: z.int(), items: z.array(ContractRevision) });
export type ContractRevisionList = z.infer<typeof ContractRevisionList>;

const Named = z.object({ id: Id, name: z.string() });
const Finding = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  path: z.string(),
  source: z.enum(ruleSources),
});

export const ContractSummary = z.object({
  ...Versioned,
  urbanArea: Named.extend({ municipalityId: Id }),
  interventionArea: Named.extend({ number: z.int(), fundingPeriodId: Id }),
  workingGroup: Named,
  status: z.enum(contractStatuses),
  currentRevision: ContractRevision.omit({ content: true }).nullable(),
  revisionCount: z.int(),
});
export const Contract = ContractSummary.extend({
  current: ContractRevision.nullable().describe('The current (latest) approved version'),
  draft: ContractContent.nullable().describe('The working draft, until the City Council approves it'),
  findings: z.array(Finding).describe('CON-* rule report of the draft (or the current version)'),
});
export type ContractSummary = z.infer<typeof ContractSummary>;
export type Contract = z.infer<typeof Contract>;

export const ContractListQuery = {
  urbanAreaId: Id.optional(),
  interventionAreaId: Id.optional(),
  status: z.enum(contractStatuses).optional(),
};

export const CompareQuery = z.strictObject({
  from: z.coerce.number().int().positive(),
  to: z.coerce.number().int().positive(),
});

const ItemChange = z.object({
  key: z.string(),
  change: z.enum(['added', 'removed', 'changed', 'unchanged']),
  from: z.unknown(),
  to: z.unknown(),
  changedFields: z.array(z.string()),
});
export const FieldComparison = z.object({
  field: z.string(),
  label: z.string(),
  changed: z.boolean(),
  from: z.unknown(),
  to: z.unknown(),
  items: z.array(ItemChange).optional(),
});
export const ContractComparison = z.object({
  contractId: Id,
  from: ContractRevision,
  to: ContractRevision,
  changed: z.boolean(),
  fields: z.array(FieldComparison),
});

export const ForumOverview = z.object({
  forum: z.object({ id: Id, name: z.string(), version: z.int() }),
  urbanArea: Named.extend({ municipalityId: Id, vulnerable: z.boolean() }),
  members: z.array(ForumMember).nullable().describe('null for roles that may not see people (researchers)'),
  workingGroups: z.array(WorkingGroup),
  plans: z.array(
    Named.extend({ status: z.string(), housingOrganisation: Named, startDate: IsoDate, endDate: IsoDate }),
  ),
  contracts: z.array(ContractSummary),
  findings: z.array(Finding).describe('FORUM-MEMBERS: an administration or housing organisation with plans in the area that has no representative (warnings)'),
  decisions: z.array(
    z.object({
      kind: z.enum(['plan_decision', 'contract_revision']),
      date: IsoDate,
      body: z.string(),
      outcome: z.string(),
      reference: z.string(),
      planId: Id.nullable(),
      contractId: Id.nullable(),
      subject: z.string(),
    }),
  ),
});

export type FieldComparison = z.infer<typeof FieldComparison>;
export type ContractComparison = z.infer<typeof ContractComparison>;
export type ForumOverview = z.infer<typeof ForumOverview>;
