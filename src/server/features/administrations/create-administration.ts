import { authorize } from '../../../domain/authorization.ts';
import type { AdministrationInput } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { createRow } from '../registry/edit-row.ts';
import { requireMunicipality } from '../registry/scopes.ts';
import { withoutCommittee } from './queries.ts';

/** Adds an administration (forvaltning) to a municipality; its committee is added separately. Returns it as written. */
export function createAdministration(ctx: SignedInCtx, input: AdministrationInput) {
  return createRow(ctx, {
    table: 'administration',
    values: input,
    authorizeCreate: async (trx) => {
      await requireMunicipality(trx, input.municipalityId, 'body.municipalityId');
      authorize(ctx.actor, 'registry.write', { municipalityId: input.municipalityId });
    },
    shown: withoutCommittee,
  });
}
