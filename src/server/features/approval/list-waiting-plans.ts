/**
 * Plans waiting for a body (e.g. everything the City Council must decide), so that a case worker can
 * prepare the next meeting, a keyset page at a time in name order. A plan waits for a body when the
 * body's decision is among its next steps. Which plans the actor may read, their order and their
 * money and rule status come from SQL (the plans' summaries); whether a candidate (a plan in a
 * status the body decides from) waits, from its route, read for a batch of candidates at a time
 * until the page is full or the candidates end.
 */
import type { Actor } from '../../../domain/roles.ts';
import type { WaitingList, WaitingPlan, WaitingQuery } from '../../../domain/schemas/approval.ts';
import { nextSteps, transitions } from '../../../domain/workflow.ts';
import type { Db } from '../../db/create-db.ts';
import { type KeyValue, cursorKey, keyOf, keysetPage } from '../../db/keyset.ts';
import { iso } from '../../http/present.ts';
import { byName, loadRoutes, plansInStatuses } from './queries.ts';

type Candidate = Awaited<ReturnType<typeof plansInStatuses>>[number];

export async function listWaitingPlans(db: Db, actor: Actor, query: WaitingQuery): Promise<WaitingList> {
  const { body, committeeId, limit } = query;
  const statuses = [...new Set(transitions.filter((t) => t.body === body && t.step !== 'withdrawal').flatMap((t) => t.from))];
  const found: { nameKey: string; id: string; item: WaitingPlan }[] = [];
  let after: KeyValue[] | null = cursorKey(query.cursor, byName);
  // Candidates in batches of a page and one: most candidates wait, so one batch is the usual case.
  while (found.length <= limit) {
    const batch = limit + 1;
    const candidates = await plansInStatuses(db, actor, statuses, undefined, { limit: batch - 1, after });
    const routes = await loadRoutes(db, candidates);
    for (const c of candidates) {
      const item = waitingItem(c, routes.get(c.plan.id)!, body, committeeId);
      if (item) found.push({ nameKey: c.plan.nameKey, id: c.plan.id, item });
      if (found.length > limit) break;
    }
    if (candidates.length < batch) break;
    after = keyOf({ nameKey: candidates.at(-1)!.plan.nameKey, id: candidates.at(-1)!.plan.id }, byName.keys);
  }
  const page = keysetPage(found, { limit }, byName, (f) => f.item);
  return { body, committeeId: committeeId ?? null, ...page };
}

function waitingItem(
  { plan }: Candidate,
  { route, decisions }: Awaited<ReturnType<typeof loadRoutes>> extends Map<string, infer R> ? R : never,
  body: WaitingQuery['body'],
  committeeId: string | undefined,
): WaitingPlan | null {
  const waiting = nextSteps(route.plan, route.decisions, route.committees).filter(
    (s) => s.step !== 'withdrawal' && s.body === body && (committeeId === undefined || s.committeeId === committeeId),
  );
  if (waiting.length === 0) return null;
  const last = decisions.at(-1);
  return {
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
  };
}
