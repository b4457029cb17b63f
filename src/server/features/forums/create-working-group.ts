import type { WorkingGroupInput } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { createRow } from '../registry/edit-row.ts';
import { authorizeForumWrite } from './forum-scope.ts';

/** Sets up a working group (arbejdsgruppe) under a forum, e.g. to draft a contract. Returns it as written. */
export function createWorkingGroup(ctx: SignedInCtx, forumId: string, input: WorkingGroupInput) {
  return createRow(ctx, {
    table: 'workingGroup',
    values: { forumId, ...input },
    authorizeCreate: (trx) => authorizeForumWrite(ctx, trx, forumId),
  });
}
