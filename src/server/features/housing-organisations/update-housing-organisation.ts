import { authorize } from '../../../domain/authorization.ts';
import type { HousingOrganisationPatch } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { planIdsLedBy } from '../plans/summary-queries.ts';
import { refreshSummaries } from '../plans/summary.ts';
import { editRow } from '../registry/edit-row.ts';

/** Returns the organisation as written. Its name shows in the documents of the plans it leads: made again. */
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
    afterWrite: async (row, trx) => (patch.name === undefined ? 0 : refreshSummaries(trx, await planIdsLedBy(trx, row.id))),
  });
}
