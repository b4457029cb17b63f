import type { Transaction } from 'kysely';
import { recordAudit } from '../../audit.ts';
import type { Database } from '../../db/schema.ts';
import type { AuditCtx } from './contract-checks.ts';
import { lockDraftContractsOfArea } from './queries.ts';

/** The City Council decision that approves the area's plans (APP-CONTRACTS-WITH-PLANS). */
export type CouncilDecision = {
  /** The plan decision's id, if the approval workflow stores one. */
  id?: string | null;
  /** ISO date of the meeting (yyyy-mm-dd). */
  date: string;
  /** Agenda item or case number. */
  reference: string;
};

/**
 * APP-CONTRACTS-WITH-PLANS: contracts are approved politically together with the plans of their
 * urban area. Called inside the transaction that records the City Council's approval of a plan:
 * every draft contract of the plan's urban area becomes approved, and its draft is frozen as
 * revision 1 with the decision's date and reference. Contracts already approved are left alone
 * (later changes are the forum's revisions). Returns the ids of the contracts it approved.
 */
export async function approveContractsWithPlans(
  trx: Transaction<Database>,
  ctx: AuditCtx,
  urbanAreaId: string,
  decision: CouncilDecision,
): Promise<string[]> {
  const drafts = await lockDraftContractsOfArea(trx, urbanAreaId);
  for (const contract of drafts) {
    const revision = await trx
      .insertInto('contractRevision')
      .values({
        contractId: contract.id,
        number: 1,
        content: JSON.stringify(contract.draft),
        adoptedBy: 'city_council',
        decisionDate: decision.date,
        decisionReference: decision.reference,
        decisionId: decision.id ?? null,
        createdBy: ctx.actor?.userId ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const after = await trx
      .updateTable('contract')
      .set({ status: 'approved', draft: null, version: contract.version + 1, updatedAt: new Date() })
      .where('id', '=', contract.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'approve', resourceType: 'contract', resourceId: contract.id, before: contract, after: { ...after, revision } });
  }
  return drafts.map((c) => c.id);
}
