/**
 * The approval workflow: record a decision (If-Match: the plan), the timeline with what is missing,
 * a decision's document, and the plans waiting for a body. The rules live in src/domain/workflow.ts.
 */
import { notFound } from '../../../domain/errors.ts';
import { DecisionInput, DecisionTimeline, WaitingList, WaitingQuery } from '../../../domain/schemas/approval.ts';
import { Id, IdParams } from '../../../domain/schemas/common.ts';
import type { App } from '../../app.ts';
import { signedIn } from '../../context.ts';
import { actorOf } from '../../http/access.ts';
import { languageOf } from '../../http/language.ts';
import { etagOf, expectedVersion } from '../../http/preconditions.ts';
import { readablePlan } from '../plans/queries.ts';
import { listDecisions } from './list-decisions.ts';
import { listWaitingPlans } from './list-waiting-plans.ts';
import { findDecision, findDocument } from './queries.ts';
import { recordDecision } from './record-decision.ts';

const tags = ['approval'];
const documentWhat = { da: 'Dokumentet', en: 'The document' };

export function approvalRoutes(app: App): void {
  app.get(
    '/api/plans/:id/decisions',
    {
      config: { access: 'plan.read' },
      schema: {
        tags,
        summary: 'The decision timeline, what may be recorded now (next) and the approvals still missing, with who must give them',
        params: IdParams,
        response: { 200: DecisionTimeline },
      },
    },
    async (req, reply) => {
      const plan = await readablePlan(app.db, actorOf(req), req.params.id, ['committeeIds', 'decisions']);
      void reply.header('etag', etagOf(plan.plan.version));
      return listDecisions(app.db, plan, req.actor, languageOf(req));
    },
  );

  app.post(
    '/api/plans/:id/decisions',
    {
      bodyLimit: 8 * 1024 * 1024,
      config: { access: 'plan.decide' },
      schema: {
        tags,
        summary:
          'Record the next decision (If-Match: the plan). Out of order → 422 APP-ORDER saying what must happen first; a body the user may not record for → 403. Optional PDF as base64 (≤ 5 MB)',
        params: IdParams,
        body: DecisionInput,
        response: { 201: DecisionTimeline.extend({ decisionId: Id }) },
      },
    },
    async (req, reply) => {
      const { decisionId, plan } = await recordDecision(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body);
      void reply.code(201).header('etag', etagOf(plan.plan.version));
      return { decisionId, ...(await listDecisions(app.db, plan, req.actor, languageOf(req))) };
    },
  );

  app.get(
    '/api/decisions/:id/document',
    {
      config: { access: 'plan.read' },
      schema: { tags, summary: "A decision's attached PDF (checksum in X-Content-SHA256)", params: IdParams },
    },
    async (req, reply) => {
      const decision = await findDecision(app.db, req.params.id);
      if (!decision) throw notFound(documentWhat);
      await readablePlan(app.db, actorOf(req), decision.planId, []);
      const doc = decision.documentId ? await findDocument(app.db, decision.documentId) : undefined;
      if (!doc) throw notFound(documentWhat);
      return reply
        .type(doc.contentType)
        .header('etag', `"${doc.sha256}"`)
        .header('x-content-sha256', doc.sha256)
        .header('content-disposition', `attachment; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(doc.filename)}`)
        .send(Buffer.from(doc.content));
    },
  );

  app.get(
    '/api/approvals/waiting',
    {
      config: { access: 'approval.read' },
      schema: {
        tags,
        summary: 'Plans waiting for a body (e.g. body=city_council), to prepare its next meeting; body=committee with committeeId for one committee',
        querystring: WaitingQuery,
        response: { 200: WaitingList },
      },
    },
    async (req) => listWaitingPlans(app.db, actorOf(req), req.query),
  );
}

