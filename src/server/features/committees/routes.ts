import { z } from 'zod';
import { notFound } from '../../../domain/errors.ts';
import { Id, IdParams, ListQuery, listOf } from '../../../domain/schemas/common.ts';
import { Committee, CommitteeInput, CommitteeKind, CommitteePatch } from '../../../domain/schemas/registry.ts';
import type { App } from '../../app.ts';
import { signedIn } from '../../context.ts';
import { pageOf } from '../../http/lists.ts';
import { expectedVersion, sendVersioned } from '../../http/preconditions.ts';
import { presentDated } from '../../http/present.ts';
import { committeeWhat } from './committee-scope.ts';
import { createCommittee } from './create-committee.ts';
import { findCommittee, listCommittees } from './queries.ts';
import { updateCommittee } from './update-committee.ts';

const tags = ['registry'];

export function committeeRoutes(app: App): void {
  const getOne = async (id: string) => {
    const row = await findCommittee(app.db, id);
    if (!row) throw notFound(committeeWhat);
    return presentDated(row);
  };

  app.get(
    '/api/committees',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: 'Political bodies: committees (fagudvalg), the finance committee (ØU) and the city council (BR)',
        querystring: z.strictObject({ ...ListQuery, municipalityId: Id.optional(), kind: CommitteeKind.optional() }),
        response: { 200: listOf(Committee) },
      },
    },
    async (req) => pageOf((await listCommittees(app.db, req.query, req.query)).map(presentDated), req.query),
  );

  app.get(
    '/api/committees/:id',
    {
      config: { access: 'registry.read' },
      schema: { tags, summary: 'One committee or council', params: IdParams, response: { 200: Committee } },
    },
    async (req, reply) => sendVersioned(reply, await getOne(req.params.id)),
  );

  app.post(
    '/api/committees',
    {
      config: { access: 'registry.write' },
      schema: { tags, summary: 'Add a committee or council', body: CommitteeInput, response: { 201: Committee } },
    },
    async (req, reply) => {
      const id = await createCommittee(signedIn(req.ctx), req.body);
      return sendVersioned(reply.code(201), await getOne(id));
    },
  );

  app.patch(
    '/api/committees/:id',
    {
      config: { access: 'registry.write' },
      schema: {
        tags,
        summary: 'Change a committee or council (If-Match required)',
        params: IdParams,
        body: CommitteePatch,
        response: { 200: Committee },
      },
    },
    async (req, reply) => {
      await updateCommittee(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body);
      return sendVersioned(reply, await getOne(req.params.id));
    },
  );
}
