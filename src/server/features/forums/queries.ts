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
