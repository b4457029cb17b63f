import { z } from 'zod';
import { notFound } from '../../../domain/errors.ts';
import { Id, IdParams, ListQuery, listOf } from '../../../domain/schemas/common.ts';
import { Estate, EstateInput, EstatePatch } from '../../../domain/schemas/registry.ts';
import type { App } from '../../app.ts';
import { signedIn } from '../../context.ts';
import { pageOf } from '../../http/lists.ts';
import { expectedVersion, sendVersioned } from '../../http/preconditions.ts';
import { presentDated } from '../../http/present.ts';
import { createEstate } from './create-estate.ts';
import { estateWhat } from './estate-scope.ts';
import { findEstate, listEstates } from './queries.ts';
import { updateEstate } from './update-estate.ts';

const tags = ['registry'];

export function estateRoutes(app: App): void {
  const getOne = async (id: string) => {
    const row = await findEstate(app.db, id);
    if (!row) throw notFound(estateWhat);
    return presentDated(row);
  };

  app.get(
    '/api/estates',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: 'Estates (afdelinger) with their housing organisation and urban area',
        querystring: z.strictObject({
          ...ListQuery,
          housingOrganisationId: Id.optional(),
          urbanAreaId: Id.optional(),
          q: z.string().max(100).optional().describe('Part of the name, or the department number'),
        }),
        response: { 200: listOf(Estate) },
      },
    },
    async (req) => pageOf((await listEstates(app.db, req.query, req.query)).map(presentDated), req.query),
  );

  app.get(
    '/api/estates/:id',
    {
      config: { access: 'registry.read' },
      schema: { tags, summary: 'One estate', params: IdParams, response: { 200: Estate } },
    },
    async (req, reply) => sendVersioned(reply, await getOne(req.params.id)),
  );

  app.post(
    '/api/estates',
    {
      config: { access: 'estate.write' },
      schema: { tags, summary: 'Register an estate', body: EstateInput, response: { 201: Estate } },
    },
    async (req, reply) => {
      const id = await createEstate(signedIn(req.ctx), req.body);
      return sendVersioned(reply.code(201), await getOne(id));
    },
  );

  app.patch(
    '/api/estates/:id',
    {
      config: { access: 'estate.write' },
      schema: {
        tags,
        summary: 'Change or move an estate (If-Match required)',
        params: IdParams,
        body: EstatePatch,
        response: { 200: Estate },
      },
    },
    async (req, reply) => {
      await updateEstate(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body);
      return sendVersioned(reply, await getOne(req.params.id));
    },
  );
}
