/** Kysely table types (camelCase here, snake_case in SQL through CamelCasePlugin). */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { FundRules, InferredParameters } from '../../domain/funding-rules.ts';
import type { Role } from '../../domain/roles.ts';
import type { AllocationState } from '../../domain/pools.ts';
import type { Finding } from '../../domain/rules/rule.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Editable = {
  id: Generated<string>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
};
export type Provenance = 'published' | 'example' | 'synthetic';

export type MunicipalityTable = Editable & { code: string; name: string };
export type UrbanAreaTable = Editable & {
  municipalityId: string;
  name: string;
  vulnerable: Generated<boolean>;
  aliases: ColumnType<string[], string[] | undefined, string[]>;
  provenance: Generated<Provenance>;
};
export type ForumTable = Editable & { urbanAreaId: string; name: string };
export type ForumMemberTable = Editable & {
  forumId: string;
  personName: string;
  organisation: string;
  forumRole: string;
  provenance: Generated<Provenance>;
  /** FORUM-MEMBERS: the administration or housing organisation the member represents, if any. */
  administrationId: ColumnType<string | null, string | null | undefined, string | null>;
  housingOrganisationId: ColumnType<string | null, string | null | undefined, string | null>;
};
export type WorkingGroupTable = Editable & {
  forumId: string;
  name: string;
  purpose: Generated<string>;
  provenance: Generated<Provenance>;
};
export type HousingOrganisationTable = Editable & {
  name: string;
  shortName: string;
  administrator: string | null;
  provenance: Generated<Provenance>;
};
export type EstateTable = Editable & {
  housingOrganisationId: string;
  urbanAreaId: string;
  name: string;
  departmentNumber: string | null;
  dwellings: number | null;
  provenance: Generated<Provenance>;
};
export type AdministrationTable = Editable & { municipalityId: string; name: string; abbreviation: string };
export type CommitteeKind = 'committee' | 'finance_committee' | 'city_council';
export type CommitteeTable = Editable & {
  municipalityId: string;
  administrationId: string | null;
  name: string;
  abbreviation: string;
  kind: CommitteeKind;
};
export type FundingPeriodTable = Editable & {
  name: string;
  startYear: number;
  endYear: number;
  /** The fund's parameters (PERIOD-OWNER); the municipality's are in municipal_funding_rules. */
  rules: ColumnType<FundRules, string, string>;
  inferred: ColumnType<InferredParameters, string | undefined, string>;
};
/** A municipality's own parameters for one funding period (migration 2026-12-05-03). */
export type MunicipalFundingRulesTable = Editable & {
  municipalityId: string;
  fundingPeriodId: string;
  municipalCapBp: number;
  municipalContractPartBp: number;
  municipalFacilitationPartBp: number;
  inferred: ColumnType<InferredParameters, string | undefined, string>;
};
export type InterventionAreaTable = Editable & {
  fundingPeriodId: string;
  number: number;
  name: string;
  municipalInterface: Generated<boolean>;
};
export type AppUserTable = Editable & {
  email: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  municipalityId: string | null;
  administrationId: string | null;
  housingOrganisationId: string | null;
  urbanAreaId: string | null;
  demo: Generated<boolean>;
  active: Generated<boolean>;
};
export type SessionTable = {
  tokenHash: string;
  userId: string;
  csrfToken: string;
  createdAt: Timestamp;
  lastSeenAt: Timestamp;
};
export type LoginAttemptTable = {
  id: Generated<string>;
  email: string;
  ip: string | null;
  succeeded: boolean;
  at: Timestamp;
};
export type AuditEventTable = {
  id: Generated<string>;
  at: Timestamp;
  actorId: string | null;
  action: string;
  resourceType: string;
  resourceId: string;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
  requestId: string | null;
};

// Plans and pools (migration 2026-11-25-02-plans). Plan content has no version of its own: editing
// it bumps the plan's version.
type Content = { id: Generated<string>; createdAt: Timestamp; updatedAt: Timestamp };
/** A date column (ISO yyyy-mm-dd string on both engines, see create-db.ts). */
type DateColumn = ColumnType<string, string, string>;
export type PlanTable = Editable & {
  name: string;
  fundingPeriodId: string;
  urbanAreaId: string;
  housingOrganisationId: string;
  startDate: DateColumn;
  endDate: DateColumn;
  status: Generated<string>;
  challenges: Generated<string>;
  cooperationAgreementDate: ColumnType<string | null, string | null | undefined, string | null>;
  cooperationReference: string | null;
  provenance: Generated<Provenance>;
};
export type PlanEstateTable = { planId: string; estateId: string };
export type PlanCommitteeTable = { planId: string; committeeId: string };
export type PlanPartnerAdministrationTable = { planId: string; administrationId: string };
export type GoalTable = Content & { planId: string; position: number; title: string; description: Generated<string> };
export type SuccessCriterionTable = Content & {
  goalId: string;
  position: number;
  description: string;
  indicatorName: string;
  indicatorUnit: string;
  baselineValue: number | null;
  baselineYear: number | null;
};
export type IndicatorTargetTable = Content & { successCriterionId: string; year: number; value: number; originalValue: number };
export type TargetRevisionTable = {
  id: Generated<number>;
  indicatorTargetId: string;
  fromValue: number;
  toValue: number;
  reason: string;
  changedBy: string | null;
  changedAt: Timestamp;
};
export type ActivityTable = Content & {
  planId: string;
  interventionAreaId: string;
  name: string;
  description: Generated<string>;
  carriedOutBy: 'plan_staff' | 'administration' | 'both';
  administrationId: string | null;
};
export type ActivityGoalTable = { activityId: string; goalId: string };
export type BudgetLineTable = Content & {
  planId: string;
  year: number;
  interventionAreaId: string;
  activityId: string | null;
  source: 'fund' | 'municipal' | 'housing' | 'other';
  municipalPart: 'contract' | 'facilitation' | null;
  amountOre: number;
  note: Generated<string>;
};
export type PoolTable = Editable & {
  municipalityId: string;
  name: string;
  budgetYear: number;
  capacityOre: number;
  provenance: Generated<Provenance>;
};
/** FIN-POOL-COMMITTED (migration 2026-12-05-01-pool-rules): reserved → committed at the City Council, released at refusal or withdrawal. */
export type PoolAllocationTable = Editable & { poolId: string; planId: string; amountOre: number; note: Generated<string>; state: Generated<AllocationState> };
/** FIN-POOL-PERIOD: the funding periods a pool serves (migration 2026-12-05-01-pool-rules). */
export type PoolFundingPeriodTable = { poolId: string; fundingPeriodId: string };

// Cooperation contracts (migration 2026-11-25-04-contracts). Revisions are immutable in the database.
export type ContractTable = Editable & {
  urbanAreaId: string;
  interventionAreaId: string;
  workingGroupId: string;
  status: ColumnType<'draft' | 'approved', 'draft' | 'approved' | undefined, 'draft' | 'approved'>;
  /** The working draft (ContractContent); null once approved. */
  draft: ColumnType<unknown, string | null, string | null>;
  createdBy: string | null;
};
export type ContractRevisionTable = {
  id: Generated<string>;
  contractId: string;
  number: number;
  content: ColumnType<unknown, string, never>;
  adoptedBy: 'city_council' | 'forum';
  decisionDate: ColumnType<string, string, never>;
  decisionReference: string;
  decisionId: string | null;
  createdBy: string | null;
  createdAt: ColumnType<Date, Date | string | undefined, never>;
};

/** The contracts a City Council decision approves with the plan (APP-CONTRACTS-WITH-PLANS); append-only. */
export type DecisionContractTable = { decisionId: string; contractId: string };

// Approval (migration 2026-11-25-03-approval). Decisions and documents are append-only; approved
// revisions are frozen (database triggers).
export type DocumentTable = {
  id: Generated<string>;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  content: Uint8Array;
  createdBy: string | null;
  createdAt: Timestamp;
};
export type DecisionTable = {
  id: Generated<string>;
  planId: string;
  step: string;
  body: string;
  committeeId: string | null;
  outcome: string;
  decidedOn: DateColumn;
  reference: string;
  note: Generated<string>;
  fromStatus: string;
  toStatus: string;
  correctsDecisionId: string | null;
  documentId: string | null;
  enteredBy: string | null;
  enteredAt: Timestamp;
};
export type PlanRevisionTable = {
  id: Generated<string>;
  planId: string;
  number: number;
  kind: 'approved' | 'change';
  status: 'in_progress' | 'approved';
  baseStatus: string | null;
  reason: Generated<string>;
  snapshot: ColumnType<unknown, string | null, string | null>;
  decisionId: string | null;
  createdBy: string | null;
  createdAt: Timestamp;
  approvedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
};

// The read path (migration 2026-12-01-01-read-path): one summary per plan, written with every
// write that changes what it holds (src/server/features/plans/summary.ts).
export type PlanSummaryTable = {
  planId: string;
  planVersion: number;
  nameKey: string;
  frameOre: number;
  fundOre: number;
  municipalOre: number;
  housingOre: number;
  otherOre: number;
  municipalShareBp: number;
  localShareBp: number;
  poolAllocatedOre: number;
  errors: number;
  warnings: number;
  findings: ColumnType<Finding[], string, string>;
  rulesVersion: string;
  computedAt: Timestamp;
  /** GET /api/plans/:id's JSON of the plan version (migration 2026-12-05-05-plan-document). */
  document: string | null;
  /** A hash of the document's content. */
  documentHash: string | null;
  /** The document is the one the write of the plan version composed (a 304 by version stands for it). */
  documentByWrite: Generated<boolean>;
};

export type Database = {
  municipality: MunicipalityTable;
  urbanArea: UrbanAreaTable;
  forum: ForumTable;
  forumMember: ForumMemberTable;
  workingGroup: WorkingGroupTable;
  housingOrganisation: HousingOrganisationTable;
  estate: EstateTable;
  administration: AdministrationTable;
  committee: CommitteeTable;
  fundingPeriod: FundingPeriodTable;
  municipalFundingRules: MunicipalFundingRulesTable;
  interventionArea: InterventionAreaTable;
  appUser: AppUserTable;
  session: SessionTable;
  loginAttempt: LoginAttemptTable;
  auditEvent: AuditEventTable;
  plan: PlanTable;
  planEstate: PlanEstateTable;
  planCommittee: PlanCommitteeTable;
  planPartnerAdministration: PlanPartnerAdministrationTable;
  goal: GoalTable;
  successCriterion: SuccessCriterionTable;
  indicatorTarget: IndicatorTargetTable;
  targetRevision: TargetRevisionTable;
  activity: ActivityTable;
  activityGoal: ActivityGoalTable;
  budgetLine: BudgetLineTable;
  pool: PoolTable;
  poolAllocation: PoolAllocationTable;
  poolFundingPeriod: PoolFundingPeriodTable;
  contract: ContractTable;
  contractRevision: ContractRevisionTable;
  decisionContract: DecisionContractTable;
  document: DocumentTable;
  decision: DecisionTable;
  planRevision: PlanRevisionTable;
  planSummary: PlanSummaryTable;
};

export type Row<T extends keyof Database> = Selectable<Database[T]>;
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;
export type RowUpdate<T extends keyof Database> = Updateable<Database[T]>;
