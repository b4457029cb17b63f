import type { ForumMemberPatch } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { editRow } from '../registry/edit-row.ts';
import { authorizeForumRow } from './forum-scope.ts';
import { type Represents, checkRepresents } from './member-represents.ts';

export const memberWhat = { da: 'Forummedlemmet', en: 'The forum member' };

/** Returns the member as written. */
export function updateForumMember(
  ctx: SignedInCtx,
  forumId: string,
  memberId: string,
  version: number,
  patch: ForumMemberPatch,
) {
  return editRow(ctx, {
    table: 'forumMember',
    id: memberId,
    version,
    patch,
    what: memberWhat,
    authorizeRow: async (row, trx) => {
      await authorizeForumRow(ctx, forumId, memberWhat)(row, trx);
      await checkRepresents(trx, forumId, patch, row as Represents);
    },
  });
}
