/** Who may write to a forum: the admin of its municipality, or a forum member of its urban area. */
import type { Transaction } from 'kysely';
import { authorize } from '../../../domain/authorization.ts';
import { type Text, notFound } from '../../../domain/errors.ts';
import type { SignedInCtx } from '../../context.ts';
import type { VersionedRow } from '../../db/versioned.ts';
import type { Database } from '../../db/schema.ts';
import { findForumScope } from '../registry/scopes.ts';

export const forumWhat = { da: 'Forummet', en: 'The forum' };

export async function authorizeForumWrite(ctx: SignedInCtx, trx: Transaction<Database>, forumId: string): Promise<void> {
  const scope = await findForumScope(trx, forumId);
  if (!scope) throw notFound(forumWhat);
  authorize(ctx.actor, 'forum.write', { municipalityId: scope.municipalityId, urbanAreaId: scope.urbanAreaId });
}

/**
 * The `authorizeRow` of a row under a forum (a member, a working group) addressed through
 * `forumId`: a row of another forum does not exist here (404); then the forum's write access.
 */
export const authorizeForumRow =
  (ctx: SignedInCtx, forumId: string, what: Text) =>
  async (row: VersionedRow, trx: Transaction<Database>): Promise<void> => {
    if (row.forumId !== forumId) throw notFound(what);
    await authorizeForumWrite(ctx, trx, forumId);
  };
