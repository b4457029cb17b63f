import type { ForumPatch } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { editRow } from '../registry/edit-row.ts';
import { authorizeForumWrite, forumWhat } from './forum-scope.ts';
import { withUrbanArea } from './queries.ts';

/** Returns the forum as written, with its urban area. */
export function updateForum(ctx: SignedInCtx, id: string, version: number, patch: ForumPatch) {
  return editRow(ctx, {
    table: 'forum',
    id,
    version,
    patch,
    what: forumWhat,
    authorizeRow: (_row, trx) => authorizeForumWrite(ctx, trx, id),
    shown: withUrbanArea,
  });
}
