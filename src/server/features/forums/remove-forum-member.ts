import type { SignedInCtx } from '../../context.ts';
import { removeForumRow } from './remove-forum-row.ts';
import { memberWhat } from './update-forum-member.ts';

/** Removes a member from a forum; the audit trail keeps what the member row held. */
export async function removeForumMember(ctx: SignedInCtx, forumId: string, memberId: string, version: number) {
  await removeForumRow(ctx, { table: 'forumMember', forumId, id: memberId, version, what: memberWhat });
}
