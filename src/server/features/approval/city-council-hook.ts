/**
 * APP-CONTRACTS-WITH-PLANS: the hook point where the City Council's approval of a plan reaches the
 * cooperation contracts of the plan's urban area. `recordDecision` calls it inside the decision's
 * transaction (the plan row is locked, the decision row written, the plan's status already moved),
 * after every effective City Council approval — including a correction that results in an approval.
 * Throwing an AppError rolls the whole decision back.
 *
 * The contracts feature fills this in (e.g. adopt the area's approved-for-council contract drafts as
 * revisions with `adoptedBy: 'city_council'` and `decisionId: decision.id`). Keep this module thin:
 * call into src/server/features/contracts.
 */
import type { Ctx } from '../../context.ts';
import type { Row } from '../../db/schema.ts';
import { approveContractsWithPlans } from '../contracts/approve-contracts-with-plans.ts';
import type { Trx } from '../plans/edit-plan.ts';
import type { PlanHead } from '../plans/queries.ts';

export type CityCouncilApproval = {
  ctx: Pick<Ctx, 'actor' | 'requestId'>;
  plan: { plan: Pick<PlanHead, 'urbanAreaId'> };
  decision: Row<'decision'>;
};

export async function onCityCouncilApproval(trx: Trx, { ctx, plan, decision }: CityCouncilApproval): Promise<void> {
  await approveContractsWithPlans(trx, ctx, plan.plan.urbanAreaId, { id: decision.id, date: decision.decidedOn, reference: decision.reference });
}
