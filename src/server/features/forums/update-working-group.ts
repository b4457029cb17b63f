import type { WorkingGroupPatch } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { editRow } from '../registry/edit-row.ts';
import { authorizeForumRow } from './forum-scope.ts';

export const workingGroupWhat = { da: 'Arbejdsgruppen', en: 'The working group' };

/** Returns the working group as written. */
export function updateWorkingGroup(
  ctx: SignedInCtx,
  forumId: string,
  groupId: string,
  version: number,
  patch: WorkingGroupPatch,
) {
  return editRow(ctx, {
    table: 'workingGroup',
    id: groupId,
    version,
    patch,
    what: workingGroupWhat,
    authorizeRow: authorizeForumRow(ctx, forumId, workingGroupWhat),
  });
}
