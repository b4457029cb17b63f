import { notFound } from '../../../domain/errors.ts';
import { conRevision } from '../../../domain/rules/contracts.ts';
import type { ContractContent, RevisionInput } from '../../../domain/schemas/contracts.ts';
import { recordAudit } from '../../audit.ts';
import { staleVersion } from '../../db/versioned.ts';
import {
  type WriteCtx,
  authorizeAs,
  changesValidity,
  contentFindings,
  contractWhat,
  inForceFindings,
  mergeContent,
  refuseConflict,
  refuseErrors,
} from './contract-checks.ts';
import { type RevisionRow, latestRevision, lockContract, maxContractsOf } from './queries.ts';

/**
 * The forum adopts a revision of an approved contract (CON-REVISION): a new immutable version with
 * the forum's decision date and reference. Fields given replace those of the current version; the
 * rest carry over; a new validity must keep the area within CON-IN-FORCE. The contract's version (If-Match) makes two revisions at once one-after-other:
 * the second gets 412. Returns the new revision and the contract's new version.
 */
export async function reviseContract(ctx: WriteCtx, id: string, expectedVersion: number, input: RevisionInput): Promise<{ revision: RevisionRow; version: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    const contract = await lockContract(trx, id);
    if (!contract) throw notFound(contractWhat);
    const area = await trx.selectFrom('urbanArea').select(['id', 'municipalityId']).where('id', '=', contract.urbanAreaId).executeTakeFirstOrThrow();
    authorizeAs(ctx, 'contract.revise', { municipalityId: area.municipalityId, urbanAreaId: area.id });
    const latest = await latestRevision(trx, id);
    const attempt = { kind: 'forum_revision' as const, status: contract.status, decisionDate: input.decisionDate, latestDecisionDate: latest?.decisionDate ?? null };
    if (contract.status !== 'approved' || !latest) refuseConflict(conRevision.check(attempt));
    if (contract.version !== expectedVersion) throw staleVersion();
    refuseErrors(conRevision.check(attempt));

    const content = mergeContent(latest!.content as ContractContent, input.content);
    refuseErrors(await contentFindings(trx, { urbanAreaId: area.id, municipalityId: area.municipalityId, interventionAreaId: contract.interventionAreaId }, content));
    if (changesValidity(input.content)) {
      refuseErrors(await inForceFindings(trx, { urbanAreaId: area.id, contractId: id, max: await maxContractsOf(trx, contract.interventionAreaId) }, content));
    }

    const revision = await trx
      .insertInto('contractRevision')
      .values({
        contractId: id,
        number: latest!.number + 1,
        content: JSON.stringify(content),
        adoptedBy: 'forum',
        decisionDate: input.decisionDate,
        decisionReference: input.decisionReference,
        createdBy: ctx.actor?.userId ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.updateTable('contract').set({ version: expectedVersion + 1, updatedAt: new Date() }).where('id', '=', id).execute();
    await recordAudit(trx, ctx, {
      action: 'revise',
      resourceType: 'contract',
      resourceId: id,
      before: { version: contract.version, revision: latest!.number },
      after: revision,
    });
    return { revision, version: expectedVersion + 1 };
  });
}
