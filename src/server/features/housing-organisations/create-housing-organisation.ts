import { authorize } from '../../../domain/authorization.ts';
import type { HousingOrganisationInput } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { createRow } from '../registry/edit-row.ts';

/** Adds a housing organisation; staff of an organisation cannot create others, so admins only. */
export async function createHousingOrganisation(ctx: SignedInCtx, input: HousingOrganisationInput): Promise<string> {
  authorize(ctx.actor, 'housing_organisation.write', { housingOrganisationIds: [] });
  const row = await createRow(ctx, { table: 'housingOrganisation', values: input });
  return row.id;
}
