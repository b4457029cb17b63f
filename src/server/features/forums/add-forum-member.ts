import type { ForumMemberInput } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { createRow } from '../registry/edit-row.ts';
import { authorizeForumWrite } from './forum-scope.ts';
import { checkRepresents } from './member-represents.ts';

/**
 * Adds a member (name, organisation, role in the forum, whom they represent: FORUM-MEMBERS) to a
 * Boligsocialt Forum. Returns it as written.
 */
export function addForumMember(ctx: SignedInCtx, forumId: string, input: ForumMemberInput) {
  return createRow(ctx, {
    table: 'forumMember',
    values: { forumId, ...input },
    authorizeCreate: async (trx) => {
      await authorizeForumWrite(ctx, trx, forumId);
      await checkRepresents(trx, forumId, input);
    },
  });
}
