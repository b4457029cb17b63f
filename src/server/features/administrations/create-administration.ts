import type { AdministrationInput } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { createRow } from '../registry/edit-row.ts';
import { authorizeMunicipalityWrite } from '../registry/scopes.ts';
import { withoutCommittee } from './queries.ts';

/** Adds an administration (forvaltning) to a municipality; its committee is added separately. Returns it as written. */
export function createAdministration(ctx: SignedInCtx, input: AdministrationInput) {
  return createRow(ctx, {
    table: 'administration',
    values: input,
    authorizeCreate: (trx) => authorizeMunicipalityWrite(ctx, trx, input.municipalityId),
    shown: withoutCommittee,
  });
}
