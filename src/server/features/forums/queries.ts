import type { Actor } from '../../../domain/roles.ts';
import type { Db } from '../../db/create-db.ts';
import type { Row } from '../../db/schema.ts';
import { type Keyset, type KeysetPage, inKeyOrder } from '../../db/keyset.ts';
import { visiblePlans } from '../plans/list-queries.ts';

export type ForumFilter = { urbanAreaId?: string | undefined };

const forums = (db: Db) =>
  db
    .selectFrom('forum')
    .innerJoin('urbanArea', 'urbanArea.id', 'forum.urbanAreaId')
    .selectAll('forum')
    .select(['urbanArea.name as urbanAreaName', 'urbanArea.municipalityId']);

/** The list's order (keyset paging). */
export const forumOrder: Keyset = {
  tag: 'forums',
  keys: [
    { ref: 'urbanArea.name', dir: 'asc', field: 'urbanAreaName', kind: 'text' },
    { ref: 'forum.id', dir: 'asc', field: 'id', kind: 'uuid' },
  ],
};

export const listForums = (db: Db, filter: ForumFilter, page: KeysetPage) =>
  forums(db)
    .$if(filter.urbanAreaId !== undefined, (q) => q.where('forum.urbanAreaId', '=', filter.urbanAreaId!))
    .$call((q) => inKeyOrder(q, forumOrder, page))
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

/** The list's order (keyset paging). */
export const forumMemberOrder: Keyset = {
  tag: 'forum-members',
  keys: [
    { ref: 'forumMember.organisation', dir: 'asc', field: 'organisation', kind: 'text' },
    { ref: 'forumMember.personName', dir: 'asc', field: 'personName', kind: 'text' },
    { ref: 'forumMember.id', dir: 'asc', field: 'id', kind: 'uuid' },
  ],
};

export const listForumMembers = (db: Db, forumId: string, page: KeysetPage) =>
  db
    .selectFrom('forumMember')
    .selectAll()
    .where('forumId', '=', forumId)
    .$call((q) => inKeyOrder(q, forumMemberOrder, page))
    .execute();

/** The list's order (keyset paging). */
export const workingGroupOrder: Keyset = {
  tag: 'working-groups',
  keys: [
    { ref: 'workingGroup.name', dir: 'asc', field: 'name', kind: 'text' },
    { ref: 'workingGroup.id', dir: 'asc', field: 'id', kind: 'uuid' },
  ],
};

export const listWorkingGroups = (db: Db, forumId: string, page: KeysetPage) =>
  db
    .selectFrom('workingGroup')
    .selectAll()
    .where('forumId', '=', forumId)
    .$call((q) => inKeyOrder(q, workingGroupOrder, page))
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

/**
 * What FORUM-MEMBERS reads: the administrations of the area's municipality, the housing
 * organisations with live plans in the area (lead, or owner of one of a plan's estates), and whom
 * the forum's members represent.
 */
export async function forumComposition(db: Db, forumId: string, area: { id: string; municipalityId: string }) {
  const administrations = await db.selectFrom('administration').select(['id', 'name']).where('municipalityId', '=', area.municipalityId).orderBy('name').execute();
  const livePlans = db.selectFrom('plan').where('plan.urbanAreaId', '=', area.id).where('plan.status', 'not in', ['refused', 'withdrawn']);
  const housingOrganisations = await db
    .selectFrom('housingOrganisation')
    .select(['id', 'name'])
    .where((eb) =>
      eb.or([
        eb('id', 'in', livePlans.select('plan.housingOrganisationId')),
        eb(
          'id',
          'in',
          livePlans.innerJoin('planEstate', 'planEstate.planId', 'plan.id').innerJoin('estate', 'estate.id', 'planEstate.estateId').select('estate.housingOrganisationId'),
        ),
      ]),
    )
    .orderBy('name')
    .execute();
  const members = await db.selectFrom('forumMember').select(['administrationId', 'housingOrganisationId']).where('forumId', '=', forumId).execute();
  return { administrations, housingOrganisations, members };
}
