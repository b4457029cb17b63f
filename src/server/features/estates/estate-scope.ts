/**
 * Who may write an estate: the admin of the municipality of its urban area, or staff of the
 * organisation that owns it. Checked against the estate's real scope, looked up in the write's
 * transaction.
 */
import type { Transaction } from 'kysely';
import { authorize } from '../../../domain/authorization.ts';
import type { SignedInCtx } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { requireHousingOrganisation, urbanAreaScope } from '../registry/scopes.ts';

export const estateWhat = { da: 'Afdelingen', en: 'The estate' };

export type EstatePlace = { housingOrganisationId: string; urbanAreaId: string };

/** `paths` names the body fields for a 422 when the organisation or area does not exist. */
export async function authorizeEstateWrite(
  ctx: SignedInCtx,
  trx: Transaction<Database>,
  place: EstatePlace,
  paths = { housingOrganisationId: 'body.housingOrganisationId', urbanAreaId: 'body.urbanAreaId' },
): Promise<void> {
  await requireHousingOrganisation(trx, place.housingOrganisationId, paths.housingOrganisationId);
  const area = await urbanAreaScope(trx, place.urbanAreaId, paths.urbanAreaId);
  authorize(ctx.actor, 'estate.write', {
    municipalityId: area.municipalityId,
    urbanAreaId: area.urbanAreaId,
    housingOrganisationIds: [place.housingOrganisationId],
  });
}
