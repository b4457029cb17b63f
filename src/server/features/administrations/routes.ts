import { z } from 'zod';
import { notFound } from '../../../domain/errors.ts';
import { Id, IdParams, ListQuery, listOf } from '../../../domain/schemas/common.ts';
import { Administration, AdministrationInput, AdministrationPatch } from '../../../domain/schemas/registry.ts';
import type { App } from '../../app.ts';
import { signedIn } from '../../context.ts';
import { pageOf } from '../../http/lists.ts';
import { expectedVersion, sendVersioned } from '../../http/preconditions.ts';
import { presentDated } from '../../http/present.ts';
import { createAdministration } from './create-administration.ts';
import { findAdministration, listAdministrations } from './queries.ts';
import { updateAdministration } from './update-administration.ts';

const what = { da: 'Forvaltningen', en: 'The administration' };
const tags = ['registry'];

type AdministrationRow = NonNullable<Awaited<ReturnType<typeof findAdministration>>>;
const presentAdministration = ({
  committeeId,
  committeeName,
  committeeAbbreviation,
  committeeKind,
  ...administration
}: AdministrationRow) =>
  presentDated({
    ...administration,
    committee:
      committeeId && committeeName !== null && committeeAbbreviation !== null && committeeKind !== null
        ? { id: committeeId, name: committeeName, abbreviation: committeeAbbreviation, kind: committeeKind }
        : null,
  });

export function administrationRoutes(app: App): void {
  const getOne = async (id: string) => {
    const row = await findAdministration(app.db, id);
    if (!row) throw notFound(what);
    return presentAdministration(row);
  };

  app.get(
    '/api/administrations',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: 'Municipal administrations (forvaltninger) with their committee',
        querystring: z.strictObject({ ...ListQuery, municipalityId: Id.optional() }),
        response: { 200: listOf(Administration) },
      },
    },
    async (req) => pageOf((await listAdministrations(app.db, req.query, req.query)).map(presentAdministration), req.query),
  );

  app.get(
    '/api/administrations/:id',
    {
      config: { access: 'registry.read' },
      schema: { tags, summary: 'One administration', params: IdParams, response: { 200: Administration } },
    },
    async (req, reply) => sendVersioned(reply, await getOne(req.params.id)),
  );

  app.post(
    '/api/administrations',
    {
      config: { access: 'registry.write' },
      schema: { tags, summary: 'Add an administration', body: AdministrationInput, response: { 201: Administration } },
    },
    async (req, reply) => {
      const id = await createAdministration(signedIn(req.ctx), req.body);
      return sendVersioned(reply.code(201), await getOne(id));
    },
  );

  app.patch(
    '/api/administrations/:id',
    {
      config: { access: 'registry.write' },
      schema: {
        tags,
        summary: 'Change an administration (If-Match required)',
        params: IdParams,
        body: AdministrationPatch,
        response: { 200: Administration },
      },
    },
    async (req, reply) => {
      await updateAdministration(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body);
      return sendVersioned(reply, await getOne(req.params.id));
    },
  );
}
