import { notFound, ruleViolation } from '../../../domain/errors.ts';
import { type MunicipalRules, fundingRuleViolations, municipalPart, withoutInferred } from '../../../domain/funding-rules.ts';
import type { MunicipalFundingRulesPatch } from '../../../domain/schemas/registry.ts';
import { recordAudit } from '../../audit.ts';
import type { SignedInCtx } from '../../context.ts';
import { lockRow, updateLocked } from '../../db/versioned.ts';
import { authorizePeriodChange } from '../funding-periods/period-owner.ts';
import { refreshSummaries } from '../plans/summary.ts';
import { findMunicipalRules, municipalRulesWhat, planIdsOfMunicipalityInPeriod } from './queries.ts';

/**
 * Changes a municipality's own parameters for a funding period (PERIOD-OWNER: that municipality's
 * admins only): its co-financing cap and the split of it, which must add up (FIN-MUNICIPAL-SPLIT)
 * or nothing is written. The parameters given are no longer marked inferred. The rule reports of
 * the municipality's plans of the period read them: their summaries are made again. Returns the
 * parameters as written, with the period.
 */
export async function updateMunicipalFundingRules(
  ctx: SignedInCtx,
  municipalityId: string,
  fundingPeriodId: string,
  version: number,
  patch: MunicipalFundingRulesPatch,
) {
  authorizePeriodChange({ actor: ctx.actor, change: { kind: 'municipal', municipalityId } });
  return ctx.db.transaction().execute(async (trx) => {
    const found = await findMunicipalRules(trx, municipalityId, fundingPeriodId);
    if (!found) throw notFound(municipalRulesWhat);
    const before = await lockRow(trx, 'municipalFundingRules', found.id, municipalRulesWhat);
    const rules: MunicipalRules = municipalPart({ ...(before as unknown as MunicipalRules), ...patch.rules });
    const violations = fundingRuleViolations(rules, 'body.rules');
    if (violations.length > 0) throw ruleViolation(violations);
    const after = await updateLocked(trx, 'municipalFundingRules', before, version, {
      ...rules,
      inferred: JSON.stringify(withoutInferred(before.inferred as object, Object.keys(patch.rules))),
    });
    await refreshSummaries(trx, await planIdsOfMunicipalityInPeriod(trx, municipalityId, fundingPeriodId));
    await recordAudit(trx, ctx, { action: 'update', resourceType: 'municipalFundingRules', resourceId: after.id, before, after });
    return (await findMunicipalRules(trx, municipalityId, fundingPeriodId))!;
  });
}
