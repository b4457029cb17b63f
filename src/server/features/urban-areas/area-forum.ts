/**
 * FORUM-VULNERABLE: an urban area has its Boligsocialt Forum while it is vulnerable, and only then.
 * Our choice: the forum is created with the area, or when the area becomes vulnerable, in the same
 * transaction (no separate step to forget); when the area stops being vulnerable its forum is
 * closed (removed) if it holds no members or working groups, else the change is refused (409).
 * The database refuses a forum for a non-vulnerable area whatever code runs (migration 2026-12-05-03).
 */
import type { Transaction } from 'kysely';
import { AppError } from '../../../domain/errors.ts';
import { forumVulnerable } from '../../../domain/rules/fora.ts';
import { toViolation } from '../../../domain/rules/rule.ts';
import { recordAudit } from '../../audit.ts';
import type { Ctx } from '../../context.ts';
import type { Database } from '../../db/schema.ts';

type Trx = Transaction<Database>;
type AuditCtx = Pick<Ctx, 'actor' | 'requestId'>;
type Area = { id: string; name: string; vulnerable: boolean };

/** Creates the area's forum, or closes it, as its vulnerability says. Returns the forum's id (or null). */
export async function placeForum(trx: Trx, ctx: AuditCtx, area: Area): Promise<string | null> {
  const forum = await trx.selectFrom('forum').selectAll().where('urbanAreaId', '=', area.id).forUpdate().executeTakeFirst();
  if (area.vulnerable) {
    if (forum) return forum.id;
    const created = await trx.insertInto('forum').values({ urbanAreaId: area.id, name: `Boligsocialt Forum ${area.name}` }).returningAll().executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'create', resourceType: 'forum', resourceId: created.id, before: null, after: created });
    return created.id;
  }
  if (!forum) return null;
  const count = async (table: 'forumMember' | 'workingGroup') =>
    Number((await trx.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).where('forumId', '=', forum.id).executeTakeFirstOrThrow()).n);
  const findings = forumVulnerable.check({ action: 'keep', area, forum: { members: await count('forumMember'), workingGroups: await count('workingGroup') } });
  if (findings.length > 0) throw new AppError('conflict', findings[0]!.message, findings.map((f) => ({ ...toViolation(f), path: `body.${f.path}` })));
  await trx.deleteFrom('forum').where('id', '=', forum.id).execute();
  await recordAudit(trx, ctx, { action: 'delete', resourceType: 'forum', resourceId: forum.id, before: forum, after: null });
  return null;
}
