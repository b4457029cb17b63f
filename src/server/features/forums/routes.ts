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
import { resourceRoutes } from '../registry/resource-routes.ts';
import { addForumMember } from './add-forum-member.ts';
import { forumOverview } from './forum-overview.ts';
import { createWorkingGroup } from './create-working-group.ts';
import { forumWhat } from './forum-scope.ts';
import { findForum, listForumMembers, listForums, listWorkingGroups } from './queries.ts';
import { removeForumMember } from './remove-forum-member.ts';
import { removeWorkingGroup } from './remove-working-group.ts';
import { updateForum } from './update-forum.ts';
import { updateForumMember } from './update-forum-member.ts';
import { updateWorkingGroup } from './update-working-group.ts';

const tags = ['registry'];
const MemberParams = z.strictObject({ id: Id, memberId: Id });
const GroupParams = z.strictObject({ id: Id, groupId: Id });

type ForumRow = NonNullable<Awaited<ReturnType<typeof findForum>>>;
const presentForum = ({ urbanAreaName, municipalityId, ...forum }: ForumRow) =>
  presentDated({ ...forum, urbanArea: { id: forum.urbanAreaId, name: urbanAreaName, municipalityId } });

export function forumRoutes(app: App): void {
  /** 404 unless the forum exists. */
  const requireForum = async (id: string): Promise<void> => {
    if (!(await findForum(app.db, id))) throw notFound(forumWhat);
  };

  resourceRoutes(app, {
    path: '/api/forums',
    tags,
    what: forumWhat,
    item: Forum,
    present: presentForum,
    list: { summary: 'Boligsociale Fora, one per urban area', filter: { urbanAreaId: Id.optional() }, rows: listForums },
    get: { summary: 'One forum with its urban area', find: findForum },
    patch: { summary: 'Rename a forum (If-Match required)', access: 'forum.write', body: ForumPatch, write: updateForum },
  });

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
      await requireForum(req.params.id);
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
      return sendVersioned(reply.code(201), presentDated(await addForumMember(signedIn(req.ctx), req.params.id, req.body)));
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
      return sendVersioned(reply, presentDated(await updateForumMember(signedIn(req.ctx), id, memberId, expectedVersion(req), req.body)));
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
      await requireForum(req.params.id);
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
      return sendVersioned(reply.code(201), presentDated(await createWorkingGroup(signedIn(req.ctx), req.params.id, req.body)));
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
      return sendVersioned(reply, presentDated(await updateWorkingGroup(signedIn(req.ctx), id, groupId, expectedVersion(req), req.body)));
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
