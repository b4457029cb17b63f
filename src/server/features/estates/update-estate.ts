import type { EstatePatch } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { planIdsWithEstate } from '../plans/summary-queries.ts';
import { refreshSummaries } from '../plans/summary.ts';
import { editRow } from '../registry/edit-row.ts';
import { authorizeEstateWrite, estateWhat } from './estate-scope.ts';
import { withPlaceNames } from './queries.ts';

/**
 * Changes an estate. Moving it to another organisation or urban area needs the right to write it
 * where it is and where it goes. The rule reports of the plans with the estate read its name,
 * organisation and place: their summaries are made again. Returns it as written.
 */
export function updateEstate(ctx: SignedInCtx, id: string, version: number, patch: EstatePatch) {
  return editRow(ctx, {
    table: 'estate',
    id,
    version,
    patch,
    what: estateWhat,
    authorizeRow: async (row, trx) => {
      const from = { housingOrganisationId: row.housingOrganisationId as string, urbanAreaId: row.urbanAreaId as string };
      await authorizeEstateWrite(ctx, trx, from);
      const to = {
        housingOrganisationId: patch.housingOrganisationId ?? from.housingOrganisationId,
        urbanAreaId: patch.urbanAreaId ?? from.urbanAreaId,
      };
      if (to.housingOrganisationId !== from.housingOrganisationId || to.urbanAreaId !== from.urbanAreaId) {
        await authorizeEstateWrite(ctx, trx, to);
      }
    },
    afterWrite: async (row, trx) => refreshSummaries(trx, await planIdsWithEstate(trx, row.id)),
    shown: withPlaceNames,
  });
}
