import { notFound } from '../../../domain/errors.ts';
import type { SignedInCtx } from '../../context.ts';
import { deleteRow } from '../registry/edit-row.ts';
import { authorizeForumWrite } from './forum-scope.ts';
import { memberWhat } from './update-forum-member.ts';

/** Removes a member from a forum; the audit trail keeps what the member row held. */
export async function removeForumMember(ctx: SignedInCtx, forumId: string, memberId: string, version: number) {
  await deleteRow(ctx, {
    table: 'forumMember',
    id: memberId,
    version,
    what: memberWhat,
    authorizeRow: async (row, trx) => {
      if (row.forumId !== forumId) throw notFound(memberWhat);
      await authorizeForumWrite(ctx, trx, forumId);
    },
  });
}
