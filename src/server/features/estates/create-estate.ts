import type { EstateInput } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { createRow } from '../registry/edit-row.ts';
import { authorizeEstateWrite } from './estate-scope.ts';

/** Registers an estate (afdeling) of a housing organisation in an urban area. */
export async function createEstate(ctx: SignedInCtx, input: EstateInput): Promise<string> {
  const row = await createRow(ctx, {
    table: 'estate',
    values: input,
    authorizeCreate: (trx) => authorizeEstateWrite(ctx, trx, input),
  });
  return row.id;
}
