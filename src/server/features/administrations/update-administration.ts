import { authorize } from '../../../domain/authorization.ts';
import type { AdministrationPatch } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { editRow } from '../registry/edit-row.ts';

export async function updateAdministration(ctx: SignedInCtx, id: string, version: number, patch: AdministrationPatch) {
  await editRow(ctx, {
    table: 'administration',
    id,
    version,
    patch,
    what: { da: 'Forvaltningen', en: 'The administration' },
    authorizeRow: (row) => authorize(ctx.actor, 'registry.write', { municipalityId: row.municipalityId as string }),
  });
}
