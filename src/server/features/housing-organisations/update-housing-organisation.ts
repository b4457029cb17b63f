import { authorize } from '../../../domain/authorization.ts';
import type { HousingOrganisationPatch } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { editRow } from '../registry/edit-row.ts';

/** Returns the organisation as written. */
export function updateHousingOrganisation(
  ctx: SignedInCtx,
  id: string,
  version: number,
  patch: HousingOrganisationPatch,
) {
  return editRow(ctx, {
    table: 'housingOrganisation',
    id,
    version,
    patch,
    what: { da: 'Boligorganisationen', en: 'The housing organisation' },
    authorizeRow: (row) => authorize(ctx.actor, 'housing_organisation.write', { housingOrganisationIds: [row.id] }),
  });
}
