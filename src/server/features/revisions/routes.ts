/**
 * Plan revisions (APP-LOCK): start a change of a committed plan (If-Match: the plan), list the
 * versions, read one, and compare any two (or one with the plan as it is now).
 */
import { CompareQuery, PlanComparison, Revision, RevisionInput, RevisionList, RevisionParams } from '../../../domain/schemas/approval.ts';
import { IdParams } from '../../../domain/schemas/common.ts';
import type { App } from '../../app.ts';
import { signedIn } from '../../context.ts';
import { actorOf } from '../../http/access.ts';
import { etagOf, expectedVersion } from '../../http/preconditions.ts';
import { contentParts, readablePlan } from '../plans/queries.ts';
import { compareRevisions, getRevision, listRevisions, presentRevision } from './read-revisions.ts';
import { startRevision } from './start-revision.ts';

const tags = ['revisions'];

export function revisionRoutes(app: App): void {
  app.get(
    '/api/plans/:id/revisions',
    { config: { access: 'plan.read' }, schema: { tags, summary: 'Approved versions and change revisions of a plan', params: IdParams, response: { 200: RevisionList } } },
    async (req, reply) => {
      const plan = await readablePlan(app.db, actorOf(req), req.params.id, []);
      void reply.header('etag', etagOf(plan.plan.version));
      return listRevisions(app.db, plan);
    },
  );

  app.post(
    '/api/plans/:id/revisions',
    {
      config: { access: 'plan.revise' },
      schema: {
        tags,
        summary: 'Start a change of a committed plan (If-Match: the plan): it becomes editable as revision_draft and goes through approval again',
        params: IdParams,
        body: RevisionInput,
        response: { 201: Revision },
      },
    },
    async (req, reply) => {
      const { revision, plan } = await startRevision(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body.reason);
      void reply.code(201).header('etag', etagOf(plan.plan.version));
      return presentRevision(revision, plan);
    },
  );

  // Registered before /:n so that "compare" is not read as a number.
  app.get(
    '/api/plans/:id/revisions/compare',
    {
      config: { access: 'plan.read' },
      schema: {
        tags,
        summary: 'Compare two versions (revision numbers, or "current"): goals, indicators and targets, activities, budget by year/area/source with differences',
        params: IdParams,
        querystring: CompareQuery,
        response: { 200: PlanComparison },
      },
    },
    async (req) => compareRevisions(app.db, await readablePlan(app.db, actorOf(req), req.params.id, contentParts), req.query.from, req.query.to),
  );

  app.get(
    '/api/plans/:id/revisions/:n',
    { config: { access: 'plan.read' }, schema: { tags, summary: 'One version with its whole content', params: RevisionParams, response: { 200: Revision } } },
    async (req) => getRevision(app.db, await readablePlan(app.db, actorOf(req), req.params.id, contentParts), req.params.n),
  );
}
