import { authorize } from '../../../domain/authorization.ts';
import type { HousingOrganisationInput } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { createRow } from '../registry/edit-row.ts';

/** Adds a housing organisation; staff of an organisation cannot create others, so admins only. Returns it as written. */
export function createHousingOrganisation(ctx: SignedInCtx, input: HousingOrganisationInput) {
  authorize(ctx.actor, 'housing_organisation.write', { housingOrganisationIds: [] });
  return createRow(ctx, { table: 'housingOrganisation', values: input });
}
