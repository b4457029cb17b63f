import { z } from 'zod';
import { notFound } from '../../../domain/errors.ts';
import { IdParams, ListQuery, listOf } from '../../../domain/schemas/common.ts';
import { UrbanArea, UrbanAreaInput, UrbanAreaPatch } from '../../../domain/schemas/registry.ts';
import type { App } from '../../app.ts';
import { signedIn } from '../../context.ts';
import { pageOf } from '../../http/lists.ts';
import { expectedVersion, sendVersioned } from '../../http/preconditions.ts';
import { presentDated } from '../../http/present.ts';
import { createUrbanArea } from './create-urban-area.ts';
import { findUrbanArea, listUrbanAreas } from './queries.ts';
import { updateUrbanArea } from './update-urban-area.ts';

const what = { da: 'Byområdet', en: 'The urban area' };
const tags = ['registry'];

export function urbanAreaRoutes(app: App): void {
  const getOne = async (id: string) => {
    const row = await findUrbanArea(app.db, id);
    if (!row) throw notFound(what);
    return presentDated(row);
  };

  app.get(
    '/api/urban-areas',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: 'Urban areas (byområder), with the vulnerable flag, aliases and forum',
        querystring: z.strictObject({
          ...ListQuery,
          municipalityId: z.uuid().optional(),
          vulnerable: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
          q: z.string().max(100).optional(),
        }),
        response: { 200: listOf(UrbanArea) },
      },
    },
    async (req) => pageOf((await listUrbanAreas(app.db, req.query, req.query)).map(presentDated), req.query),
  );

  app.get(
    '/api/urban-areas/:id',
    {
      config: { access: 'registry.read' },
      schema: { tags, summary: 'One urban area', params: IdParams, response: { 200: UrbanArea } },
    },
    async (req, reply) => sendVersioned(reply, await getOne(req.params.id)),
  );

  app.post(
    '/api/urban-areas',
    {
      config: { access: 'registry.write' },
      schema: { tags, summary: 'Create an urban area and its forum', body: UrbanAreaInput, response: { 201: UrbanArea } },
    },
    async (req, reply) => {
      const id = await createUrbanArea(signedIn(req.ctx), req.body);
      return sendVersioned(reply.code(201), await getOne(id));
    },
  );

  app.patch(
    '/api/urban-areas/:id',
    {
      config: { access: 'registry.write' },
      schema: {
        tags,
        summary: 'Change an urban area (If-Match required)',
        params: IdParams,
        body: UrbanAreaPatch,
        response: { 200: UrbanArea },
      },
    },
    async (req, reply) => {
      await updateUrbanArea(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body);
      return sendVersioned(reply, await getOne(req.params.id));
    },
  );
}
