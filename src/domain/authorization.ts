/**
 * Who may do what, decided here and nowhere else. Every API route names one action; the HTTP layer
 * asks `mayAttempt` before the handler runs (deny by default), and use cases ask `can` with the
 * scope of the resource they loaded.
 */
import { forbidden } from './errors.ts';
import type { Actor, Role } from './roles.ts';

/** The scope a resource lives in; use cases fill in what they know. */
export type Target = {
  municipalityId?: string | null;
  housingOrganisationIds?: readonly string[];
  urbanAreaId?: string | null;
  /** A plan still in draft (researchers see no drafts). */
  draft?: boolean;
};

type Rule = (actor: Actor, target: Target) => boolean;

const sameMunicipality: Rule = (a, t) =>
  t.municipalityId === undefined || (a.scope.municipalityId !== null && t.municipalityId === a.scope.municipalityId);
const ownOrganisation: Rule = (a, t) =>
  a.scope.housingOrganisationId !== null &&
  (t.housingOrganisationIds ?? []).includes(a.scope.housingOrganisationId);
const ownUrbanArea: Rule = (a, t) =>
  a.scope.urbanAreaId !== null && t.urbanAreaId === a.scope.urbanAreaId;
const always: Rule = () => true;
const notDraft: Rule = (_a, t) => t.draft === false;
/** Anybody with the role may read what is no longer a draft; drafts only within `rule`. */
const approvedOr = (rule: Rule): Rule => (a, t) => t.draft === false || rule(a, t);

/** action → role → rule. A role that is absent may not attempt the action at all. */
export const policy = {
  /** Read the registry (areas, organisations, estates, bodies, funding periods). */
  'registry.read': {
    admin: always, case_worker: always, housing_staff: always, forum_member: always,
    fund_officer: always, researcher: always,
  },
  /** Read named people (forum members). Researchers get no people. */
  'people.read': {
    admin: always, case_worker: always, housing_staff: always, forum_member: always, fund_officer: always,
  },
  /** Create municipalities. */
  'municipality.create': { admin: always },
  /** Edit the municipality's own registry: the municipality, urban areas, administrations, committees. */
  'registry.write': { admin: sameMunicipality },
  /** Edit housing organisations. */
  'housing_organisation.write': { admin: always, housing_staff: ownOrganisation },
  /** Edit estates: the municipality's admin, or staff of the owning organisation. */
  'estate.write': { admin: sameMunicipality, housing_staff: ownOrganisation },
  /** Edit a forum, its members and working groups. */
  'forum.write': { admin: sameMunicipality, forum_member: ownUrbanArea },
  /** Edit funding periods: the catalogue and the fund's parameters (PERIOD-OWNER: the fund's only). */
  'funding_period.write': { fund_officer: always },
  /** Edit the municipality's own parameters per funding period (PERIOD-OWNER: its cap and split). */
  'municipal_rules.write': { admin: sameMunicipality },
  /** Manage users of the municipality. */
  'users.manage': { admin: sameMunicipality },
  /**
   * Read a plan and its content. Housing staff: plans of their organisation (lead or owner of one of
   * its estates); forum members: their urban area's plans; researchers: no drafts.
   */
  'plan.read': {
    admin: sameMunicipality, case_worker: sameMunicipality, housing_staff: ownOrganisation,
    forum_member: ownUrbanArea, fund_officer: always, researcher: notDraft,
  },
  /** Create a plan, and edit one (and its goals, activities, budget) while it is a draft. Housing staff: as lead. */
  'plan.write': { admin: sameMunicipality, case_worker: sameMunicipality, housing_staff: ownOrganisation },
  /**
   * Record a decision on a plan (route level). Which body a role may record for is decided per step
   * by the `decision.*` actions below (src/domain/workflow.ts).
   */
  'plan.decide': { admin: sameMunicipality, case_worker: sameMunicipality, housing_staff: ownOrganisation, fund_officer: always },
  /** Record decisions of the municipality's committees, Økonomiudvalget and Borgerrepræsentationen. */
  'decision.municipal_body': { admin: sameMunicipality, case_worker: sameMunicipality },
  /** Record the lead organisation's steps: prequalification application, submission, board, start. Target: the lead only. */
  'decision.lead_organisation': { housing_staff: ownOrganisation },
  /** Record the fund's decisions: prequalification, advisory process, commitment (tilsagn), closure. */
  'decision.fund': { fund_officer: always },
  /** See which plans wait for a body (to prepare a meeting). */
  'approval.read': { admin: sameMunicipality, case_worker: sameMunicipality, fund_officer: always },
  /** Generate the documents for a meeting (the City Council proposal, DOCX/PDF) of the municipality's urban areas. */
  'documents.read': { admin: sameMunicipality, case_worker: sameMunicipality, fund_officer: always },
  /** Start a change revision of a committed plan (APP-LOCK). Housing staff: as lead. */
  'plan.revise': { admin: sameMunicipality, case_worker: sameMunicipality, housing_staff: ownOrganisation },
  /** Read the municipality's pools and their allocations. */
  'pool.read': { admin: sameMunicipality, case_worker: sameMunicipality, fund_officer: always },
  /** Create pools and allocate from them. */
  'pool.write': { admin: sameMunicipality },
  /**
   * Read cooperation contracts. Approved ones are public knowledge; drafts: the municipality, the
   * area's forum members, housing staff of organisations in the area (`housingOrganisationIds`).
   */
  'contract.read': {
    admin: approvedOr(sameMunicipality), case_worker: approvedOr(sameMunicipality),
    housing_staff: approvedOr(ownOrganisation), forum_member: approvedOr(ownUrbanArea), fund_officer: always,
    researcher: notDraft,
  },
  /** Create a draft contract and edit it while it is a draft (CON-WORKING-GROUP). */
  'contract.write': { admin: sameMunicipality, case_worker: sameMunicipality, forum_member: ownUrbanArea },
  /** Adopt a forum revision of an approved contract (CON-REVISION). */
  'contract.revise': { admin: sameMunicipality, forum_member: ownUrbanArea },
  /** Read the audit trail. */
  'audit.read': { admin: always, fund_officer: always },
} satisfies Record<string, Partial<Record<Role, Rule>>>;

export type Action = keyof typeof policy;
export const actions = Object.keys(policy) as Action[];

function ruleFor(action: Action, role: Role): Rule | undefined {
  return (policy[action] as Partial<Record<Role, Rule>>)[role];
}

/** May this role attempt the action at all (before the resource is known)? */
export function mayAttempt(actor: Actor, action: Action): boolean {
  return ruleFor(action, actor.role) !== undefined;
}

/** May this actor do the action on a resource with this scope? */
export function can(actor: Actor, action: Action, target: Target = {}): boolean {
  const rule = ruleFor(action, actor.role);
  return rule !== undefined && rule(actor, target);
}

export function authorize(actor: Actor, action: Action, target: Target = {}): void {
  if (!can(actor, action, target)) throw forbidden();
}
