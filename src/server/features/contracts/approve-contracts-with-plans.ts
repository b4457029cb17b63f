import type { Transaction } from 'kysely';
import { ruleViolation } from '../../../domain/errors.ts';
import { appContractsWithPlans } from '../../../domain/rules/contracts-with-plans.ts';
import { toViolation } from '../../../domain/rules/rule.ts';
import type { DecisionBody, DecisionOutcome } from '../../../domain/workflow.ts';
import { recordAudit } from '../../audit.ts';
import type { Database } from '../../db/schema.ts';
import type { AuditCtx } from './contract-checks.ts';
import { lockContracts } from './queries.ts';

/** A decision on a plan of the urban area, as stored, and the contracts it names. */
export type NamingDecision = {
  id: string;
  body: DecisionBody;
  outcome: DecisionOutcome;
  /** ISO date of the meeting (yyyy-mm-dd). */
  decidedOn: string;
  /** Agenda item or case number. */
  reference: string;
  /** The contracts the decision names (APP-CONTRACTS-WITH-PLANS). */
  contractIds: readonly string[];
};

/**
 * APP-CONTRACTS-WITH-PLANS: contracts are approved politically together with the plans of their
 * urban area, and only by being named. Called inside the transaction that records a decision on a
 * plan (the decision row already written): the named contracts are locked and checked by the rule
 * (drafts of the plan's urban area, named by a City Council approval only — else the whole decision
 * is refused), the decision's list is stored (`decision_contract`), and each named draft becomes
 * approved with its draft frozen as revision 1, dated and referenced by the decision. Drafts not
 * named stay drafts. Returns the ids of the contracts it approved.
 */
export async function approveContractsWithPlans(trx: Transaction<Database>, ctx: AuditCtx, urbanAreaId: string, decision: NamingDecision): Promise<string[]> {
  const named = decision.contractIds;
  const locked = await lockContracts(trx, named);
  const found = new Map(
    locked.map((c) => [c.id, { urbanAreaId: c.urbanAreaId, status: c.status, title: `Kontrakten for ${c.interventionAreaNumber}. ${c.interventionAreaName}` }]),
  );
  const findings = appContractsWithPlans.check({ body: decision.body, outcome: decision.outcome, urbanAreaId, named, found });
  if (findings.length > 0) throw ruleViolation(findings.map((f) => ({ ...toViolation(f), path: `body.${f.path}` })));
  if (named.length === 0) return [];

  await trx
    .insertInto('decisionContract')
    .values(named.map((contractId) => ({ decisionId: decision.id, contractId })))
    .execute();
  for (const { interventionAreaNumber: _n, interventionAreaName: _name, ...contract } of locked) {
    const revision = await trx
      .insertInto('contractRevision')
      .values({
        contractId: contract.id,
        number: 1,
        content: JSON.stringify(contract.draft),
        adoptedBy: 'city_council',
        decisionDate: decision.decidedOn,
        decisionReference: decision.reference,
        decisionId: decision.id,
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
  return locked.map((c) => c.id);
}
