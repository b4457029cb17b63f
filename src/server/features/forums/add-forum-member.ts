import type { ForumMemberInput } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { createRow } from '../registry/edit-row.ts';
import { authorizeForumWrite } from './forum-scope.ts';

/** Adds a member (name, organisation, role in the forum) to a Boligsocialt Forum. */
export async function addForumMember(ctx: SignedInCtx, forumId: string, input: ForumMemberInput): Promise<string> {
  const row = await createRow(ctx, {
    table: 'forumMember',
    values: { forumId, ...input },
    authorizeCreate: (trx) => authorizeForumWrite(ctx, trx, forumId),
  });
  return row.id;
}
