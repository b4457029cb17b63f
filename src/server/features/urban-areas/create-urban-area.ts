import { authorize } from '../../../domain/authorization.ts';
import type { UrbanAreaInput } from '../../../domain/schemas/registry.ts';
import { recordAudit } from '../../audit.ts';
import type { SignedInCtx } from '../../context.ts';

/** Creates an urban area together with its Boligsocialt Forum (one forum per urban area). Returns the area as written. */
export async function createUrbanArea(ctx: SignedInCtx, input: UrbanAreaInput) {
  authorize(ctx.actor, 'registry.write', { municipalityId: input.municipalityId });
  return ctx.db.transaction().execute(async (trx) => {
    const area = await trx.insertInto('urbanArea').values(input).returningAll().executeTakeFirstOrThrow();
    const forum = await trx
      .insertInto('forum')
      .values({ urbanAreaId: area.id, name: `Boligsocialt Forum ${area.name}` })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'create', resourceType: 'urbanArea', resourceId: area.id, before: null, after: area });
    await recordAudit(trx, ctx, { action: 'create', resourceType: 'forum', resourceId: forum.id, before: null, after: forum });
    return { ...area, forumId: forum.id };
  });
}
