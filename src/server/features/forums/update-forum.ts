import type { ForumPatch } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { editRow } from '../registry/edit-row.ts';
import { authorizeForumWrite, forumWhat } from './forum-scope.ts';

export async function updateForum(ctx: SignedInCtx, id: string, version: number, patch: ForumPatch) {
  await editRow(ctx, {
    table: 'forum',
    id,
    version,
    patch,
    what: forumWhat,
    authorizeRow: (_row, trx) => authorizeForumWrite(ctx, trx, id),
  });
}
