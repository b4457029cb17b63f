/**
 * Plans waiting for a body (e.g. everything the City Council must decide), so that a case worker can
 * prepare the next meeting. A plan waits for a body when the body's decision is among its next steps.
 */
import { can } from '../../../domain/authorization.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { WaitingList, WaitingQuery } from '../../../domain/schemas/approval.ts';
import { nextSteps, transitions } from '../../../domain/workflow.ts';
import type { Db } from '../../db/create-db.ts';
import { iso } from '../../http/present.ts';
import { presentListItem } from '../plans/present.ts';
import { loadPlans, planTarget } from '../plans/queries.ts';
import { loadRoutes, planIdsWithStatus } from './queries.ts';

export async function listWaitingPlans(db: Db, actor: Actor, query: WaitingQuery): Promise<WaitingList> {
  const statuses = [...new Set(transitions.filter((t) => t.body === query.body && t.step !== 'withdrawal').flatMap((t) => t.from))];
  const plans = [...(await loadPlans(db, await planIdsWithStatus(db, statuses))).values()].filter((d) => can(actor, 'plan.read', planTarget(d)));
  const routes = await loadRoutes(db, plans);
  const items = plans.flatMap((d) => {
    const { route, decisions } = routes.get(d.plan.id)!;
    const waiting = nextSteps(route.plan, route.decisions, route.committees).filter(
      (s) => s.step !== 'withdrawal' && s.body === query.body && (query.committeeId === undefined || s.committeeId === query.committeeId),
    );
    if (waiting.length === 0) return [];
    const item = presentListItem(d);
    const last = decisions.at(-1);
    return [
      {
        planId: d.plan.id,
        planName: d.plan.name,
        version: d.plan.version,
        status: item.status,
        urbanAreaId: d.plan.urbanAreaId,
        urbanAreaName: d.plan.urbanAreaName,
        housingOrganisationName: d.plan.housingOrganisationName,
        committeeIds: waiting.flatMap((s) => (s.committeeId ? [s.committeeId] : [])),
        waitingSince: last ? iso(last.enteredAt) : null,
        frameOre: item.frameOre,
        municipalOre: item.municipalOre,
        poolAllocatedOre: item.poolAllocatedOre,
        canSubmit: item.ruleStatus.canSubmit,
      },
    ];
  });
  return { body: query.body, committeeId: query.committeeId ?? null, items };
}
