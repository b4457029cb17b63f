import { z } from 'zod';
import { notFound } from '../../../domain/errors.ts';
import { IdParams, ListQuery, listOf } from '../../../domain/schemas/common.ts';
import { Municipality, MunicipalityInput, MunicipalityPatch } from '../../../domain/schemas/registry.ts';
import type { App } from '../../app.ts';
import { signedIn } from '../../context.ts';
import { pageOf } from '../../http/lists.ts';
import { expectedVersion, sendVersioned } from '../../http/preconditions.ts';
import { presentDated } from '../../http/present.ts';
import { createMunicipality } from './create-municipality.ts';
import { findMunicipality, listMunicipalities } from './queries.ts';
import { updateMunicipality } from './update-municipality.ts';

const what = { da: 'Kommunen', en: 'The municipality' };
const tags = ['registry'];

export function municipalityRoutes(app: App): void {
  const getOne = async (id: string) => {
    const row = await findMunicipality(app.db, id);
    if (!row) throw notFound(what);
    return presentDated(row);
  };

  app.get(
    '/api/municipalities',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: 'Municipalities (kommuner)',
        querystring: z.strictObject({ ...ListQuery, q: z.string().max(100).optional() }),
        response: { 200: listOf(Municipality) },
      },
    },
    async (req) => pageOf((await listMunicipalities(app.db, req.query, req.query)).map(presentDated), req.query),
  );

  app.get(
    '/api/municipalities/:id',
    {
      config: { access: 'registry.read' },
      schema: { tags, summary: 'One municipality', params: IdParams, response: { 200: Municipality } },
    },
    async (req, reply) => sendVersioned(reply, await getOne(req.params.id)),
  );

  app.post(
    '/api/municipalities',
    {
      config: { access: 'municipality.create' },
      schema: { tags, summary: 'Add a municipality', body: MunicipalityInput, response: { 201: Municipality } },
    },
    async (req, reply) => {
      const id = await createMunicipality(signedIn(req.ctx), req.body);
      return sendVersioned(reply.code(201), await getOne(id));
    },
  );

  app.patch(
    '/api/municipalities/:id',
    {
      config: { access: 'registry.write' },
      schema: {
        tags,
        summary: 'Change a municipality (If-Match required)',
        params: IdParams,
        body: MunicipalityPatch,
        response: { 200: Municipality },
      },
    },
    async (req, reply) => {
      await updateMunicipality(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body);
      return sendVersioned(reply, await getOne(req.params.id));
    },
  );
}
