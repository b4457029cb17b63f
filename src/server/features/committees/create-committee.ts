import type { CommitteeInput } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { createRow } from '../registry/edit-row.ts';
import { authorizeMunicipalityWrite } from '../registry/scopes.ts';
import { requireAdministrationOf } from './committee-scope.ts';

/** Adds a political body: a committee (fagudvalg), the finance committee or the city council. Returns it as written. */
export function createCommittee(ctx: SignedInCtx, input: CommitteeInput) {
  return createRow(ctx, {
    table: 'committee',
    values: input,
    authorizeCreate: async (trx) => {
      await authorizeMunicipalityWrite(ctx, trx, input.municipalityId);
      await requireAdministrationOf(trx, input.municipalityId, input.administrationId);
    },
  });
}
