import { authorize } from '../../../domain/authorization.ts';
import type { MunicipalityInput } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { createRow } from '../registry/edit-row.ts';

/** Adds a municipality (Copenhagen came first; any municipality can be added). */
export async function createMunicipality(ctx: SignedInCtx, input: MunicipalityInput): Promise<string> {
  authorize(ctx.actor, 'municipality.create');
  const row = await createRow(ctx, { table: 'municipality', values: input });
  return row.id;
}
