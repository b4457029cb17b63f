import { authorize } from '../../../domain/authorization.ts';
import type { CommitteePatch } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { editRow } from '../registry/edit-row.ts';
import { committeeWhat, requireAdministrationOf } from './committee-scope.ts';

/** Returns the committee as written. */
export function updateCommittee(ctx: SignedInCtx, id: string, version: number, patch: CommitteePatch) {
  return editRow(ctx, {
    table: 'committee',
    id,
    version,
    patch,
    what: committeeWhat,
    authorizeRow: async (row, trx) => {
      const municipalityId = row.municipalityId as string;
      authorize(ctx.actor, 'registry.write', { municipalityId });
      await requireAdministrationOf(trx, municipalityId, patch.administrationId);
    },
  });
}
