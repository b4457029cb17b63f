/** Kysely table types (camelCase here, snake_case in SQL through CamelCasePlugin). */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { FundingRules } from '../../domain/funding-rules.ts';
import type { Role } from '../../domain/roles.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Editable = {
  id: Generated<string>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
};
export type Provenance = 'published' | 'example';

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
  rules: ColumnType<FundingRules, string, string>;
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
  interventionArea: InterventionAreaTable;
  appUser: AppUserTable;
  session: SessionTable;
  loginAttempt: LoginAttemptTable;
  auditEvent: AuditEventTable;
};

export type Row<T extends keyof Database> = Selectable<Database[T]>;
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;
export type RowUpdate<T extends keyof Database> = Updateable<Database[T]>;
