import { sql } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import { type Page, offsetOf } from '../../http/lists.ts';

export type ForumFilter = { urbanAreaId?: string | undefined };

const forums = (db: Db) =>
  db
    .selectFrom('forum')
    .innerJoin('urbanArea', 'urbanArea.id', 'forum.urbanAreaId')
    .selectAll('forum')
    .select(['urbanArea.name as urbanAreaName', 'urbanArea.municipalityId']);

export const listForums = (db: Db, filter: ForumFilter, page: Page) =>
  forums(db)
    .$if(filter.urbanAreaId !== undefined, (q) => q.where('forum.urbanAreaId', '=', filter.urbanAreaId!))
    .orderBy('urbanArea.name')
    .orderBy('forum.id')
    .limit(page.limit + 1)
    .offset(offsetOf(page))
    .execute();

export const findForum = (db: Db, id: string) => forums(db).where('forum.id', '=', id).executeTakeFirst();

export const listForumMembers = (db: Db, forumId: string, page: Page) =>
  db
    .selectFrom('forumMember')
    .selectAll()
    .where('forumId', '=', forumId)
    .orderBy('organisation')
    .orderBy('personName')
    .orderBy('id')
    .limit(page.limit + 1)
    .offset(offsetOf(page))
    .execute();

export const findForumMember = (db: Db, forumId: string, id: string) =>
  db.selectFrom('forumMember').selectAll().where('forumId', '=', forumId).where('id', '=', id).executeTakeFirst();

export const listWorkingGroups = (db: Db, forumId: string, page: Page) =>
  db
    .selectFrom('workingGroup')
    .selectAll()
    .where('forumId', '=', forumId)
    .orderBy('name')
    .orderBy('id')
    .limit(page.limit + 1)
    .offset(offsetOf(page))
    .execute();

export const findWorkingGroup = (db: Db, forumId: string, id: string) =>
  db.selectFrom('workingGroup').selectAll().where('forumId', '=', forumId).where('id', '=', id).executeTakeFirst();

/** Every member and working group of a forum (for the forum page). */
export const allForumMembers = (db: Db, forumId: string) =>
  db.selectFrom('forumMember').selectAll().where('forumId', '=', forumId).orderBy('organisation').orderBy('personName').orderBy('id').execute();
export const allWorkingGroups = (db: Db, forumId: string) =>
  db.selectFrom('workingGroup').selectAll().where('forumId', '=', forumId).orderBy('name').orderBy('id').execute();

export const findUrbanAreaOfForum = (db: Db, urbanAreaId: string) =>
  db.selectFrom('urbanArea').select(['id', 'name', 'municipalityId', 'vulnerable']).where('id', '=', urbanAreaId).executeTakeFirstOrThrow();

export type PlanDecisionRow = { planId: string; body: string; outcome: string; decidedOn: string; reference: string; committeeName: string | null };

/**
 * The recorded decisions on the given plans, if the approval workflow's `decision` table exists
 * (migration 2026-11-25-03-approval); none otherwise. Read with plain SQL so that the forum page
 * does not depend on the approval feature's code.
 */
export async function planDecisions(db: Db, planIds: string[]): Promise<PlanDecisionRow[]> {
  if (planIds.length === 0) return [];
  const exists = await sql<{ t: string | null }>`select to_regclass('decision')::text as t`.execute(db);
  if (!exists.rows[0]?.t) return [];
  const rows = await sql<PlanDecisionRow>`
    select d.plan_id as "planId", d.body, d.outcome, d.decided_on::text as "decidedOn", d.reference, c.name as "committeeName"
    from decision d left join committee c on c.id = d.committee_id
    where d.plan_id in (${sql.join(planIds)})
    order by d.decided_on, d.entered_at`.execute(db);
  return rows.rows;
}
