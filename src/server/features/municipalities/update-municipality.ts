import { authorize } from '../../../domain/authorization.ts';
import type { MunicipalityPatch } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { editRow } from '../registry/edit-row.ts';

/** Renames or renumbers a municipality: only its own admin may. Returns it as written. */
export function updateMunicipality(ctx: SignedInCtx, id: string, version: number, patch: MunicipalityPatch) {
  return editRow(ctx, {
    table: 'municipality',
    id,
    version,
    patch,
    what: { da: 'Kommunen', en: 'The municipality' },
    authorizeRow: (row) => authorize(ctx.actor, 'registry.write', { municipalityId: row.id }),
  });
}
