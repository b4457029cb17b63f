import { z } from 'zod';
import { notFound } from '../../../domain/errors.ts';
import { IdParams, ListQuery, listOf } from '../../../domain/schemas/common.ts';
import {
  HousingOrganisation,
  HousingOrganisationInput,
  HousingOrganisationPatch,
} from '../../../domain/schemas/registry.ts';
import type { App } from '../../app.ts';
import { signedIn } from '../../context.ts';
import { pageOf } from '../../http/lists.ts';
import { expectedVersion, sendVersioned } from '../../http/preconditions.ts';
import { presentDated } from '../../http/present.ts';
import { createHousingOrganisation } from './create-housing-organisation.ts';
import { findHousingOrganisation, listHousingOrganisations } from './queries.ts';
import { updateHousingOrganisation } from './update-housing-organisation.ts';

const what = { da: 'Boligorganisationen', en: 'The housing organisation' };
const tags = ['registry'];

export function housingOrganisationRoutes(app: App): void {
  const getOne = async (id: string) => {
    const row = await findHousingOrganisation(app.db, id);
    if (!row) throw notFound(what);
    return presentDated(row);
  };

  app.get(
    '/api/housing-organisations',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: 'Housing organisations (almene boligorganisationer)',
        querystring: z.strictObject({ ...ListQuery, q: z.string().max(100).optional() }),
        response: { 200: listOf(HousingOrganisation) },
      },
    },
    async (req) => pageOf((await listHousingOrganisations(app.db, req.query, req.query)).map(presentDated), req.query),
  );

  app.get(
    '/api/housing-organisations/:id',
    {
      config: { access: 'registry.read' },
      schema: { tags, summary: 'One housing organisation', params: IdParams, response: { 200: HousingOrganisation } },
    },
    async (req, reply) => sendVersioned(reply, await getOne(req.params.id)),
  );

  app.post(
    '/api/housing-organisations',
    {
      config: { access: 'housing_organisation.write' },
      schema: {
        tags,
        summary: 'Add a housing organisation',
        body: HousingOrganisationInput,
        response: { 201: HousingOrganisation },
      },
    },
    async (req, reply) => {
      const id = await createHousingOrganisation(signedIn(req.ctx), req.body);
      return sendVersioned(reply.code(201), await getOne(id));
    },
  );

  app.patch(
    '/api/housing-organisations/:id',
    {
      config: { access: 'housing_organisation.write' },
      schema: {
        tags,
        summary: 'Change a housing organisation (If-Match required)',
        params: IdParams,
        body: HousingOrganisationPatch,
        response: { 200: HousingOrganisation },
      },
    },
    async (req, reply) => {
      await updateHousingOrganisation(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body);
      return sendVersioned(reply, await getOne(req.params.id));
    },
  );
}
