/**
 * The routes of the rows under a forum — its members and its working groups: list, add, change
 * and remove (both If-Match), from what differs between them. A write answers with the row as
 * written, and its version as the ETag.
 */
import { z } from 'zod';
import { notFound } from '../../../domain/errors.ts';
import { IdParams, ListQuery, listOf, uuidParams } from '../../../domain/schemas/common.ts';
import type { App } from '../../app.ts';
import { type SignedInCtx, signedIn } from '../../context.ts';
import type { Db } from '../../db/create-db.ts';
import type { Access } from '../../http/access.ts';
import { type Keyset, type KeysetPage, cursorKey, keysetPage } from '../../db/keyset.ts';
import { expectedVersion, sendVersioned } from '../../http/preconditions.ts';
import { presentDated } from '../../http/present.ts';
import { forumWhat } from './forum-scope.ts';
import { findForum } from './queries.ts';

type Dated = { version: number; createdAt: Date; updatedAt: Date };

export type ForumRowRoutes<Row extends Dated, Input extends z.ZodType, Patch extends z.ZodType> = {
  /** Under `/api/forums/:id/`, e.g. `members`; one row is `…/:${param}`. */
  path: string;
  param: string;
  item: z.ZodType;
  list: { summary: string; access: Access; keyset: Keyset; rows: (db: Db, forumId: string, page: KeysetPage) => Promise<Row[]> };
  add: { summary: string; body: Input; write: (ctx: SignedInCtx, forumId: string, input: z.output<Input>) => Promise<Row> };
  change: { summary: string; body: Patch; write: (ctx: SignedInCtx, forumId: string, id: string, version: number, patch: z.output<Patch>) => Promise<Row> };
  remove: { summary: string; write: (ctx: SignedInCtx, forumId: string, id: string, version: number) => Promise<void> };
};

export function forumRowRoutes<Row extends Dated, Input extends z.ZodType, Patch extends z.ZodType>(app: App, r: ForumRowRoutes<Row, Input, Patch>): void {
  const tags = ['registry'];
  const collection = `/api/forums/:id/${r.path}`;
  const one = `${collection}/:${r.param}`;
  const RowParams = uuidParams('id', r.param);
  /** The forum and the row a route addresses (the schema has checked both). */
  const idsOf = (params: unknown) => {
    const p = params as Record<string, string>;
    return { forumId: p.id!, rowId: p[r.param]! };
  };

  app.get(
    collection,
    {
      config: { access: r.list.access },
      schema: { tags, summary: r.list.summary, params: IdParams, querystring: z.strictObject(ListQuery), response: { 200: listOf(r.item) } },
    },
    async (req) => {
      if (!(await findForum(app.db, req.params.id))) throw notFound(forumWhat);
      const page = { limit: req.query.limit, after: cursorKey(req.query.cursor, r.list.keyset) };
      return keysetPage(await r.list.rows(app.db, req.params.id, page), page, r.list.keyset, presentDated);
    },
  );

  app.post(
    collection,
    { config: { access: 'forum.write' }, schema: { tags, summary: r.add.summary, params: IdParams, body: r.add.body, response: { 201: r.item } } },
    async (req, reply) =>
      sendVersioned(reply.code(201), presentDated(await r.add.write(signedIn(req.ctx), req.params.id, req.body as z.output<Input>))),
  );

  app.patch(
    one,
    { config: { access: 'forum.write' }, schema: { tags, summary: r.change.summary, params: RowParams, body: r.change.body, response: { 200: r.item } } },
    async (req, reply) => {
      const { forumId, rowId } = idsOf(req.params);
      return sendVersioned(reply, presentDated(await r.change.write(signedIn(req.ctx), forumId, rowId, expectedVersion(req), req.body as z.output<Patch>)));
    },
  );

  app.delete(
    one,
    { config: { access: 'forum.write' }, schema: { tags, summary: r.remove.summary, params: RowParams, response: { 204: z.null() } } },
    async (req, reply) => {
      const { forumId, rowId } = idsOf(req.params);
      await r.remove.write(signedIn(req.ctx), forumId, rowId, expectedVersion(req));
      return reply.code(204).send(null);
    },
  );
}
