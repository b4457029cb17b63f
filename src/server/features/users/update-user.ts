import type { z } from 'zod';
import { notFound, ruleViolation } from '../../../domain/errors.ts';
import type { Scope } from '../../../domain/roles.ts';
import { UserPatch } from '../../../domain/schemas/users.ts';
import { recordAudit } from '../../audit.ts';
import { type Ctx, signedIn } from '../../context.ts';
import { lockRow, staleVersion } from '../../db/versioned.ts';
import { planIdsWithTargetsChangedBy } from '../plans/summary-queries.ts';
import { refreshSummaries } from '../plans/summary.ts';
import { isSystem } from './add-user.ts';
import { parseInput } from './parse.ts';
import { findUser } from './queries.ts';
import { type ScopeInput, authorizeScope, resolveScope } from './scope.ts';

const what = { da: 'Brugeren', en: 'The user' };

/**
 * Changes a user's role, scope, name or active flag (If-Match `version`). The scope is checked
 * against the resulting role; an admin may only touch users within their municipality, before and
 * after. Deactivating a user ends all their sessions at once. A new name shows in the documents of
 * the plans whose targets they changed: made again.
 */
export async function updateUser(ctx: Ctx, id: string, version: number, raw: z.input<typeof UserPatch>) {
  const patch = parseInput(UserPatch, raw);
  const actor = isSystem(ctx) ? null : signedIn(ctx).actor;
  return ctx.db.transaction().execute(async (trx) => {
    await lockRow(trx, 'appUser', id, what);
    const before = await findUser(trx, id);
    if (!before) throw notFound(what);
    const role = patch.role ?? before.role;
    // Scope fields the patch names replace the stored ones. Stored ones are kept only while the
    // role stays (an admin's municipality also when becoming admin); derived ones are derived again.
    const keep = (key: keyof Scope) => (key === 'municipalityId' ? role === 'admin' : role === before.role);
    const given: ScopeInput = {};
    for (const key of ['municipalityId', 'administrationId', 'housingOrganisationId', 'urbanAreaId'] as const) {
      given[key] = key in patch ? patch[key] : keep(key) ? before[key] : undefined;
    }
    if (actor) {
      const was = await resolveScope(trx, before.role, before).catch(() => null);
      authorizeScope(actor, 'users.manage', was?.municipalities ?? []);
    }
    const { scope, municipalities } = await resolveScope(trx, role, given);
    if (actor) {
      authorizeScope(actor, 'users.manage', municipalities);
      if (actor.userId === id && (role !== before.role || patch.active === false)) {
        throw ruleViolation([
          {
            rule: 'USER-SELF',
            path: patch.active === false ? 'active' : 'role',
            message: {
              da: 'Du kan ikke fjerne din egen rolle eller deaktivere dig selv',
              en: 'You cannot change your own role or deactivate yourself',
            },
          },
        ]);
      }
    }
    if (before.version !== version) throw staleVersion();
    await trx
      .updateTable('appUser')
      .set({
        ...(patch.displayName !== undefined ? { displayName: patch.displayName } : {}),
        ...(patch.active !== undefined ? { active: patch.active } : {}),
        role,
        ...scope,
        version: version + 1,
        updatedAt: new Date(),
      })
      .where('id', '=', id)
      .execute();
    if (patch.displayName !== undefined && patch.displayName !== before.displayName) {
      await refreshSummaries(trx, await planIdsWithTargetsChangedBy(trx, id));
    }
    if (patch.active === false) await trx.deleteFrom('session').where('userId', '=', id).execute();
    const after = (await findUser(trx, id))!;
    await recordAudit(trx, ctx, { action: 'update', resourceType: 'user', resourceId: id, before, after });
    return after;
  });
}
