/**
 * The routes every registry resource has — list, get, create (optional) and patch (If-Match) —
 * from what differs between them: path, schemas, summaries, access, queries and use cases. A write
 * answers with the row its use case wrote, and its version as the ETag: no second read.
 */
import { z } from 'zod';
import { type Text, notFound } from '../../../domain/errors.ts';
import { IdParams, ListQuery, listOf } from '../../../domain/schemas/common.ts';
import type { App } from '../../app.ts';
import { type SignedInCtx, signedIn } from '../../context.ts';
import type { Db } from '../../db/create-db.ts';
import type { Access } from '../../http/access.ts';
import { type Keyset, type KeysetPage, cursorKey, keysetPage } from '../../db/keyset.ts';
import { expectedVersion, sendVersioned } from '../../http/preconditions.ts';

type Presented = { version: number };

export type ResourceRoutes<Item extends object, One, Filter extends z.ZodRawShape, Input extends z.ZodType, Patch extends z.ZodType> = {
  /** The collection, e.g. `/api/municipalities`; one resource is `${path}/:id`. */
  path: string;
  tags: string[];
  what: Text;
  /** The response schema of an item of the list, and of one resource (default: the same). */
  item: z.ZodType;
  one?: z.ZodType;
  /** The JSON of a row (of the list or of one resource). */
  present: (row: Item | One) => Presented;
  /** `filter`: the query fields besides `limit` and `cursor`; `keyset`: the order it pages by. */
  list: { summary: string; filter: Filter; keyset: Keyset; rows: (db: Db, filter: z.output<z.ZodObject<Filter>>, page: KeysetPage) => Promise<Item[]> };
  get: { summary: string; find: (db: Db, id: string) => Promise<One | undefined> };
  create?: { summary: string; access: Access; body: Input; write: (ctx: SignedInCtx, input: z.output<Input>) => Promise<One> };
  /** Needs If-Match. */
  patch: { summary: string; access: Access; body: Patch; write: (ctx: SignedInCtx, id: string, version: number, patch: z.output<Patch>) => Promise<One> };
};

export function resourceRoutes<Item extends object, One, Filter extends z.ZodRawShape, Input extends z.ZodType, Patch extends z.ZodType>(
  app: App,
  r: ResourceRoutes<Item, One, Filter, Input, Patch>,
): void {
  const { tags, present } = r;
  const one = r.one ?? r.item;

  app.get(
    r.path,
    {
      config: { access: 'registry.read' },
      schema: { tags, summary: r.list.summary, querystring: z.strictObject({ ...ListQuery, ...r.list.filter }), response: { 200: listOf(r.item) } },
    },
    async (req) => {
      const query = req.query as z.output<z.ZodObject<Filter>> & { limit: number; cursor?: string };
      const page = { limit: query.limit, after: cursorKey(query.cursor, r.list.keyset) };
      return keysetPage(await r.list.rows(app.db, query, page), page, r.list.keyset, present);
    },
  );

  app.get(
    `${r.path}/:id`,
    { config: { access: 'registry.read' }, schema: { tags, summary: r.get.summary, params: IdParams, response: { 200: one } } },
    async (req, reply) => {
      const row = await r.get.find(app.db, req.params.id);
      if (!row) throw notFound(r.what);
      return sendVersioned(reply, present(row));
    },
  );

  if (r.create) {
    const { summary, access, body, write } = r.create;
    app.post(
      r.path,
      { config: { access }, schema: { tags, summary, body, response: { 201: one } } },
      async (req, reply) => sendVersioned(reply.code(201), present(await write(signedIn(req.ctx), req.body as z.output<Input>))),
    );
  }

  const { summary, access, body, write } = r.patch;
  app.patch(
    `${r.path}/:id`,
    { config: { access }, schema: { tags, summary, params: IdParams, body, response: { 200: one } } },
    async (req, reply) =>
      sendVersioned(reply, present(await write(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body as z.output<Patch>))),
  );
}
