import { Id, IdParams } from '../../../domain/schemas/common.ts';
import {
  Forum,
  ForumMember,
  ForumMemberInput,
  ForumMemberPatch,
  ForumPatch,
  WorkingGroup,
  WorkingGroupInput,
  WorkingGroupPatch,
} from '../../../domain/schemas/registry.ts';
import { ForumOverview } from '../../../domain/schemas/contracts.ts';
import type { App } from '../../app.ts';
import { actorOf } from '../../http/access.ts';
import { languageOf } from '../../http/language.ts';
import { presentDated } from '../../http/present.ts';
import { resourceRoutes } from '../registry/resource-routes.ts';
import { addForumMember } from './add-forum-member.ts';
import { forumOverview } from './forum-overview.ts';
import { createWorkingGroup } from './create-working-group.ts';
import { forumRowRoutes } from './forum-row-routes.ts';
import { forumWhat } from './forum-scope.ts';
import { findForum, forumMemberOrder, forumOrder, listForumMembers, listForums, listWorkingGroups, workingGroupOrder } from './queries.ts';
import { removeForumMember } from './remove-forum-member.ts';
import { removeWorkingGroup } from './remove-working-group.ts';
import { updateForum } from './update-forum.ts';
import { updateForumMember } from './update-forum-member.ts';
import { updateWorkingGroup } from './update-working-group.ts';

const tags = ['registry'];

type ForumRow = NonNullable<Awaited<ReturnType<typeof findForum>>>;
const presentForum = ({ urbanAreaName, municipalityId, ...forum }: ForumRow) =>
  presentDated({ ...forum, urbanArea: { id: forum.urbanAreaId, name: urbanAreaName, municipalityId } });

export function forumRoutes(app: App): void {
  resourceRoutes(app, {
    path: '/api/forums',
    tags,
    what: forumWhat,
    item: Forum,
    present: presentForum,
    list: { summary: 'Boligsociale Fora, one per urban area', filter: { urbanAreaId: Id.optional() }, keyset: forumOrder, rows: listForums },
    get: { summary: 'One forum with its urban area', find: findForum },
    patch: { summary: 'Rename a forum (If-Match required)', access: 'forum.write', body: ForumPatch, write: updateForum },
  });

  app.get(
    '/api/forums/:id/overview',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: 'The forum page: members, working groups, plans with status, contracts with history, decisions taken, FORUM-MEMBERS warnings',
        params: IdParams,
        response: { 200: ForumOverview },
      },
    },
    async (req) => forumOverview(app.db, actorOf(req), req.params.id, languageOf(req)),
  );

  forumRowRoutes(app, {
    path: 'members',
    param: 'memberId',
    item: ForumMember,
    list: { summary: 'The members of a forum: name, organisation and role in the forum', access: 'people.read', keyset: forumMemberOrder, rows: listForumMembers },
    add: { summary: 'Add a member to a forum', body: ForumMemberInput, write: addForumMember },
    change: { summary: 'Change a forum member (If-Match required)', body: ForumMemberPatch, write: updateForumMember },
    remove: { summary: 'Remove a member from a forum (If-Match required)', write: removeForumMember },
  });

  forumRowRoutes(app, {
    path: 'working-groups',
    param: 'groupId',
    item: WorkingGroup,
    list: { summary: 'The working groups (arbejdsgrupper) under a forum', access: 'registry.read', keyset: workingGroupOrder, rows: listWorkingGroups },
    add: { summary: 'Set up a working group under a forum', body: WorkingGroupInput, write: createWorkingGroup },
    change: { summary: 'Change a working group (If-Match required)', body: WorkingGroupPatch, write: updateWorkingGroup },
    remove: {
      summary: 'Remove a working group from a forum (If-Match required; 409 while a contract uses it, CON-WORKING-GROUP)',
      write: removeWorkingGroup,
    },
  });
}
