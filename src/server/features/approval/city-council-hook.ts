/**
 * APP-CONTRACTS-WITH-PLANS: where a decision on a plan reaches the cooperation contracts of the
 * plan's urban area. `recordDecision` calls it inside the decision's transaction for every decision
 * (the plan row is locked, the decision row written, the plan's status already moved): a City
 * Council approval — including a correction that results in an approval — approves the contracts it
 * names; any other decision that names contracts is refused. Throwing an AppError rolls the whole
 * decision back. Keep this module thin: the work is in src/server/features/contracts.
 */
import type { Ctx } from '../../context.ts';
import type { Row } from '../../db/schema.ts';
import type { DecisionBody, DecisionOutcome } from '../../../domain/workflow.ts';
import { approveContractsWithPlans } from '../contracts/approve-contracts-with-plans.ts';
import type { Trx } from '../plans/edit-plan.ts';
import type { PlanHead } from '../plans/queries.ts';

export type DecisionOnPlan = {
  ctx: Pick<Ctx, 'actor' | 'requestId'>;
  plan: { plan: Pick<PlanHead, 'urbanAreaId'> };
  decision: Row<'decision'>;
  /** The contracts the decision names (DecisionInput.contractIds). */
  contractIds: readonly string[];
};

export async function onDecisionNamingContracts(trx: Trx, { ctx, plan, decision, contractIds }: DecisionOnPlan): Promise<void> {
  await approveContractsWithPlans(trx, ctx, plan.plan.urbanAreaId, {
    id: decision.id,
    body: decision.body as DecisionBody,
    outcome: decision.outcome as DecisionOutcome,
    decidedOn: decision.decidedOn,
    reference: decision.reference,
    contractIds,
  });
}
