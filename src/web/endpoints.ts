/**
 * The API's JSON reads as the web sees them: each GET path template (OpenAPI style, `{id}`) with the
 * type of its 200 body, inferred from the zod schemas in src/domain/schemas. Types only — nothing of
 * zod reaches the bundle. test/api/web-endpoints.test.ts checks each entry against the server's
 * route, so a renamed field or a changed route fails the type check or that test.
 */
import type { DecisionTimeline, PlanComparison, Revision, RevisionList, WaitingList } from '../domain/schemas/approval.ts';
import type { AuditEvent } from '../domain/schemas/audit.ts';
import type { List } from '../domain/schemas/common.ts';
import type { Contract, ContractComparison, ContractRevisionList, ContractSummary, ForumOverview } from '../domain/schemas/contracts.ts';
import type { Budget, Plan, PlanList, RuleReport } from '../domain/schemas/plans.ts';
import type { Allocation, Pool } from '../domain/schemas/pools.ts';
import type {
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
} from '../domain/schemas/registry.ts';
import type { DemoUsers, Me, User } from '../domain/schemas/users.ts';

export type GetEndpoints = {
  '/api/auth/me': Me;
  '/api/auth/demo-users': DemoUsers;
  '/api/users': List<User>;
  '/api/users/{id}': User;
  '/api/audit-events': List<AuditEvent>;

  '/api/municipalities': List<Municipality>;
  '/api/municipalities/{id}': Municipality;
  '/api/municipalities/{id}/funding-rules': MunicipalFundingRulesList;
  '/api/municipalities/{id}/funding-rules/{fundingPeriodId}': MunicipalFundingRules;
  '/api/urban-areas': List<UrbanArea>;
  '/api/urban-areas/{id}': UrbanArea;
  '/api/housing-organisations': List<HousingOrganisation>;
  '/api/housing-organisations/{id}': HousingOrganisation;
  '/api/estates': List<Estate>;
  '/api/estates/{id}': Estate;
  '/api/administrations': List<Administration>;
  '/api/administrations/{id}': Administration;
  '/api/committees': List<Committee>;
  '/api/committees/{id}': Committee;
  '/api/funding-periods': List<FundingPeriod>;
  '/api/funding-periods/{id}': FundingPeriodDetail;

  '/api/forums': List<Forum>;
  '/api/forums/{id}': Forum;
  '/api/forums/{id}/overview': ForumOverview;
  '/api/forums/{id}/members': List<ForumMember>;
  '/api/forums/{id}/working-groups': List<WorkingGroup>;

  '/api/plans': PlanList;
  '/api/plans/{id}': Plan;
  '/api/plans/{id}/budget-lines': Budget;
  '/api/plans/{id}/validation': RuleReport;
  '/api/plans/{id}/decisions': DecisionTimeline;
  '/api/plans/{id}/revisions': RevisionList;
  '/api/plans/{id}/revisions/{n}': Revision;
  '/api/plans/{id}/revisions/compare': PlanComparison;
  '/api/approvals/waiting': WaitingList;

  '/api/pools': List<Pool>;
  '/api/pools/{id}': Pool;
  '/api/pools/{id}/allocations': List<Allocation>;

  '/api/contracts': List<ContractSummary>;
  '/api/contracts/{id}': Contract;
  '/api/contracts/{id}/revisions': ContractRevisionList;
  '/api/contracts/{id}/revisions/compare': ContractComparison;
};

export type GetPath = keyof GetEndpoints;

/** The names in a path template: `'/api/plans/{id}/revisions/{n}'` → `'id' | 'n'`. */
export type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;
