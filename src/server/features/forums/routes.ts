import { z } from 'zod';
import { notFound } from '../../../domain/errors.ts';
import { Id, IdParams, ListQuery, listOf } from '../../../domain/schemas/common.ts';
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
import { signedIn } from '../../context.ts';
import { actorOf } from '../../http/access.ts';
import { pageOf } from '../../http/lists.ts';
import { expectedVersion, sendVersioned } from '../../http/preconditions.ts';
import { presentDated } from '../../http/present.ts';
import { addForumMember } from './add-forum-member.ts';
import { forumOverview } from './forum-overview.ts';
import { createWorkingGroup } from './create-working-group.ts';
import { forumWhat } from './forum-scope.ts';
import {
  findForum,
  findForumMember,
  findWorkingGroup,
  listForumMembers,
  listForums,
  listWorkingGroups,
} from './queries.ts';
import { removeForumMember } from './remove-forum-member.ts';
import { removeWorkingGroup } from './remove-working-group.ts';
import { updateForum } from './update-forum.ts';
import { memberWhat, updateForumMember } from './update-forum-member.ts';
import { updateWorkingGroup, workingGroupWhat } from './update-working-group.ts';

const tags = ['registry'];
const MemberParams = z.strictObject({ id: Id, memberId: Id });
const GroupParams = z.strictObject({ id: Id, groupId: Id });

type ForumRow = NonNullable<Awaited<ReturnType<typeof findForum>>>;
const presentForum = ({ urbanAreaName, municipalityId, ...forum }: ForumRow) =>
  presentDated({ ...forum, urbanArea: { id: forum.urbanAreaId, name: urbanAreaName, municipalityId } });

export function forumRoutes(app: App): void {
  const getForum = async (id: string) => {
    const row = await findForum(app.db, id);
    if (!row) throw notFound(forumWhat);
    return presentForum(row);
  };
  const getMember = async (forumId: string, id: string) => {
    const row = await findForumMember(app.db, forumId, id);
    if (!row) throw notFound(memberWhat);
    return presentDated(row);
  };
  const getGroup = async (forumId: string, id: string) => {
    const row = await findWorkingGroup(app.db, forumId, id);
    if (!row) throw notFound(workingGroupWhat);
    return presentDated(row);
  };

  app.get(
    '/api/forums',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: 'Boligsociale Fora, one per urban area',
        querystring: z.strictObject({ ...ListQuery, urbanAreaId: Id.optional() }),
        response: { 200: listOf(Forum) },
      },
    },
    async (req) => pageOf((await listForums(app.db, req.query, req.query)).map(presentForum), req.query),
  );

  app.get(
    '/api/forums/:id',
    {
      config: { access: 'registry.read' },
      schema: { tags, summary: 'One forum with its urban area', params: IdParams, response: { 200: Forum } },
    },
    async (req, reply) => sendVersioned(reply, await getForum(req.params.id)),
  );

  app.patch(
    '/api/forums/:id',
    {
      config: { access: 'forum.write' },
      schema: {
        tags,
        summary: 'Rename a forum (If-Match required)',
        params: IdParams,
        body: ForumPatch,
        response: { 200: Forum },
      },
    },
    async (req, reply) => {
      await updateForum(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body);
      return sendVersioned(reply, await getForum(req.params.id));
    },
  );

  app.get(
    '/api/forums/:id/overview',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: 'The forum page: members, working groups, plans with status, contracts with history, decisions taken',
        params: IdParams,
        response: { 200: ForumOverview },
      },
    },
    async (req) => forumOverview(app.db, actorOf(req), req.params.id),
  );

  app.get(
    '/api/forums/:id/members',
    {
      config: { access: 'people.read' },
      schema: {
        tags,
        summary: 'The members of a forum: name, organisation and role in the forum',
        params: IdParams,
        querystring: z.strictObject(ListQuery),
        response: { 200: listOf(ForumMember) },
      },
    },
    async (req) => {
      await getForum(req.params.id);
      return pageOf((await listForumMembers(app.db, req.params.id, req.query)).map(presentDated), req.query);
    },
  );

  app.post(
    '/api/forums/:id/members',
    {
      config: { access: 'forum.write' },
      schema: {
        tags,
        summary: 'Add a member to a forum',
        params: IdParams,
        body: ForumMemberInput,
        response: { 201: ForumMember },
      },
    },
    async (req, reply) => {
      const id = await addForumMember(signedIn(req.ctx), req.params.id, req.body);
      return sendVersioned(reply.code(201), await getMember(req.params.id, id));
    },
  );

  app.patch(
    '/api/forums/:id/members/:memberId',
    {
      config: { access: 'forum.write' },
      schema: {
        tags,
        summary: 'Change a forum member (If-Match required)',
        params: MemberParams,
        body: ForumMemberPatch,
        response: { 200: ForumMember },
      },
    },
    async (req, reply) => {
      const { id, memberId } = req.params;
      await updateForumMember(signedIn(req.ctx), id, memberId, expectedVersion(req), req.body);
      return sendVersioned(reply, await getMember(id, memberId));
    },
  );

  app.delete(
    '/api/forums/:id/members/:memberId',
    {
      config: { access: 'forum.write' },
      schema: {
        tags,
        summary: 'Remove a member from a forum (If-Match required)',
        params: MemberParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const { id, memberId } = req.params;
      await removeForumMember(signedIn(req.ctx), id, memberId, expectedVersion(req));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/forums/:id/working-groups',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: 'The working groups (arbejdsgrupper) under a forum',
        params: IdParams,
        querystring: z.strictObject(ListQuery),
        response: { 200: listOf(WorkingGroup) },
      },
    },
    async (req) => {
      await getForum(req.params.id);
      return pageOf((await listWorkingGroups(app.db, req.params.id, req.query)).map(presentDated), req.query);
    },
  );

  app.post(
    '/api/forums/:id/working-groups',
    {
      config: { access: 'forum.write' },
      schema: {
        tags,
        summary: 'Set up a working group under a forum',
        params: IdParams,
        body: WorkingGroupInput,
        response: { 201: WorkingGroup },
      },
    },
    async (req, reply) => {
      const id = await createWorkingGroup(signedIn(req.ctx), req.params.id, req.body);
      return sendVersioned(reply.code(201), await getGroup(req.params.id, id));
    },
  );

  app.patch(
    '/api/forums/:id/working-groups/:groupId',
    {
      config: { access: 'forum.write' },
      schema: {
        tags,
        summary: 'Change a working group (If-Match required)',
        params: GroupParams,
        body: WorkingGroupPatch,
        response: { 200: WorkingGroup },
      },
    },
    async (req, reply) => {
      const { id, groupId } = req.params;
      await updateWorkingGroup(signedIn(req.ctx), id, groupId, expectedVersion(req), req.body);
      return sendVersioned(reply, await getGroup(id, groupId));
    },
  );

  app.delete(
    '/api/forums/:id/working-groups/:groupId',
    {
      config: { access: 'forum.write' },
      schema: {
        tags,
        summary: 'Remove a working group from a forum (If-Match required; 409 while a contract uses it, CON-WORKING-GROUP)',
        params: GroupParams,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const { id, groupId } = req.params;
      await removeWorkingGroup(signedIn(req.ctx), id, groupId, expectedVersion(req));
      return reply.code(204).send(null);
    },
  );
}
