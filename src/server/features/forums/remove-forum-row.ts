/**
 * Removing a row under a forum (a member, a working group): one shape for both. The row must be
 * addressed through its own forum (else 404), the actor must have `forum.write` on that forum, the
 * row must still have `version` (412), and the audit trail keeps what the row held.
 */
import type { Transaction } from 'kysely';
import type { Text } from '../../../domain/errors.ts';
import type { SignedInCtx } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import type { VersionedRow } from '../../db/versioned.ts';
import { deleteRow } from '../registry/edit-row.ts';
import { authorizeForumRow } from './forum-scope.ts';

export type ForumRowTable = 'forumMember' | 'workingGroup';

export type RemoveForumRowSpec = {
  table: ForumRowTable;
  forumId: string;
  id: string;
  version: number;
  what: Text;
  /**
   * Throws if something still depends on the row (runs on the locked row, after authorization,
   * so only those who may remove the row learn why they cannot).
   */
  refuseIfInUse?: (row: VersionedRow, trx: Transaction<Database>) => Promise<void>;
};

export function removeForumRow(ctx: SignedInCtx, spec: RemoveForumRowSpec): Promise<void> {
  const authorizeRow = authorizeForumRow(ctx, spec.forumId, spec.what);
  return deleteRow(ctx, {
    table: spec.table,
    id: spec.id,
    version: spec.version,
    what: spec.what,
    authorizeRow: async (row, trx) => {
      await authorizeRow(row, trx);
      await spec.refuseIfInUse?.(row, trx);
    },
  });
}
