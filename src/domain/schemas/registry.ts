/** The API contract of the registry: one schema per resource shape, types inferred from them. */
import { z } from 'zod';
import { Id, NonEmpty, Provenance, Versioned, text } from './common.ts';

export const Municipality = z.object({ ...Versioned, code: z.string(), name: z.string() });
export const MunicipalityInput = z.strictObject({
  code: text({ max: 3 }).regex(/^\d{3}$/, 'three digits (the municipality number)'),
  name: NonEmpty,
});
export const MunicipalityPatch = MunicipalityInput.partial();

export const UrbanArea = z.object({
  ...Versioned,
  municipalityId: Id,
  name: z.string(),
  vulnerable: z.boolean().describe('On the list of vulnerable urban areas (udsat byområde)'),
  aliases: z.array(z.string()),
  provenance: Provenance,
  forumId: Id.nullable(),
});
export const UrbanAreaInput = z.strictObject({
  municipalityId: Id,
  name: NonEmpty,
  vulnerable: z.boolean().default(false),
  aliases: z.array(NonEmpty).max(20).default([]),
  provenance: Provenance.default('published'),
});
export const UrbanAreaPatch = z.strictObject({
  name: NonEmpty.optional(),
  vulnerable: z.boolean().optional(),
  aliases: z.array(NonEmpty).max(20).optional(),
  provenance: Provenance.optional(),
});

export type UrbanAreaInput = z.infer<typeof UrbanAreaInput>;
export type UrbanAreaPatch = z.infer<typeof UrbanAreaPatch>;
export type UrbanArea = z.infer<typeof UrbanArea>;
export type Municipality = z.infer<typeof Municipality>;

/** A reference to another resource, with the name to show for it. */
const Named = z.object({ id: Id, name: z.string() });

export type MunicipalityInput = z.infer<typeof MunicipalityInput>;
export type MunicipalityPatch = z.infer<typeof MunicipalityPatch>;

// Boligsociale Fora, their members and working groups.
export const Forum = z.object({
  ...Versioned,
  name: z.string(),
  urbanAreaId: Id,
  urbanArea: Named.extend({ municipalityId: Id }),
});
export const ForumPatch = z.strictObject({ name: NonEmpty.optional() });

/**
 * A forum member is a person's name, organisation and role in the forum; no other personal data.
 * FORUM-MEMBERS: a member may represent an administration of the forum's municipality or a housing
 * organisation (at most one of the two).
 */
const represents = {
  administrationId: Id.nullable().describe('The administration the member represents (FORUM-MEMBERS)'),
  housingOrganisationId: Id.nullable().describe('The housing organisation the member represents (FORUM-MEMBERS)'),
};
export const ForumMember = z.object({
  ...Versioned,
  forumId: Id,
  personName: z.string(),
  organisation: z.string(),
  forumRole: z.string().describe('The role in the forum, e.g. chair or coordinator'),
  provenance: Provenance,
  ...represents,
});
export const ForumMemberInput = z.strictObject({
  personName: NonEmpty,
  organisation: NonEmpty,
  forumRole: NonEmpty,
  provenance: Provenance.default('published'),
  administrationId: represents.administrationId.default(null),
  housingOrganisationId: represents.housingOrganisationId.default(null),
});
export const ForumMemberPatch = z.strictObject({
  personName: NonEmpty.optional(),
  organisation: NonEmpty.optional(),
  forumRole: NonEmpty.optional(),
  provenance: Provenance.optional(),
  administrationId: represents.administrationId.optional(),
  housingOrganisationId: represents.housingOrganisationId.optional(),
});

export const WorkingGroup = z.object({
  ...Versioned,
  forumId: Id,
  name: z.string(),
  purpose: z.string(),
  provenance: Provenance,
});
export const WorkingGroupInput = z.strictObject({
  name: NonEmpty,
  purpose: text({ max: 2000 }).default(''),
  provenance: Provenance.default('published'),
});
export const WorkingGroupPatch = z.strictObject({
  name: NonEmpty.optional(),
  purpose: text({ max: 2000 }).optional(),
  provenance: Provenance.optional(),
});

// Housing organisations and their estates.
export const HousingOrganisation = z.object({
  ...Versioned,
  name: z.string(),
  shortName: z.string(),
  administrator: z.string().nullable().describe('The organisation that administers it, e.g. KAB'),
  provenance: Provenance,
});
export const HousingOrganisationInput = z.strictObject({
  name: NonEmpty,
  shortName: NonEmpty,
  administrator: NonEmpty.nullable().default(null),
  provenance: Provenance.default('published'),
});
export const HousingOrganisationPatch = z.strictObject({
  name: NonEmpty.optional(),
  shortName: NonEmpty.optional(),
  administrator: NonEmpty.nullable().optional(),
  provenance: Provenance.optional(),
});

export const Estate = z.object({
  ...Versioned,
  name: z.string(),
  departmentNumber: z.string().nullable().describe('Afdelingsnummer'),
  dwellings: z.int().nullable(),
  provenance: Provenance,
  housingOrganisationId: Id,
  housingOrganisationName: z.string(),
  urbanAreaId: Id,
  urbanAreaName: z.string(),
});
const Dwellings = z.int().min(0).max(100_000);
export const EstateInput = z.strictObject({
  housingOrganisationId: Id,
  urbanAreaId: Id,
  name: NonEmpty,
  departmentNumber: text({ min: 1, max: 20 }).nullable().default(null),
  dwellings: Dwellings.nullable().default(null),
  provenance: Provenance.default('published'),
});
export const EstatePatch = z.strictObject({
  housingOrganisationId: Id.optional(),
  urbanAreaId: Id.optional(),
  name: NonEmpty.optional(),
  departmentNumber: text({ min: 1, max: 20 }).nullable().optional(),
  dwellings: Dwellings.nullable().optional(),
  provenance: Provenance.optional(),
});

// Administrations (forvaltninger) and the political bodies.
export const committeeKinds = ['committee', 'finance_committee', 'city_council'] as const;
export const CommitteeKind = z
  .enum(committeeKinds)
  .describe('committee: fagudvalg; finance_committee: Økonomiudvalget; city_council: Borgerrepræsentationen');

export const Administration = z.object({
  ...Versioned,
  municipalityId: Id,
  name: z.string(),
  abbreviation: z.string(),
  committee: z.object({ id: Id, name: z.string(), abbreviation: z.string(), kind: CommitteeKind }).nullable(),
});
const Abbreviation = text({ min: 1, max: 20 });
export const AdministrationInput = z.strictObject({ municipalityId: Id, name: NonEmpty, abbreviation: Abbreviation });
export const AdministrationPatch = z.strictObject({ name: NonEmpty.optional(), abbreviation: Abbreviation.optional() });

export const Committee = z.object({
  ...Versioned,
  municipalityId: Id,
  administrationId: Id.nullable().describe('The administration a committee (fagudvalg) is over'),
  name: z.string(),
  abbreviation: z.string(),
  kind: CommitteeKind,
});
export const CommitteeInput = z.strictObject({
  municipalityId: Id,
  administrationId: Id.nullable().default(null),
  name: NonEmpty,
  abbreviation: Abbreviation,
  kind: CommitteeKind,
});
export const CommitteePatch = z.strictObject({
  administrationId: Id.nullable().optional(),
  name: NonEmpty.optional(),
  abbreviation: Abbreviation.optional(),
  kind: CommitteeKind.optional(),
});

// Funding periods (bevillingsperioder): rule parameters and intervention areas. PERIOD-OWNER: the
// fund's parameters are on the period, the municipality's per municipality and period.
const BasisPoints = z.int().min(0).max(10_000).describe('Basis points: 1 % = 100');
const fundRulesShape = {
  localShareMinBp: BasisPoints.describe('FIN-LOCAL-SHARE, basis points'),
  normalPlanYears: z.int().min(1).max(20).describe('PLAN-PERIOD'),
  reportDueMonthsAfterYearEnd: z.int().min(0).max(24).describe('REP-DEADLINE'),
  maxContractsPerUrbanArea: z.int().min(0).max(50).describe('CON-MUNICIPAL-INTERFACE, CON-IN-FORCE'),
};
const municipalRulesShape = {
  municipalCapBp: BasisPoints.describe('FIN-MUNICIPAL-CAP, basis points'),
  municipalContractPartBp: BasisPoints.describe('FIN-MUNICIPAL-SPLIT: the part spent as the contracts lay down, basis points'),
  municipalFacilitationPartBp: BasisPoints.describe('FIN-MUNICIPAL-SPLIT: the part for facilitation, basis points'),
};
/** The fund's parameters of a funding period (see src/domain/funding-rules.ts). */
export const FundRules = z.object(fundRulesShape);
export const FundRulesPatch = z.strictObject(fundRulesShape).partial();
/** A municipality's own parameters for a funding period. */
export const MunicipalRules = z.object(municipalRulesShape);
export const MunicipalRulesPatch = z.strictObject(municipalRulesShape).partial();
/** The rules a plan is checked by: its period's and its municipality's. */
export const FundingRules = z.object({ ...fundRulesShape, ...municipalRulesShape });
/** Parameters that are our inference, each with the reason (absent: from the sources or set by the owner). */
export const InferredParameters = z
  .record(z.string(), z.object({ da: z.string(), en: z.string() }))
  .describe('Parameter name → why its value is our inference (PERIOD-OWNER); a parameter its owner sets is no longer inferred');

export const InterventionArea = z.object({
  id: Id,
  number: z.int(),
  name: z.string(),
  municipalInterface: z.boolean().describe('Has an interface to municipal core operations (may have a contract)'),
});
export const InterventionAreaInput = z.strictObject({
  number: z.int().min(1).max(99).optional().describe('Defaults to the next free number'),
  name: NonEmpty,
  municipalInterface: z.boolean().default(false),
});

export const FundingPeriod = z.object({
  ...Versioned,
  name: z.string(),
  startYear: z.int(),
  endYear: z.int(),
  rules: FundRules.describe("The fund's parameters (PERIOD-OWNER: changed by fund officers only)"),
  inferred: InferredParameters,
});
export const FundingPeriodDetail = FundingPeriod.extend({ interventionAreas: z.array(InterventionArea) });
export const FundingPeriodPatch = z.strictObject({
  name: NonEmpty.optional(),
  rules: FundRulesPatch.optional().describe('Only the parameters given change'),
});

/** A municipality's own parameters for one funding period (PERIOD-OWNER). */
export const MunicipalFundingRules = z.object({
  ...Versioned,
  municipalityId: Id,
  fundingPeriod: z.object({ id: Id, name: z.string(), startYear: z.int(), endYear: z.int() }),
  rules: MunicipalRules,
  inferred: InferredParameters,
});
export const MunicipalFundingRulesList = z.object({ items: z.array(MunicipalFundingRules) });
export const MunicipalFundingRulesPatch = z.strictObject({ rules: MunicipalRulesPatch });
export const MunicipalPeriodParams = z.strictObject({ id: Id, fundingPeriodId: Id });

export type Forum = z.infer<typeof Forum>;
export type ForumPatch = z.infer<typeof ForumPatch>;
export type ForumMember = z.infer<typeof ForumMember>;
export type ForumMemberInput = z.infer<typeof ForumMemberInput>;
export type ForumMemberPatch = z.infer<typeof ForumMemberPatch>;
export type WorkingGroup = z.infer<typeof WorkingGroup>;
export type WorkingGroupInput = z.infer<typeof WorkingGroupInput>;
export type WorkingGroupPatch = z.infer<typeof WorkingGroupPatch>;
export type HousingOrganisation = z.infer<typeof HousingOrganisation>;
export type HousingOrganisationInput = z.infer<typeof HousingOrganisationInput>;
export type HousingOrganisationPatch = z.infer<typeof HousingOrganisationPatch>;
export type Estate = z.infer<typeof Estate>;
export type EstateInput = z.infer<typeof EstateInput>;
export type EstatePatch = z.infer<typeof EstatePatch>;
export type CommitteeKind = z.infer<typeof CommitteeKind>;
export type Administration = z.infer<typeof Administration>;
export type AdministrationInput = z.infer<typeof AdministrationInput>;
export type AdministrationPatch = z.infer<typeof AdministrationPatch>;
export type Committee = z.infer<typeof Committee>;
export type CommitteeInput = z.infer<typeof CommitteeInput>;
export type CommitteePatch = z.infer<typeof CommitteePatch>;
export type FundRulesPatch = z.infer<typeof FundRulesPatch>;
export type MunicipalFundingRules = z.infer<typeof MunicipalFundingRules>;
export type MunicipalFundingRulesPatch = z.infer<typeof MunicipalFundingRulesPatch>;
export type MunicipalFundingRulesList = z.infer<typeof MunicipalFundingRulesList>;
export type InterventionArea = z.infer<typeof InterventionArea>;
export type InterventionAreaInput = z.infer<typeof InterventionAreaInput>;
export type FundingPeriod = z.infer<typeof FundingPeriod>;
export type FundingPeriodDetail = z.infer<typeof FundingPeriodDetail>;
export type FundingPeriodPatch = z.infer<typeof FundingPeriodPatch>;
