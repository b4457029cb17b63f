/**
 * A user's scope, checked against their role: the role's scope field must be set and exist, fields
 * the role does not use must not be set, and the municipality is derived where the scope implies it.
 * Shared by addUser and updateUser.
 */
import { type Action, authorize } from '../../../domain/authorization.ts';
import { type Text, type Violation, ruleViolation } from '../../../domain/errors.ts';
import { type Actor, type Role, type Scope, roleNames, scopeOfRole } from '../../../domain/roles.ts';
import type { Db } from '../../db/create-db.ts';
import { municipalitiesOfOrganisation } from './queries.ts';

export type ScopeInput = { [K in keyof Scope]?: string | null | undefined };
export type ResolvedScope = {
  scope: Scope;
  /** The municipalities the user's scope lies in (none for the national roles). */
  municipalities: string[];
};

const scopeKeys = ['municipalityId', 'administrationId', 'housingOrganisationId', 'urbanAreaId'] as const;
const fieldNames: Record<keyof Scope, Text> = {
  municipalityId: { da: 'kommune', en: 'municipality' },
  administrationId: { da: 'forvaltning', en: 'administration' },
  housingOrganisationId: { da: 'boligorganisation', en: 'housing organisation' },
  urbanAreaId: { da: 'byområde', en: 'urban area' },
};
/** Scope fields a role may carry besides its own: the municipality its scope lies in. */
const derivedMunicipality: Partial<Record<Role, true>> = { case_worker: true, forum_member: true };

const violation = (path: keyof Scope, da: string, en: string): Violation => ({ rule: 'USER-SCOPE', path, message: { da, en } });

/**
 * Resolves the scope for `role` from `given` (only the keys present count). Throws a 422 naming
 * every field that is wrong.
 */
export async function resolveScope(db: Db, role: Role, given: ScopeInput): Promise<ResolvedScope> {
  const needed = scopeOfRole[role];
  const scope: Scope = { municipalityId: null, administrationId: null, housingOrganisationId: null, urbanAreaId: null };
  const violations: Violation[] = [];
  const roleName = roleNames[role];

  for (const key of scopeKeys) {
    const value = given[key];
    if (value === undefined || value === null) continue;
    if (key !== needed && !(key === 'municipalityId' && derivedMunicipality[role])) {
      violations.push(
        violation(key, `Rollen "${roleName.da}" har ingen ${fieldNames[key].da}`, `The role "${roleName.en}" has no ${fieldNames[key].en}`),
      );
    }
  }
  const value = needed ? given[needed] : null;
  if (needed && !value) {
    violations.push(
      violation(needed, `Rollen "${roleName.da}" kræver en ${fieldNames[needed].da}`, `The role "${roleName.en}" requires a ${fieldNames[needed].en}`),
    );
  }
  if (violations.length > 0 || !needed || !value) {
    if (violations.length > 0) throw ruleViolation(violations);
    return { scope, municipalities: [] };
  }

  const missing = () => {
    throw ruleViolation([
      violation(needed, `Den angivne ${fieldNames[needed].da} findes ikke`, `The given ${fieldNames[needed].en} does not exist`),
    ]);
  };
  scope[needed] = value;
  switch (needed) {
    case 'municipalityId': {
      const row = await db.selectFrom('municipality').select('id').where('id', '=', value).executeTakeFirst();
      if (!row) return missing();
      return { scope, municipalities: [row.id] };
    }
    case 'administrationId':
    case 'urbanAreaId': {
      const table = needed === 'administrationId' ? 'administration' : 'urbanArea';
      const row = await db.selectFrom(table).select('municipalityId').where('id', '=', value).executeTakeFirst();
      if (!row) return missing();
      if (given.municipalityId && given.municipalityId !== row.municipalityId) {
        throw ruleViolation([
          violation(
            'municipalityId',
            `Kommunen passer ikke til den angivne ${fieldNames[needed].da}`,
            `The municipality does not match the given ${fieldNames[needed].en}`,
          ),
        ]);
      }
      scope.municipalityId = row.municipalityId;
      return { scope, municipalities: [row.municipalityId] };
    }
    case 'housingOrganisationId': {
      const row = await db.selectFrom('housingOrganisation').select('id').where('id', '=', value).executeTakeFirst();
      if (!row) return missing();
      return { scope, municipalities: await municipalitiesOfOrganisation(db, row.id) };
    }
  }
}

/**
 * An admin manages users whose scope lies in the admin's own municipality (for housing staff: an
 * organisation with estates there). National roles lie in no municipality, so only the CLI makes them.
 */
export function authorizeScope(actor: Actor, action: Action, municipalities: string[]): void {
  const own = actor.scope.municipalityId;
  const municipalityId = own !== null && municipalities.includes(own) ? own : (municipalities[0] ?? null);
  authorize(actor, action, { municipalityId });
}
