import { authorize } from '../../../domain/authorization.ts';
import type { AdministrationPatch } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { editRow } from '../registry/edit-row.ts';
import { withCommittee } from './queries.ts';

/** Returns the administration as written, with its committee. */
export function updateAdministration(ctx: SignedInCtx, id: string, version: number, patch: AdministrationPatch) {
  return editRow(ctx, {
    table: 'administration',
    id,
    version,
    patch,
    what: { da: 'Forvaltningen', en: 'The administration' },
    authorizeRow: (row) => authorize(ctx.actor, 'registry.write', { municipalityId: row.municipalityId as string }),
    shown: withCommittee,
  });
}
