import { authorize } from '../../../domain/authorization.ts';
import { ruleViolation } from '../../../domain/errors.ts';
import { type FundingRules, fundingRuleViolations } from '../../../domain/funding-rules.ts';
import type { FundingPeriodPatch } from '../../../domain/schemas/registry.ts';
import { recordAudit } from '../../audit.ts';
import type { SignedInCtx } from '../../context.ts';
import { lockRow, updateLocked } from '../../db/versioned.ts';
import { planIdsOfFundingPeriod } from '../plans/summary-queries.ts';
import { refreshSummaries } from '../plans/summary.ts';
import { withInterventionAreas } from './queries.ts';

export const fundingPeriodWhat = { da: 'Bevillingsperioden', en: 'The funding period' };

/**
 * Renames a funding period or changes its rule parameters. Only the parameters given change; the
 * resulting rule set must hold together (FIN-MUNICIPAL-SPLIT) or nothing is written. New parameters
 * change the rule reports of the period's plans, a new name their documents: their summaries are made again. Returns it as
 * written, with its intervention areas.
 */
export function updateFundingPeriod(ctx: SignedInCtx, id: string, version: number, patch: FundingPeriodPatch) {
  authorize(ctx.actor, 'funding_period.write');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await lockRow(trx, 'fundingPeriod', id, fundingPeriodWhat);
    const rules: FundingRules = { ...(before.rules as FundingRules), ...patch.rules };
    const violations = fundingRuleViolations(rules, 'body.rules');
    if (violations.length > 0) throw ruleViolation(violations);
    const after = await updateLocked(trx, 'fundingPeriod', before, version, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.rules !== undefined ? { rules: JSON.stringify(rules) } : {}),
    });
    if (patch.rules !== undefined || patch.name !== undefined) await refreshSummaries(trx, await planIdsOfFundingPeriod(trx, id));
    await recordAudit(trx, ctx, { action: 'update', resourceType: 'fundingPeriod', resourceId: id, before, after });
    return withInterventionAreas(after, trx);
  });
}
