/**
 * Plans and their content. Every write: If-Match with the plan's version (428 missing, 412 stale),
 * one transaction, the plan's version bumped (ETag of the response), an audit event. The budget is
 * written whole with PUT /api/plans/:id/budget-lines (see docs).
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { IdParams, ListQuery, uuidParams } from '../../../domain/schemas/common.ts';
import {
  Activity,
  ActivityInput,
  ActivityPatch,
  Budget,
  BudgetInput,
  Criterion,
  CriterionInput,
  CriterionPatch,
  Goal,
  GoalInput,
  GoalPatch,
  Plan,
  PlanInput,
  PlanList,
  PlanListQuery,
  PlanPatch,
  RuleReport,
  TargetChange,
} from '../../../domain/schemas/plans.ts';
import type { App } from '../../app.ts';
import { signedIn } from '../../context.ts';
import { actorOf } from '../../http/access.ts';
import { languageOf } from '../../http/language.ts';
import { etagOf, expectedVersion, holdsVersion, sendVersioned } from '../../http/preconditions.ts';
import { addActivity } from './add-activity.ts';
import { addCriterion } from './add-criterion.ts';
import { addGoal } from './add-goal.ts';
import { createPlan } from './create-plan.ts';
import { DocumentCache, storedDocument } from './document.ts';
import { budgetWorkbook } from './export-budget.ts';
import { listPlans } from './list-plans.ts';
import { planPartRoutes } from './part-routes.ts';
import { presentActivities, presentBudget, presentGoals, presentPlan, presentReport } from './present.ts';
import { type PlanRead, contentParts, readablePlan } from './queries.ts';
import { removeActivity } from './remove-activity.ts';
import { removeCriterion } from './remove-criterion.ts';
import { removeGoal } from './remove-goal.ts';
import { replaceBudget } from './replace-budget.ts';
import { setTarget } from './set-target.ts';
import { currentSummary, findingsOf, rulesVersion } from './summary.ts';
import { updateActivity } from './update-activity.ts';
import { updateCriterion } from './update-criterion.ts';
import { updateGoal } from './update-goal.ts';
import { updatePlan } from './update-plan.ts';

const tags = ['plans'];
const NotModified = z.null().describe('Not modified: If-None-Match names the current version');
const GoalParams = uuidParams('id', 'goalId');
const TargetParams = uuidParams('id', 'criterionId').extend({ year: z.coerce.number().int().min(1990).max(2100) });

export function planRoutes(app: App): void {
  /** The plan documents this server sent lately (features/plans/document.ts). */
  const documents = new DocumentCache(16 * 1024 * 1024);
  const withVersion = (reply: FastifyReply, version: number) => reply.header('etag', etagOf(version));

  app.get(
    '/api/plans',
    {
      config: { access: 'plan.read' },
      schema: {
        tags,
        summary: 'Plans the user may read: filters, sort, and totals of the filtered set',
        querystring: z.strictObject({ ...ListQuery, ...PlanListQuery }),
        response: { 200: PlanList },
      },
    },
    async (req) => {
      const { limit, cursor, sort, ...filter } = req.query;
      return listPlans(app.db, actorOf(req), { ...filter, sort }, { limit, cursor });
    },
  );

  app.post(
    '/api/plans',
    {
      config: { access: 'plan.write' },
      schema: { tags, summary: 'Create a draft plan', body: PlanInput, response: { 201: Plan } },
    },
    async (req, reply) => {
      const plan = await createPlan(signedIn(req.ctx), req.body);
      return sendVersioned(reply.code(201), presentPlan(plan, plan.summary));
    },
  );

  app.get(
    '/api/plans/:id',
    {
      config: { access: 'plan.read' },
      schema: {
        tags,
        summary: 'One plan with goals, activities, budget matrix and rule status (If-None-Match: 304 when the client holds it)',
        params: IdParams,
        response: { 200: Plan, 304: NotModified },
      },
    },
    async (req, reply) => {
      // The document stored with the plan's version, as it is (features/plans/document.ts).
      const stored = await storedDocument(app.db, documents, actorOf(req), req.params.id, rulesVersion);
      if (stored) {
        void withVersion(reply, stored.version);
        if (stored.byWrite && holdsVersion(req, stored.version)) return reply.code(304).send(null);
        // Bytes are sent as they are, past the response schema's serializer.
        return reply.type('application/json; charset=utf-8').send(stored.body as never);
      }
      const d = await readablePlan(app.db, actorOf(req), req.params.id, [...contentParts, 'summary']);
      return sendVersioned(reply, presentPlan(d, currentSummary(d)));
    },
  );

  app.patch(
    '/api/plans/:id',
    {
      config: { access: 'plan.write' },
      schema: { tags, summary: 'Change a draft plan (If-Match required)', params: IdParams, body: PlanPatch, response: { 200: Plan } },
    },
    async (req, reply) => {
      const plan = await updatePlan(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body);
      return sendVersioned(reply, presentPlan(plan, plan.summary));
    },
  );

  app.get(
    '/api/plans/:id/validation',
    {
      config: { access: 'plan.read' },
      schema: {
        tags,
        summary: 'The rule report: errors and warnings with rule ids (Accept-Language: en for English)',
        params: IdParams,
        response: { 200: RuleReport },
      },
    },
    async (req, reply) => {
      const d = await readablePlan(app.db, actorOf(req), req.params.id, ['summary']);
      withVersion(reply, d.plan.version);
      return presentReport(d.plan.id, d.plan.version, await findingsOf(app.db, d), languageOf(req));
    },
  );

  // --- Goals, success criteria and targets ---------------------------------------------------

  planPartRoutes(app, {
    item: Goal,
    reads: ['goals'],
    partsOf: presentGoals,
    list: { url: '/api/plans/:id/goals', summary: 'Goals with success criteria, indicators and targets' },
    add: {
      url: '/api/plans/:id/goals',
      params: IdParams,
      summary: 'Add a goal with its success criteria (If-Match: the plan)',
      body: GoalInput,
      write: (ctx, { id }, version, input) => addGoal(ctx, id, version, input),
    },
    one: { url: '/api/plans/:id/goals/:goalId', param: 'goalId' },
    change: { summary: 'Change a goal (If-Match: the plan)', body: GoalPatch, write: updateGoal },
    remove: { summary: 'Remove a goal (If-Match: the plan)', write: removeGoal },
  });

  const criteriaOf = (plan: PlanRead<'goals'>) => presentGoals(plan).flatMap((g) => g.criteria);
  planPartRoutes(app, {
    item: Criterion,
    reads: ['goals'],
    partsOf: criteriaOf,
    add: {
      url: '/api/plans/:id/goals/:goalId/criteria',
      params: GoalParams,
      summary: 'Add a success criterion to a goal (If-Match: the plan)',
      body: CriterionInput,
      write: (ctx, { id, goalId }, version, input) => addCriterion(ctx, id, version, goalId, input),
    },
    one: { url: '/api/plans/:id/criteria/:criterionId', param: 'criterionId' },
    change: { summary: 'Change a success criterion or its indicator (If-Match: the plan)', body: CriterionPatch, write: updateCriterion },
    remove: { summary: 'Remove a success criterion (If-Match: the plan)', write: removeCriterion },
  });

  app.put(
    '/api/plans/:id/criteria/:criterionId/targets/:year',
    {
      config: { access: 'plan.write' },
      schema: {
        tags,
        summary: "Set a year's target; a change keeps the original and records who, when and why (If-Match: the plan)",
        params: TargetParams,
        body: TargetChange,
        response: { 200: Criterion },
      },
    },
    async (req, reply) => {
      const { id, criterionId, year } = req.params;
      const { version, plan } = await setTarget(signedIn(req.ctx), id, expectedVersion(req), criterionId, year, req.body);
      withVersion(reply, version);
      return criteriaOf(plan).find((c) => c.id === criterionId)!;
    },
  );

  // --- Activities ------------------------------------------------------------------------------

  planPartRoutes(app, {
    item: Activity,
    reads: ['activities'],
    partsOf: presentActivities,
    list: { url: '/api/plans/:id/activities', summary: 'Activities of a plan' },
    add: {
      url: '/api/plans/:id/activities',
      params: IdParams,
      summary: 'Add an activity (If-Match: the plan)',
      body: ActivityInput,
      write: (ctx, { id }, version, input) => addActivity(ctx, id, version, input),
    },
    one: { url: '/api/plans/:id/activities/:activityId', param: 'activityId' },
    change: { summary: 'Change an activity (If-Match: the plan)', body: ActivityPatch, write: updateActivity },
    remove: { summary: 'Remove an activity (If-Match: the plan)', write: removeActivity },
  });

  // --- Budget ----------------------------------------------------------------------------------

  app.get(
    '/api/plans/:id/budget-lines',
    { config: { access: 'plan.read' }, schema: { tags, summary: 'Budget lines and the budget matrix', params: IdParams, response: { 200: Budget } } },
    async (req, reply) => {
      const d = await readablePlan(app.db, actorOf(req), req.params.id, ['budgetLines', 'interventionAreas']);
      withVersion(reply, d.plan.version);
      return presentBudget(d);
    },
  );

  app.put(
    '/api/plans/:id/budget-lines',
    {
      config: { access: 'plan.write' },
      schema: {
        tags,
        summary: 'Replace the whole budget (If-Match: the plan). Shares are reported by /validation, not refused',
        params: IdParams,
        body: BudgetInput,
        response: { 200: Budget },
      },
    },
    async (req, reply) => {
      const { plan } = await replaceBudget(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body.lines);
      return sendVersioned(reply, presentBudget(plan));
    },
  );

  app.get(
    '/api/plans/:id/exports/budget.xlsx',
    {
      config: { access: 'plan.read' },
      schema: { tags: [...tags, 'exports'], summary: 'The budget as an XLSX workbook (same totals and shares as the API)', params: IdParams },
    },
    async (req, reply) => {
      const d = await readablePlan(app.db, actorOf(req), req.params.id, ['budgetLines', 'interventionAreas', 'activities']);
      const body = await budgetWorkbook(d);
      const file = `budget-${d.plan.name.replace(/[^\p{L}\p{N}-]+/gu, '-').slice(0, 60)}.xlsx`;
      return reply
        .header('etag', etagOf(d.plan.version))
        .header('content-disposition', `attachment; filename="budget.xlsx"; filename*=UTF-8''${encodeURIComponent(file)}`)
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(body);
    },
  );
}
