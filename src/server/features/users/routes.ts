import { z } from 'zod';
import { notFound } from '../../../domain/errors.ts';
import { IdParams, ListQuery, listOf } from '../../../domain/schemas/common.ts';
import { User, UserInput, UserListQuery, UserPatch } from '../../../domain/schemas/users.ts';
import type { App } from '../../app.ts';
import { signedIn } from '../../context.ts';
import { actorOf } from '../../http/access.ts';
import { cursorKey, keysetPage } from '../../db/keyset.ts';
import { expectedVersion, sendVersioned } from '../../http/preconditions.ts';
import { presentDated } from '../../http/present.ts';
import { addUser } from './add-user.ts';
import { findUser, listUsers , userOrder } from './queries.ts';
import { authorizeScope, resolveScope } from './scope.ts';
import { updateUser } from './update-user.ts';

const what = { da: 'Brugeren', en: 'The user' };
const tags = ['users'];

export function userRoutes(app: App): void {
  app.get(
    '/api/users',
    {
      config: { access: 'users.manage' },
      schema: {
        tags,
        summary: 'Users within the admin’s municipality, with role and scope',
        querystring: z.strictObject({ ...ListQuery, ...UserListQuery }),
        response: { 200: listOf(User) },
      },
    },
    async (req) => {
      const { municipalityId } = actorOf(req).scope;
      // An admin without a municipality sees nobody (the filter matches no row).
      const filter = { ...req.query, municipalityId: municipalityId ?? '00000000-0000-0000-0000-000000000000' };
      const page = { limit: req.query.limit, after: cursorKey(req.query.cursor, userOrder) };
      return keysetPage(await listUsers(app.db, filter, page), page, userOrder, presentDated);
    },
  );

  app.get(
    '/api/users/:id',
    {
      config: { access: 'users.manage' },
      schema: { tags, summary: 'One user', params: IdParams, response: { 200: User } },
    },
    async (req, reply) => {
      const user = await findUser(app.db, req.params.id);
      if (!user) throw notFound(what);
      const { municipalities } = await resolveScope(app.db, user.role, user);
      authorizeScope(actorOf(req), 'users.manage', municipalities);
      return sendVersioned(reply, presentDated(user));
    },
  );

  app.post(
    '/api/users',
    {
      config: { access: 'users.manage' },
      schema: {
        tags,
        summary: 'Add a user with one role and scope (password at least 12 characters)',
        body: UserInput,
        response: { 201: User },
      },
    },
    async (req, reply) => sendVersioned(reply.code(201), presentDated(await addUser(signedIn(req.ctx), req.body))),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: 'users.manage' },
      schema: {
        tags,
        summary: 'Change role, scope, name or active (If-Match required); deactivating ends the sessions',
        params: IdParams,
        body: UserPatch,
        response: { 200: User },
      },
    },
    async (req, reply) => {
      const user = await updateUser(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body);
      app.sessions.forgetUser(user.id); // a new role, scope or deactivation applies here at once
      return sendVersioned(reply, presentDated(user));
    },
  );
}
