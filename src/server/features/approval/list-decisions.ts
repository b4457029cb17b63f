/** The decision timeline of a plan, what may be recorded now, and what is still missing. */
import { planStatusNames } from '../../../domain/plans.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { DecisionTimeline } from '../../../domain/schemas/approval.ts';
import { missingApprovals, nextSteps } from '../../../domain/workflow.ts';
import type { Db } from '../../db/create-db.ts';
import type { Language } from '../../http/language.ts';
import type { PlanRead } from '../plans/queries.ts';
import { presentDecision, presentStep } from './present.ts';
import { loadRoutes } from './queries.ts';

export async function listDecisions(db: Db, plan: PlanRead<'committeeIds'>, actor: Actor | null, lang: Language): Promise<DecisionTimeline> {
  const { route, decisions } = (await loadRoutes(db, [plan])).get(plan.plan.id)!;
  return {
    planId: plan.plan.id,
    version: plan.plan.version,
    status: route.plan.status,
    statusName: planStatusNames[route.plan.status][lang],
    items: decisions.map((d) => presentDecision(d, decisions, lang)),
    next: nextSteps(route.plan, route.decisions, route.committees).map((s) => presentStep(s, route, actor, lang)),
    missing: missingApprovals(route).map((s) => presentStep(s, route, actor, lang)),
  };
}
