/**
 * The web's endpoint catalogue (src/web/endpoints.ts) is the server's contract: every catalogued
 * read is a GET route whose 200 schema is the one the catalogue's type is inferred from, and every
 * JSON read of the server is catalogued. And the budget page may use the PUT's answer instead of
 * reading the plan again: the plan it makes of it is the plan the server then gives.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { DecisionTimeline, PlanComparison, Revision, RevisionList, WaitingList } from '../../src/domain/schemas/approval.ts';
import { AuditEvent } from '../../src/domain/schemas/audit.ts';
import { listOf } from '../../src/domain/schemas/common.ts';
import { Contract, ContractComparison, ContractRevisionList, ContractSummary, ForumOverview } from '../../src/domain/schemas/contracts.ts';
import { Budget, Plan, PlanList, RuleReport } from '../../src/domain/schemas/plans.ts';
import { Allocation, Pool } from '../../src/domain/schemas/pools.ts';
import {
  Administration,
  Committee,
  Estate,
  Forum,
  ForumMember,
  FundingPeriod,
  FundingPeriodDetail,
  HousingOrganisation,
  Municipality,
  MunicipalFundingRules,
  MunicipalFundingRulesList,
  UrbanArea,
  WorkingGroup,
} from '../../src/domain/schemas/registry.ts';
import { DemoUsers, Me, User } from '../../src/domain/schemas/users.ts';
import type { GetEndpoints } from '../../src/web/endpoints.ts';
import { withBudget } from '../../src/web/features/plans/saved-budget.ts';
import { useTestApp } from '../helpers/app.ts';
import { type Refs, cleanBudget, createPlanVia, ifMatch, loadRefs, planBody } from '../helpers/plans.ts';
import { apiRoutes } from '../helpers/routes.ts';

vi.mock('fastify', async (original) => (await import('../helpers/routes.ts')).withRouteCapture(await original()));

const t = useTestApp();

/** The schema behind each catalogued read. */
const schemas = {
  '/api/auth/me': Me,
  '/api/auth/demo-users': DemoUsers,
  '/api/users': listOf(User),
  '/api/users/{id}': User,
  '/api/audit-events': listOf(AuditEvent),
  '/api/municipalities': listOf(Municipality),
  '/api/municipalities/{id}': Municipality,
  '/api/municipalities/{id}/funding-rules': MunicipalFundingRulesList,
  '/api/municipalities/{id}/funding-rules/{fundingPeriodId}': MunicipalFundingRules,
  '/api/urban-areas': listOf(UrbanArea),
  '/api/urban-areas/{id}': UrbanArea,
  '/api/housing-organisations': listOf(HousingOrganisation),
  '/api/housing-organisations/{id}': HousingOrganisation,
  '/api/estates': listOf(Estate),
  '/api/estates/{id}': Estate,
  '/api/administrations': listOf(Administration),
  '/api/administrations/{id}': Administration,
  '/api/committees': listOf(Committee),
  '/api/committees/{id}': Committee,
  '/api/funding-periods': listOf(FundingPeriod),
  '/api/funding-periods/{id}': FundingPeriodDetail,
  '/api/forums': listOf(Forum),
  '/api/forums/{id}': Forum,
  '/api/forums/{id}/overview': ForumOverview,
  '/api/forums/{id}/members': listOf(ForumMember),
  '/api/forums/{id}/working-groups': listOf(WorkingGroup),
  '/api/plans': PlanList,
  '/api/plans/{id}': Plan,
  '/api/plans/{id}/budget-lines': Budget,
  '/api/plans/{id}/validation': RuleReport,
  '/api/plans/{id}/decisions': DecisionTimeline,
  '/api/plans/{id}/revisions': RevisionList,
  '/api/plans/{id}/revisions/{n}': Revision,
  '/api/plans/{id}/revisions/compare': PlanComparison,
  '/api/approvals/waiting': WaitingList,
  '/api/pools': listOf(Pool),
  '/api/pools/{id}': Pool,
  '/api/pools/{id}/allocations': listOf(Allocation),
  '/api/contracts': listOf(ContractSummary),
  '/api/contracts/{id}': Contract,
  '/api/contracts/{id}/revisions': ContractRevisionList,
  '/api/contracts/{id}/revisions/compare': ContractComparison,
} satisfies Record<keyof GetEndpoints, z.ZodType>;

// The catalogue's type of each read is exactly its schema's output (a wrong pairing fails the type check).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Mismatched = { [P in keyof GetEndpoints]: Same<z.infer<(typeof schemas)[P]>, GetEndpoints[P]> extends true ? never : P }[keyof GetEndpoints];
const noneMismatched: [Mismatched] extends [never] ? true : Mismatched = true;

/** Reads that are files or probes, not JSON for the web; and two whose schemas still live in the server's routes. */
const notCatalogued = [
  '/api/health',
  '/api/health/ready',
  '/api/openapi.json',
  '/api/decisions/{id}/document',
  '/api/exports/city-council-proposal',
  '/api/plans/{id}/exports/budget.xlsx',
  '/api/plans/{id}/goals',
  '/api/plans/{id}/activities',
];

const template = (url: string) => url.replace(/:(\w+)/g, '{$1}');
const jsonSchema = (schema: unknown) => z.toJSONSchema(schema as z.ZodType, { unrepresentable: 'any' });

describe('the web endpoint catalogue', () => {
  it('names a GET route with the same 200 schema for every read', () => {
    expect(noneMismatched).toBe(true);
    const gets = new Map(apiRoutes().filter((r) => r.method === 'GET').map((r) => [template(r.url), r.route]));
    const problems = Object.entries(schemas).flatMap(([path, schema]) => {
      const route = gets.get(path);
      if (!route) return [`${path}: no such GET route`];
      const response = (route.schema as { response?: Record<number, unknown> } | undefined)?.response?.[200];
      if (!response) return [`${path}: no 200 schema`];
      return JSON.stringify(jsonSchema(response)) === JSON.stringify(jsonSchema(schema)) ? [] : [`${path}: the route answers another shape`];
    });
    expect(problems).toEqual([]);
  });

  it('holds every JSON read of the server', () => {
    const gets = apiRoutes()
      .filter((r) => r.method === 'GET')
      .map((r) => template(r.url));
    const missing = gets.filter((path) => !(path in schemas) && !notCatalogued.includes(path));
    expect(missing).toEqual([]);
  });
});

describe('the plan after a budget save, from the PUT’s answer', () => {
  let r: Refs;
  beforeAll(async () => {
    r = await loadRefs(t);
  });

  it('is the plan the server gives afterwards (only updatedAt differs)', async () => {
    const s = await t.signIn('boligorganisation@demo.example');
    const plan = await createPlanVia(s, planBody(r));
    const before = (await s.request({ method: 'GET', url: `/api/plans/${plan.id}` })).json() as Plan;
    const put = await s.request({ method: 'PUT', url: `/api/plans/${plan.id}/budget-lines`, headers: ifMatch(before.version), payload: { lines: cleanBudget(r) } });
    expect(put.statusCode, put.body).toBe(200);
    const saved = put.json() as Budget;
    expect(put.headers.etag).toBe(`"${saved.version}"`);
    const after = (await s.request({ method: 'GET', url: `/api/plans/${plan.id}` })).json() as Plan;
    expect(after.budgetLines.length).toBeGreaterThan(0);
    expect({ ...withBudget(before, saved), updatedAt: after.updatedAt }).toEqual(after);
  });
});
