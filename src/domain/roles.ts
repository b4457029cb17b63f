/** Roles and scopes (see docs/glossary.md). A user has exactly one role and one scope. */
export const roles = [
  'admin',
  'case_worker',
  'housing_staff',
  'forum_member',
  'fund_officer',
  'researcher',
] as const;
export type Role = (typeof roles)[number];

/** Where a user's role applies. Fund officers and researchers see all municipalities. */
export type Scope = {
  municipalityId: string | null;
  administrationId: string | null;
  housingOrganisationId: string | null;
  urbanAreaId: string | null;
};

export type Actor = { userId: string; role: Role; scope: Scope };

/** Which scope field a role requires. */
export const scopeOfRole: Record<Role, keyof Scope | null> = {
  admin: 'municipalityId',
  case_worker: 'administrationId',
  housing_staff: 'housingOrganisationId',
  forum_member: 'urbanAreaId',
  fund_officer: null,
  researcher: null,
};

export const roleNames: Record<Role, { da: string; en: string }> = {
  admin: { da: 'Administrator (kommune)', en: 'Administrator (municipality)' },
  case_worker: { da: 'Kommunal sagsbehandler', en: 'Municipal case worker' },
  housing_staff: { da: 'Medarbejder i boligorganisation', en: 'Housing organisation staff' },
  forum_member: { da: 'Medlem af Boligsocialt Forum', en: 'Forum member' },
  fund_officer: { da: 'Sagsbehandler i Landsbyggefonden', en: 'Fund officer' },
  researcher: { da: 'Forsker', en: 'Researcher' },
};
