import { notFound } from '../../../domain/errors.ts';
import type { ForumMemberPatch } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { editRow } from '../registry/edit-row.ts';
import { authorizeForumWrite } from './forum-scope.ts';

export const memberWhat = { da: 'Forummedlemmet', en: 'The forum member' };

export async function updateForumMember(
  ctx: SignedInCtx,
  forumId: string,
  memberId: string,
  version: number,
  patch: ForumMemberPatch,
) {
  await editRow(ctx, {
    table: 'forumMember',
    id: memberId,
    version,
    patch,
    what: memberWhat,
    authorizeRow: async (row, trx) => {
      if (row.forumId !== forumId) throw notFound(memberWhat);
      await authorizeForumWrite(ctx, trx, forumId);
    },
  });
}
