import { type FundRules, fundPart, withoutInferred } from '../../../domain/funding-rules.ts';
import type { FundingPeriodPatch } from '../../../domain/schemas/registry.ts';
import { recordAudit } from '../../audit.ts';
import type { SignedInCtx } from '../../context.ts';
import { lockRow, updateLocked } from '../../db/versioned.ts';
import { planIdsOfFundingPeriod } from '../plans/summary-queries.ts';
import { refreshSummaries } from '../plans/summary.ts';
import { authorizePeriodChange } from './period-owner.ts';
import { withInterventionAreas } from './queries.ts';

export const fundingPeriodWhat = { da: 'Bevillingsperioden', en: 'The funding period' };

/**
 * Renames a funding period or changes the fund's parameters (PERIOD-OWNER: fund officers only; the
 * municipality's own parameters are changed per municipality, update-municipal-funding-rules.ts).
 * Only the parameters given change, and those given are no longer marked inferred. New parameters
 * change the rule reports of the period's plans, a new name their documents: their summaries are
 * made again. Returns it as
 * written, with its intervention areas.
 */
export function updateFundingPeriod(ctx: SignedInCtx, id: string, version: number, patch: FundingPeriodPatch) {
  authorizePeriodChange({ actor: ctx.actor, change: { kind: 'fund' } });
  return ctx.db.transaction().execute(async (trx) => {
    const before = await lockRow(trx, 'fundingPeriod', id, fundingPeriodWhat);
    const given = Object.keys(patch.rules ?? {});
    const rules: FundRules = fundPart({ ...(before.rules as FundRules), ...patch.rules });
    const after = await updateLocked(trx, 'fundingPeriod', before, version, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.rules !== undefined ? { rules: JSON.stringify(rules), inferred: JSON.stringify(withoutInferred(before.inferred as object, given)) } : {}),
    });
    if (patch.rules !== undefined || patch.name !== undefined) await refreshSummaries(trx, await planIdsOfFundingPeriod(trx, id));
    await recordAudit(trx, ctx, { action: 'update', resourceType: 'fundingPeriod', resourceId: id, before, after });
    return withInterventionAreas(after, trx);
  });
}
