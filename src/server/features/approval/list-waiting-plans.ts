/**
 * Plans waiting for a body (e.g. everything the City Council must decide), so that a case worker can
 * prepare the next meeting. A plan waits for a body when the body's decision is among its next steps.
 * Which plans the actor may read, and their money and rule status, come from SQL (the plans'
 * summaries); the routes of the candidates (plans in a status the body decides from) from their decisions.
 */
import type { Actor } from '../../../domain/roles.ts';
import type { WaitingList } from '../../../domain/schemas/approval.ts';
import type { WaitingQuery } from '../../../domain/schemas/approval.ts';
import { nextSteps, transitions } from '../../../domain/workflow.ts';
import type { Db } from '../../db/create-db.ts';
import { iso } from '../../http/present.ts';
import { loadRoutes, plansInStatuses } from './queries.ts';

export async function listWaitingPlans(db: Db, actor: Actor, query: WaitingQuery): Promise<WaitingList> {
  const statuses = [...new Set(transitions.filter((t) => t.body === query.body && t.step !== 'withdrawal').flatMap((t) => t.from))];
  const plans = await plansInStatuses(db, actor, statuses);
  const routes = await loadRoutes(db, plans);
  const items = plans.flatMap(({ plan }) => {
    const { route, decisions } = routes.get(plan.id)!;
    const waiting = nextSteps(route.plan, route.decisions, route.committees).filter(
      (s) => s.step !== 'withdrawal' && s.body === query.body && (query.committeeId === undefined || s.committeeId === query.committeeId),
    );
    if (waiting.length === 0) return [];
    const last = decisions.at(-1);
    return [
      {
        planId: plan.id,
        planName: plan.name,
        version: plan.version,
        status: route.plan.status,
        urbanAreaId: plan.urbanAreaId,
        urbanAreaName: plan.urbanAreaName,
        housingOrganisationName: plan.housingOrganisationName,
        committeeIds: waiting.flatMap((s) => (s.committeeId ? [s.committeeId] : [])),
        waitingSince: last ? iso(last.enteredAt) : null,
        frameOre: plan.frameOre,
        municipalOre: plan.municipalOre,
        poolAllocatedOre: plan.poolAllocatedOre,
        canSubmit: plan.errors === 0,
      },
    ];
  });
  return { body: query.body, committeeId: query.committeeId ?? null, items };
}
