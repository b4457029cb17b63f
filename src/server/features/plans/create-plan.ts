import { ruleViolation } from '../../../domain/errors.ts';
import { planPeriod } from '../../../domain/rules/plans.ts';
import { writeErrors } from '../../../domain/rules/report.ts';
import { toViolation } from '../../../domain/rules/rule.ts';
import type { PlanInput } from '../../../domain/schemas/plans.ts';
import { recordAudit } from '../../audit.ts';
import { type WriteCtx, type WrittenPlan, authorizeAs, badReference } from './edit-plan.ts';
import { checkPlanReferences, writePlanLinks } from './plan-links.ts';
import { toSnapshot } from './present.ts';
import { contentParts, findPlan } from './queries.ts';
import { writeSummary } from './summary.ts';

/**
 * Creates a draft plan with its estates, committees and cooperation. Housing staff create plans of
 * their own organisation (as lead); the municipality's admins and case workers any in it. Returns
 * the plan as written (version 1) with its summary.
 */
export async function createPlan(ctx: WriteCtx, input: PlanInput): Promise<WrittenPlan> {
  return ctx.db.transaction().execute(async (trx) => {
    const area = await trx.selectFrom('urbanArea').select(['id', 'municipalityId']).where('id', '=', input.urbanAreaId).executeTakeFirst();
    if (!area) throw badReference('body.urbanAreaId', { da: 'Byområdet', en: 'The urban area' });
    authorizeAs(ctx, 'plan.write', {
      municipalityId: area.municipalityId,
      housingOrganisationIds: [input.housingOrganisationId],
      urbanAreaId: area.id,
      draft: true,
    });
    const period = await trx.selectFrom('fundingPeriod').select(['id', 'rules']).where('id', '=', input.fundingPeriodId).executeTakeFirst();
    if (!period) throw badReference('body.fundingPeriodId', { da: 'Bevillingsperioden', en: 'The funding period' });
    const lead = await trx.selectFrom('housingOrganisation').select('id').where('id', '=', input.housingOrganisationId).executeTakeFirst();
    if (!lead) throw badReference('body.housingOrganisationId', { da: 'Boligorganisationen', en: 'The housing organisation' });
    const periodErrors = planPeriod.check({ plan: { ...input }, rules: period.rules }).filter((f) => f.severity === 'error');
    if (periodErrors.length > 0) throw ruleViolation(periodErrors.map((f) => ({ ...toViolation(f), path: `body.${f.path}` })));
    await checkPlanReferences(trx, area.municipalityId, input);

    const plan = await trx
      .insertInto('plan')
      .values({
        name: input.name,
        fundingPeriodId: input.fundingPeriodId,
        urbanAreaId: input.urbanAreaId,
        housingOrganisationId: input.housingOrganisationId,
        startDate: input.startDate,
        endDate: input.endDate,
        challenges: input.challenges,
        cooperationAgreementDate: input.cooperation.agreementDate,
        cooperationReference: input.cooperation.reference,
        provenance: input.provenance,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writePlanLinks(trx, plan.id, input);

    const created = (await findPlan(trx, plan.id, { include: contentParts }))!;
    const errors = writeErrors(toSnapshot(created));
    if (errors.length > 0) throw ruleViolation(errors.map((f) => ({ ...toViolation(f), path: `body.${f.path}` })));
    await recordAudit(trx, ctx, { action: 'create', resourceType: 'plan', resourceId: plan.id, before: null, after: { ...created.plan, estateIds: input.estateIds, committeeIds: input.committeeIds, cooperation: input.cooperation } });
    return { ...created, summary: await writeSummary(trx, created) };
  });
}
