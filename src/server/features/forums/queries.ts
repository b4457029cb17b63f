import type { Actor } from '../../../domain/roles.ts';
import type { Db } from '../../db/create-db.ts';
import type { Row } from '../../db/schema.ts';
import { type Page, offsetOf } from '../../http/lists.ts';
import { visiblePlans } from '../plans/list-queries.ts';

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

/** A written forum as the API shows it: with its urban area's name and municipality. */
export async function withUrbanArea(forum: Row<'forum'>, db: Db) {
  const area = await db
    .selectFrom('urbanArea')
    .select(['name as urbanAreaName', 'municipalityId'])
    .where('id', '=', forum.urbanAreaId)
    .executeTakeFirstOrThrow();
  return { ...forum, ...area };
}

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

/** Every member and working group of a forum (for the forum page). */
export const allForumMembers = (db: Db, forumId: string) =>
  db.selectFrom('forumMember').selectAll().where('forumId', '=', forumId).orderBy('organisation').orderBy('personName').orderBy('id').execute();
export const allWorkingGroups = (db: Db, forumId: string) =>
  db.selectFrom('workingGroup').selectAll().where('forumId', '=', forumId).orderBy('name').orderBy('id').execute();

export const findUrbanAreaOfForum = (db: Db, urbanAreaId: string) =>
  db.selectFrom('urbanArea').select(['id', 'name', 'municipalityId', 'vulnerable']).where('id', '=', urbanAreaId).executeTakeFirstOrThrow();

/** The area's plans the actor may read, in name order. */
export const plansOfArea = (db: Db, actor: Actor, urbanAreaId: string) =>
  visiblePlans(db, actor, { urbanAreaId })
    .innerJoin('housingOrganisation', 'housingOrganisation.id', 'plan.housingOrganisationId')
    .select(['plan.id', 'plan.name', 'plan.status', 'plan.housingOrganisationId', 'housingOrganisation.name as housingOrganisationName', 'plan.startDate', 'plan.endDate'])
    .orderBy('planSummary.nameKey')
    .orderBy('plan.id')
    .execute();
