import type { EstateInput } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { createRow } from '../registry/edit-row.ts';
import { authorizeEstateWrite } from './estate-scope.ts';
import { withPlaceNames } from './queries.ts';

/** Registers an estate (afdeling) of a housing organisation in an urban area. Returns it as written. */
export function createEstate(ctx: SignedInCtx, input: EstateInput) {
  return createRow(ctx, {
    table: 'estate',
    values: input,
    authorizeCreate: (trx) => authorizeEstateWrite(ctx, trx, input),
    shown: withPlaceNames,
  });
}
