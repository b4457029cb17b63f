import { authorize } from '../../../domain/authorization.ts';
import type { UrbanAreaInput } from '../../../domain/schemas/registry.ts';
import { recordAudit } from '../../audit.ts';
import type { SignedInCtx } from '../../context.ts';
import { placeForum } from './area-forum.ts';

/**
 * Creates an urban area, with its Boligsocialt Forum when it is vulnerable (FORUM-VULNERABLE: only
 * vulnerable areas have one). Returns the area as written, with its forum's id or null.
 */
export async function createUrbanArea(ctx: SignedInCtx, input: UrbanAreaInput) {
  authorize(ctx.actor, 'registry.write', { municipalityId: input.municipalityId });
  return ctx.db.transaction().execute(async (trx) => {
    const area = await trx.insertInto('urbanArea').values(input).returningAll().executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'create', resourceType: 'urbanArea', resourceId: area.id, before: null, after: area });
    return { ...area, forumId: await placeForum(trx, ctx, area) };
  });
}
