/**
 * Plans and their content. Every write: If-Match with the plan's version (428 missing, 412 stale),
 * one transaction, the plan's version bumped (ETag of the response), an audit event. The budget is
 * written whole with PUT /api/plans/:id/budget-lines (see docs).
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { Id, IdParams, ListQuery } from '../../../domain/schemas/common.ts';
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
import { etagOf, expectedVersion, sendVersioned } from '../../http/preconditions.ts';
import { addActivity } from './add-activity.ts';
import { addCriterion } from './add-criterion.ts';
import { addGoal } from './add-goal.ts';
import { createPlan } from './create-plan.ts';
import { budgetWorkbook } from './export-budget.ts';
import { listPlans } from './list-plans.ts';
import { presentActivities, presentBudget, presentGoals, presentPlan, presentReport } from './present.ts';
import { type PlanDetails, readablePlan } from './queries.ts';
import { removeActivity } from './remove-activity.ts';
import { removeCriterion } from './remove-criterion.ts';
import { removeGoal } from './remove-goal.ts';
import { replaceBudget } from './replace-budget.ts';
import { setTarget } from './set-target.ts';
import { updateActivity } from './update-activity.ts';
import { updateCriterion } from './update-criterion.ts';
import { updateGoal } from './update-goal.ts';
import { updatePlan } from './update-plan.ts';

const tags = ['plans'];
const GoalParams = z.strictObject({ id: Id, goalId: Id });
const CriterionParams = z.strictObject({ id: Id, criterionId: Id });
const TargetParams = z.strictObject({ id: Id, criterionId: Id, year: z.coerce.number().int().min(1990).max(2100) });
const ActivityParams = z.strictObject({ id: Id, activityId: Id });
const items = <T extends z.ZodType>(item: T) => z.object({ planId: Id, version: z.int(), items: z.array(item) });

export function planRoutes(app: App): void {
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
      return sendVersioned(reply.code(201), presentPlan(plan));
    },
  );

  app.get(
    '/api/plans/:id',
    {
      config: { access: 'plan.read' },
      schema: { tags, summary: 'One plan with goals, activities, budget matrix and rule status', params: IdParams, response: { 200: Plan } },
    },
    async (req, reply) => sendVersioned(reply, presentPlan(await readablePlan(app.db, actorOf(req), req.params.id))),
  );

  app.patch(
    '/api/plans/:id',
    {
      config: { access: 'plan.write' },
      schema: { tags, summary: 'Change a draft plan (If-Match required)', params: IdParams, body: PlanPatch, response: { 200: Plan } },
    },
    async (req, reply) => {
      const plan = await updatePlan(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body);
      return sendVersioned(reply, presentPlan(plan));
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
      const d = await readablePlan(app.db, actorOf(req), req.params.id);
      withVersion(reply, d.plan.version);
      return presentReport(d, languageOf(req));
    },
  );

  // --- Goals, success criteria and targets ---------------------------------------------------

  app.get(
    '/api/plans/:id/goals',
    { config: { access: 'plan.read' }, schema: { tags, summary: 'Goals with success criteria, indicators and targets', params: IdParams, response: { 200: items(Goal) } } },
    async (req, reply) => {
      const d = await readablePlan(app.db, actorOf(req), req.params.id);
      withVersion(reply, d.plan.version);
      return { planId: d.plan.id, version: d.plan.version, items: presentGoals(d) };
    },
  );

  const goalOf = (plan: PlanDetails, goalId: string) => presentGoals(plan).find((g) => g.id === goalId)!;
  const criterionOf = (plan: PlanDetails, criterionId: string) => presentGoals(plan).flatMap((g) => g.criteria).find((c) => c.id === criterionId)!;

  app.post(
    '/api/plans/:id/goals',
    { config: { access: 'plan.write' }, schema: { tags, summary: 'Add a goal with its success criteria (If-Match: the plan)', params: IdParams, body: GoalInput, response: { 201: Goal } } },
    async (req, reply) => {
      const { result, version, plan } = await addGoal(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body);
      withVersion(reply.code(201), version);
      return goalOf(plan, result);
    },
  );

  app.patch(
    '/api/plans/:id/goals/:goalId',
    { config: { access: 'plan.write' }, schema: { tags, summary: 'Change a goal (If-Match: the plan)', params: GoalParams, body: GoalPatch, response: { 200: Goal } } },
    async (req, reply) => {
      const { version, plan } = await updateGoal(signedIn(req.ctx), req.params.id, expectedVersion(req), req.params.goalId, req.body);
      withVersion(reply, version);
      return goalOf(plan, req.params.goalId);
    },
  );

  app.delete(
    '/api/plans/:id/goals/:goalId',
    { config: { access: 'plan.write' }, schema: { tags, summary: 'Remove a goal (If-Match: the plan)', params: GoalParams, response: { 204: z.null() } } },
    async (req, reply) => {
      const { version } = await removeGoal(signedIn(req.ctx), req.params.id, expectedVersion(req), req.params.goalId);
      return withVersion(reply.code(204), version).send(null);
    },
  );

  app.post(
    '/api/plans/:id/goals/:goalId/criteria',
    { config: { access: 'plan.write' }, schema: { tags, summary: 'Add a success criterion to a goal (If-Match: the plan)', params: GoalParams, body: CriterionInput, response: { 201: Criterion } } },
    async (req, reply) => {
      const { result, version, plan } = await addCriterion(signedIn(req.ctx), req.params.id, expectedVersion(req), req.params.goalId, req.body);
      withVersion(reply.code(201), version);
      return criterionOf(plan, result);
    },
  );

  app.patch(
    '/api/plans/:id/criteria/:criterionId',
    { config: { access: 'plan.write' }, schema: { tags, summary: 'Change a success criterion or its indicator (If-Match: the plan)', params: CriterionParams, body: CriterionPatch, response: { 200: Criterion } } },
    async (req, reply) => {
      const { version, plan } = await updateCriterion(signedIn(req.ctx), req.params.id, expectedVersion(req), req.params.criterionId, req.body);
      withVersion(reply, version);
      return criterionOf(plan, req.params.criterionId);
    },
  );

  app.delete(
    '/api/plans/:id/criteria/:criterionId',
    { config: { access: 'plan.write' }, schema: { tags, summary: 'Remove a success criterion (If-Match: the plan)', params: CriterionParams, response: { 204: z.null() } } },
    async (req, reply) => {
      const { version } = await removeCriterion(signedIn(req.ctx), req.params.id, expectedVersion(req), req.params.criterionId);
      return withVersion(reply.code(204), version).send(null);
    },
  );

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
      return criterionOf(plan, criterionId);
    },
  );

  // --- Activities ------------------------------------------------------------------------------

  app.get(
    '/api/plans/:id/activities',
    { config: { access: 'plan.read' }, schema: { tags, summary: 'Activities of a plan', params: IdParams, response: { 200: items(Activity) } } },
    async (req, reply) => {
      const d = await readablePlan(app.db, actorOf(req), req.params.id);
      withVersion(reply, d.plan.version);
      return { planId: d.plan.id, version: d.plan.version, items: presentActivities(d) };
    },
  );

  const activityOf = (plan: PlanDetails, activityId: string) => presentActivities(plan).find((a) => a.id === activityId)!;

  app.post(
    '/api/plans/:id/activities',
    { config: { access: 'plan.write' }, schema: { tags, summary: 'Add an activity (If-Match: the plan)', params: IdParams, body: ActivityInput, response: { 201: Activity } } },
    async (req, reply) => {
      const { result, version, plan } = await addActivity(signedIn(req.ctx), req.params.id, expectedVersion(req), req.body);
      withVersion(reply.code(201), version);
      return activityOf(plan, result);
    },
  );

  app.patch(
    '/api/plans/:id/activities/:activityId',
    { config: { access: 'plan.write' }, schema: { tags, summary: 'Change an activity (If-Match: the plan)', params: ActivityParams, body: ActivityPatch, response: { 200: Activity } } },
    async (req, reply) => {
      const { version, plan } = await updateActivity(signedIn(req.ctx), req.params.id, expectedVersion(req), req.params.activityId, req.body);
      withVersion(reply, version);
      return activityOf(plan, req.params.activityId);
    },
  );

  app.delete(
    '/api/plans/:id/activities/:activityId',
    { config: { access: 'plan.write' }, schema: { tags, summary: 'Remove an activity (If-Match: the plan)', params: ActivityParams, response: { 204: z.null() } } },
    async (req, reply) => {
      const { version } = await removeActivity(signedIn(req.ctx), req.params.id, expectedVersion(req), req.params.activityId);
      return withVersion(reply.code(204), version).send(null);
    },
  );

  // --- Budget ----------------------------------------------------------------------------------

  app.get(
    '/api/plans/:id/budget-lines',
    { config: { access: 'plan.read' }, schema: { tags, summary: 'Budget lines and the budget matrix', params: IdParams, response: { 200: Budget } } },
    async (req, reply) => {
      const d = await readablePlan(app.db, actorOf(req), req.params.id);
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
      const d = await readablePlan(app.db, actorOf(req), req.params.id);
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
