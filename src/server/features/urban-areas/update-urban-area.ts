import { authorize } from '../../../domain/authorization.ts';
import type { UrbanAreaPatch } from '../../../domain/schemas/registry.ts';
import type { SignedInCtx } from '../../context.ts';
import { planIdsOfUrbanArea } from '../plans/summary-queries.ts';
import { refreshSummaries } from '../plans/summary.ts';
import { editRow } from '../registry/edit-row.ts';
import { placeForum } from './area-forum.ts';
import { forumIdOf } from './queries.ts';

/**
 * Returns the area as written, with its forum. Whether it is vulnerable is in the rule report of
 * its plans (and of plans with estates in it), its name in their documents: their summaries are made
 * again when either changes.
 * Becoming vulnerable creates the area's forum; ceasing to be closes it, or is refused (409) while
 * the forum has members or working groups (FORUM-VULNERABLE, area-forum.ts).
 */
export function updateUrbanArea(ctx: SignedInCtx, id: string, version: number, patch: UrbanAreaPatch) {
  return editRow(ctx, {
    table: 'urbanArea',
    id,
    version,
    patch,
    what: { da: 'Byområdet', en: 'The urban area' },
    authorizeRow: (row) => authorize(ctx.actor, 'registry.write', { municipalityId: row.municipalityId as string }),
    afterWrite: async (area, trx) => {
      if (patch.vulnerable !== undefined) await placeForum(trx, ctx, area);
      if (patch.vulnerable === undefined && patch.name === undefined) return;
      await refreshSummaries(trx, await planIdsOfUrbanArea(trx, area.id));
    },
    shown: async (area, trx) => ({ ...area, forumId: await forumIdOf(trx, area.id) }),
  });
}
