import { notFound } from '../../../domain/errors.ts';
import { conRevision, conWorkingGroup } from '../../../domain/rules/contracts.ts';
import type { ContractContent, ContractPatch } from '../../../domain/schemas/contracts.ts';
import { recordAudit } from '../../audit.ts';
import { staleVersion } from '../../db/versioned.ts';
import {
  type WriteCtx,
  type WrittenContract,
  authorizeAs,
  changesValidity,
  contentFindings,
  contractWhat,
  inForceFindings,
  mergeContent,
  refuseConflict,
  refuseErrors,
} from './contract-checks.ts';
import { findContract, findWorkingGroupArea, lockContract, maxContractsOf } from './queries.ts';

/**
 * Changes the working draft of a contract (the fields given replace the stored ones) or its working
 * group, while the contract is a draft (CON-REVISION: after approval only the forum revises it). A
 * new validity must keep the area within CON-IN-FORCE.
 * Returns the contract as written, with the findings (warnings) on its draft.
 */
export async function updateContract(ctx: WriteCtx, id: string, expectedVersion: number, patch: ContractPatch): Promise<WrittenContract> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await lockContract(trx, id);
    if (!before) throw notFound(contractWhat);
    const area = await trx.selectFrom('urbanArea').select(['id', 'municipalityId']).where('id', '=', before.urbanAreaId).executeTakeFirstOrThrow();
    authorizeAs(ctx, 'contract.write', { municipalityId: area.municipalityId, urbanAreaId: area.id });
    refuseConflict(conRevision.check({ kind: 'draft_edit', status: before.status }));
    if (before.version !== expectedVersion) throw staleVersion();

    if (patch.workingGroupId !== undefined) {
      const group = await findWorkingGroupArea(trx, patch.workingGroupId);
      refuseErrors(conWorkingGroup.check({ urbanAreaId: area.id, workingGroup: group ?? null }));
    }
    const content = mergeContent(before.draft as ContractContent, patch.content ?? {});
    const findings = await contentFindings(trx, { urbanAreaId: area.id, municipalityId: area.municipalityId, interventionAreaId: before.interventionAreaId }, content);
    refuseErrors(findings);
    if (changesValidity(patch.content)) {
      refuseErrors(await inForceFindings(trx, { urbanAreaId: area.id, contractId: id, max: await maxContractsOf(trx, before.interventionAreaId) }, content));
    }

    const after = await trx
      .updateTable('contract')
      .set({
        draft: JSON.stringify(content),
        ...(patch.workingGroupId !== undefined ? { workingGroupId: patch.workingGroupId } : {}),
        version: expectedVersion + 1,
        updatedAt: new Date(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'update', resourceType: 'contract', resourceId: id, before, after });
    return { contract: (await findContract(trx, id))!, findings };
  });
}
