import { ruleViolation } from '../../../domain/errors.ts';
import { planPeriod } from '../../../domain/rules/plans.ts';
import { toViolation } from '../../../domain/rules/rule.ts';
import type { PlanPatch } from '../../../domain/schemas/plans.ts';
import { type WriteCtx, type WrittenPlan, editPlan } from './edit-plan.ts';
import { checkPlanReferences, writePlanLinks } from './plan-links.ts';

/**
 * Changes a draft plan's fields, estates, committees and cooperation. The urban area and funding
 * period are fixed once a plan exists (its content refers to the period's intervention areas).
 * Returns the plan as written.
 */
export async function updatePlan(ctx: WriteCtx, planId: string, version: number, patch: PlanPatch): Promise<WrittenPlan> {
  const { plan } = await editPlan(ctx, planId, version, async (trx, before) => {
    const p = before.plan;
    const dates = { startDate: patch.startDate ?? p.startDate, endDate: patch.endDate ?? p.endDate };
    const periodErrors = planPeriod.check({ plan: { ...p, ...dates }, rules: p.rules }).filter((f) => f.severity === 'error');
    if (periodErrors.length > 0) throw ruleViolation(periodErrors.map((f) => ({ ...toViolation(f), path: `body.${f.path}` })));
    if (patch.housingOrganisationId) {
      const org = await trx.selectFrom('housingOrganisation').select('id').where('id', '=', patch.housingOrganisationId).executeTakeFirst();
      if (!org) throw ruleViolation([{ rule: 'REFERENCE', path: 'body.housingOrganisationId', message: { da: 'Boligorganisationen findes ikke', en: 'The housing organisation does not exist' } }]);
    }
    await checkPlanReferences(trx, p.municipalityId, patch);
    const fields = {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.housingOrganisationId !== undefined ? { housingOrganisationId: patch.housingOrganisationId } : {}),
      ...(patch.startDate !== undefined ? { startDate: patch.startDate } : {}),
      ...(patch.endDate !== undefined ? { endDate: patch.endDate } : {}),
      ...(patch.challenges !== undefined ? { challenges: patch.challenges } : {}),
      ...(patch.provenance !== undefined ? { provenance: patch.provenance } : {}),
      ...(patch.cooperation !== undefined
        ? { cooperationAgreementDate: patch.cooperation.agreementDate, cooperationReference: patch.cooperation.reference }
        : {}),
    };
    if (Object.keys(fields).length > 0) await trx.updateTable('plan').set(fields).where('id', '=', planId).execute();
    await writePlanLinks(trx, planId, patch);
    return {
      action: 'update',
      resourceType: 'plan',
      resourceId: planId,
      before: { ...p, estateIds: before.estates.map((e) => e.id), committeeIds: before.committeeIds, partnerAdministrationIds: before.partnerAdministrationIds },
      after: patch,
      result: null,
      path: (rulePath) => `body.${rulePath}`,
    };
  });
  return plan;
}
