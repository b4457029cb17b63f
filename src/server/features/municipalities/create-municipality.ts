import { authorize } from '../../../domain/authorization.ts';
import type { MunicipalityInput } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { createRow } from '../registry/edit-row.ts';

/** Adds a municipality (Copenhagen came first; any municipality can be added). Returns it as written. */
export function createMunicipality(ctx: SignedInCtx, input: MunicipalityInput) {
  authorize(ctx.actor, 'municipality.create');
  return createRow(ctx, { table: 'municipality', values: input });
}
