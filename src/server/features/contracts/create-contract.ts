import { conAreaVulnerable, conMunicipalInterface, conPerArea, conWorkingGroup } from '../../../domain/rules/contracts.ts';
import { type ContractInput, emptyContractContent } from '../../../domain/schemas/contracts.ts';
import { recordAudit } from '../../audit.ts';
import { missingReference } from '../registry/scopes.ts';
import { type WriteCtx, type WrittenContract, authorizeAs, contentFindings, inForceFindings, mergeContent, refuseErrors } from './contract-checks.ts';
import { contractsOfAreaInPeriod, findContract, findInterventionArea, findWorkingGroupArea, lockUrbanArea } from './queries.ts';

/**
 * Creates a draft contract for one urban area and one intervention area, drafted by a working group
 * of the area's forum, in a vulnerable area only (CON-AREA-VULNERABLE). The urban area is locked
 * first, so that concurrent creations in one area are decided one after the other and the caps
 * (CON-MUNICIPAL-INTERFACE per period, CON-IN-FORCE across periods) hold. Returns the contract as
 * written, with the findings (warnings) on its draft.
 */
export async function createContract(ctx: WriteCtx, input: ContractInput): Promise<WrittenContract> {
  return ctx.db.transaction().execute(async (trx) => {
    const area = await lockUrbanArea(trx, input.urbanAreaId);
    if (!area) throw missingReference('body.urbanAreaId', { da: 'Byområdet', en: 'The urban area' });
    authorizeAs(ctx, 'contract.write', { municipalityId: area.municipalityId, urbanAreaId: area.id });
    const ia = await findInterventionArea(trx, input.interventionAreaId);
    if (!ia) throw missingReference('body.interventionAreaId', { da: 'Indsatsområdet', en: 'The intervention area' });

    const others = await contractsOfAreaInPeriod(trx, area.id, ia.fundingPeriodId);
    const placement = { urbanAreaId: area.id, interventionArea: ia, others, maxContractsPerUrbanArea: ia.rules.maxContractsPerUrbanArea };
    const group = await findWorkingGroupArea(trx, input.workingGroupId);
    refuseErrors([
      ...conAreaVulnerable.check({ urbanArea: area }),
      ...conPerArea.check(placement),
      ...conMunicipalInterface.check(placement),
      ...conWorkingGroup.check({ urbanAreaId: area.id, workingGroup: group ?? null }),
    ]);
    const content = mergeContent(emptyContractContent(), input.content);
    refuseErrors(await inForceFindings(trx, { urbanAreaId: area.id, contractId: null, max: ia.rules.maxContractsPerUrbanArea }, content));
    const findings = await contentFindings(trx, { urbanAreaId: area.id, municipalityId: area.municipalityId, interventionAreaId: ia.id }, content);
    refuseErrors(findings);

    const row = await trx
      .insertInto('contract')
      .values({
        urbanAreaId: area.id,
        interventionAreaId: ia.id,
        workingGroupId: input.workingGroupId,
        draft: JSON.stringify(content),
        createdBy: ctx.actor?.userId ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'create', resourceType: 'contract', resourceId: row.id, before: null, after: row });
    return { contract: (await findContract(trx, row.id))!, findings };
  });
}
