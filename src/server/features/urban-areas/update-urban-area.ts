import { authorize } from '../../../domain/authorization.ts';
import type { UrbanAreaPatch } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { editRow } from '../registry/edit-row.ts';
import { forumIdOf } from './queries.ts';

/** Returns the area as written, with its forum. */
export function updateUrbanArea(ctx: SignedInCtx, id: string, version: number, patch: UrbanAreaPatch) {
  return editRow(ctx, {
    table: 'urbanArea',
    id,
    version,
    patch,
    what: { da: 'Byområdet', en: 'The urban area' },
    authorizeRow: (row) => authorize(ctx.actor, 'registry.write', { municipalityId: row.municipalityId as string }),
    shown: async (area, trx) => ({ ...area, forumId: await forumIdOf(trx, area.id) }),
  });
}
