/**
 * Contract queries: the contract head with its names, its immutable revisions, and what the CON-*
 * rules read (the area's other contracts, working groups, eligible parties, the plans' activities).
 */
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, type Transaction, sql } from 'kysely';
import type { Target } from '../../../domain/authorization.ts';
import type { Actor, Role } from '../../../domain/roles.ts';
import type { ContractContent } from '../../../domain/schemas/contracts.ts';
import { type Keyset, type KeysetPage, inKeyOrder } from '../../db/keyset.ts';
import type { Database, Row } from '../../db/schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

export type ContractFilter = {
  urbanAreaId?: string | undefined;
  interventionAreaId?: string | undefined;
  status?: 'draft' | 'approved' | undefined;
};

const contracts = (q: Q) =>
  q
    .selectFrom('contract')
    .innerJoin('urbanArea', 'urbanArea.id', 'contract.urbanAreaId')
    .innerJoin('interventionArea', 'interventionArea.id', 'contract.interventionAreaId')
    .innerJoin('workingGroup', 'workingGroup.id', 'contract.workingGroupId')
    .selectAll('contract')
    .select([
      'urbanArea.name as urbanAreaName',
      'urbanArea.municipalityId',
      'interventionArea.name as interventionAreaName',
      'interventionArea.number as interventionAreaNumber',
      'interventionArea.fundingPeriodId',
      'workingGroup.name as workingGroupName',
    ]);

export type ContractRow = Awaited<ReturnType<ReturnType<typeof contracts>['executeTakeFirstOrThrow']>>;
export type RevisionRow = Row<'contractRevision'>;
export type ContractDetails = { contract: ContractRow; revisions: RevisionRow[]; areaOrganisationIds: string[] };

export const findContractRows = (q: Q, filter: ContractFilter & { ids?: string[] }) =>
  contracts(q)
    .$if(filter.ids !== undefined, (b) => b.where('contract.id', 'in', filter.ids!.length ? filter.ids! : ['00000000-0000-0000-0000-000000000000']))
    .$if(filter.urbanAreaId !== undefined, (b) => b.where('contract.urbanAreaId', '=', filter.urbanAreaId!))
    .$if(filter.interventionAreaId !== undefined, (b) => b.where('contract.interventionAreaId', '=', filter.interventionAreaId!))
    .$if(filter.status !== undefined, (b) => b.where('contract.status', '=', filter.status!))
    .orderBy('urbanArea.name')
    .orderBy('interventionArea.number')
    .orderBy('contract.id')
    .execute();

export const revisionsOf = (q: Q, contractIds: string[]) =>
  contractIds.length === 0
    ? Promise.resolve([] as RevisionRow[])
    : q.selectFrom('contractRevision').selectAll().where('contractId', 'in', contractIds).orderBy('contractId').orderBy('number').execute();

// --- The list -----------------------------------------------------------------------------------

type ContractEb = ExpressionBuilder<Database, 'contract' | 'urbanArea'>;
type Condition = (eb: ContractEb) => Expression<SqlBool>;
const approved: Condition = (eb) => eb('contract.status', '=', 'approved');
const or = (...cs: Condition[]): Condition => (eb) => eb.or(cs.map((c) => c(eb)));

/** A housing organisation reads a draft when it has estates in the area or is a party to the draft. */
const organisationOf = (organisationId: string): Condition => (eb) =>
  eb.or([
    eb.exists(eb.selectFrom('estate').select('estate.id').whereRef('estate.urbanAreaId', '=', 'contract.urbanAreaId').where('estate.housingOrganisationId', '=', organisationId)),
    eb(sql`contract.draft -> 'parties' -> 'housingOrganisationIds'`, '@>', sql`jsonb_build_array(${organisationId}::text)`),
  ]);

/**
 * `contract.read` of src/domain/authorization.ts as SQL, role by role: the same rules as `can(actor,
 * 'contract.read', contractTarget(contract))` (test/api/contracts.test.ts compares them).
 */
const contractRead: Record<Role, (a: Actor) => Condition> = {
  admin: ({ scope }) => (scope.municipalityId === null ? approved : or(approved, (eb) => eb('urbanArea.municipalityId', '=', scope.municipalityId!))),
  case_worker: ({ scope }) => (scope.municipalityId === null ? approved : or(approved, (eb) => eb('urbanArea.municipalityId', '=', scope.municipalityId!))),
  housing_staff: ({ scope }) => (scope.housingOrganisationId === null ? approved : or(approved, organisationOf(scope.housingOrganisationId))),
  forum_member: ({ scope }) => (scope.urbanAreaId === null ? approved : or(approved, (eb) => eb('contract.urbanAreaId', '=', scope.urbanAreaId!))),
  fund_officer: () => (eb) => eb.lit(true).$castTo<SqlBool>(),
  researcher: () => approved,
};

/** The list's order: urban area, intervention area, id. */
export const contractOrder: Keyset = {
  tag: 'contracts',
  keys: [
    { ref: 'urbanArea.name', dir: 'asc', field: 'urbanAreaName', kind: 'text' },
    { ref: 'interventionArea.number', dir: 'asc', field: 'interventionAreaNumber', kind: 'int' },
    { ref: 'contract.id', dir: 'asc', field: 'id', kind: 'uuid' },
  ],
};

/** A page of the contracts the actor may read that match the filter (`limit + 1` rows). */
export const listContractRows = (q: Q, actor: Actor, filter: ContractFilter, page: KeysetPage) =>
  inKeyOrder(
    contracts(q)
      .where(contractRead[actor.role](actor))
      .$if(filter.urbanAreaId !== undefined, (b) => b.where('contract.urbanAreaId', '=', filter.urbanAreaId!))
      .$if(filter.interventionAreaId !== undefined, (b) => b.where('contract.interventionAreaId', '=', filter.interventionAreaId!))
      .$if(filter.status !== undefined, (b) => b.where('contract.status', '=', filter.status!)),
    contractOrder,
    page,
  ).execute();

/** The latest revision of each contract. */
export const latestRevisionsOf = (q: Q, contractIds: string[]): Promise<RevisionRow[]> =>
  contractIds.length === 0
    ? Promise.resolve([])
    : q.selectFrom('contractRevision').selectAll().distinctOn('contractId').where('contractId', 'in', contractIds).orderBy('contractId').orderBy('number', 'desc').execute();

/** Housing organisations with estates in each urban area (who may read the area's drafts). */
export async function organisationsInAreas(q: Q, urbanAreaIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (urbanAreaIds.length === 0) return out;
  const rows = await q
    .selectFrom('estate')
    .select(['urbanAreaId', 'housingOrganisationId'])
    .distinct()
    .where('urbanAreaId', 'in', urbanAreaIds)
    .execute();
  for (const r of rows) out.set(r.urbanAreaId, [...(out.get(r.urbanAreaId) ?? []), r.housingOrganisationId]);
  return out;
}

/** Contracts with their revisions and the area's organisations, in the filter's order. */
export async function loadContracts(q: Q, filter: ContractFilter & { ids?: string[] }): Promise<ContractDetails[]> {
  const rows = await findContractRows(q, filter);
  const revisions = await revisionsOf(q, rows.map((r) => r.id));
  const orgs = await organisationsInAreas(q, [...new Set(rows.map((r) => r.urbanAreaId))]);
  return rows.map((contract) => ({
    contract,
    revisions: revisions.filter((r) => r.contractId === contract.id),
    areaOrganisationIds: orgs.get(contract.urbanAreaId) ?? [],
  }));
}

export async function findContract(q: Q, id: string): Promise<ContractDetails | undefined> {
  return (await loadContracts(q, { ids: [id] }))[0];
}

/** The scope of a contract for the access policy. */
export function contractTarget(d: ContractDetails): Target {
  const parties = d.contract.draft ? (d.contract.draft as ContractContent).parties.housingOrganisationIds : [];
  return {
    municipalityId: d.contract.municipalityId,
    urbanAreaId: d.contract.urbanAreaId,
    housingOrganisationIds: [...new Set([...d.areaOrganisationIds, ...parties])],
    draft: d.contract.status === 'draft',
  };
}

/** The urban area, locked so that contracts of one area are created one after the other (the cap). */
export const lockUrbanArea = (trx: Transaction<Database>, id: string) =>
  trx.selectFrom('urbanArea').select(['id', 'municipalityId', 'name', 'vulnerable']).where('id', '=', id).forUpdate().executeTakeFirst();

export const findInterventionArea = (q: Q, id: string) =>
  q
    .selectFrom('interventionArea')
    .innerJoin('fundingPeriod', 'fundingPeriod.id', 'interventionArea.fundingPeriodId')
    .select(['interventionArea.id', 'interventionArea.name', 'interventionArea.municipalInterface', 'interventionArea.fundingPeriodId', 'fundingPeriod.rules'])
    .where('interventionArea.id', '=', id)
    .executeTakeFirst();

/** The area's contracts whose intervention area is of the given funding period. */
export const contractsOfAreaInPeriod = (q: Q, urbanAreaId: string, fundingPeriodId: string) =>
  q
    .selectFrom('contract')
    .innerJoin('interventionArea', 'interventionArea.id', 'contract.interventionAreaId')
    .select(['contract.id', 'contract.interventionAreaId'])
    .where('contract.urbanAreaId', '=', urbanAreaId)
    .where('interventionArea.fundingPeriodId', '=', fundingPeriodId)
    .execute();

/** A working group with the urban area of its forum. */
export const findWorkingGroupArea = (q: Q, id: string) =>
  q
    .selectFrom('workingGroup')
    .innerJoin('forum', 'forum.id', 'workingGroup.forumId')
    .select(['workingGroup.id', 'workingGroup.name', 'forum.urbanAreaId'])
    .where('workingGroup.id', '=', id)
    .executeTakeFirst();

/** Plans of the area that still count (not refused or withdrawn). */
const livePlansOfArea = (q: Q, urbanAreaId: string) =>
  q.selectFrom('plan').where('plan.urbanAreaId', '=', urbanAreaId).where('plan.status', 'not in', ['refused', 'withdrawn']);

/**
 * Who may be a party (CON-PARTIES): the administrations of the area's municipality, and the
 * housing organisations with plans in the area (lead, or owner of one of a plan's estates); while
 * the area has no plans yet, the organisations with estates there.
 */
export async function eligibleParties(q: Q, urbanAreaId: string, municipalityId: string) {
  const administrations = await q.selectFrom('administration').select('id').where('municipalityId', '=', municipalityId).execute();
  const leads = await livePlansOfArea(q, urbanAreaId).select('plan.housingOrganisationId as id').execute();
  const owners = await livePlansOfArea(q, urbanAreaId)
    .innerJoin('planEstate', 'planEstate.planId', 'plan.id')
    .innerJoin('estate', 'estate.id', 'planEstate.estateId')
    .select('estate.housingOrganisationId as id')
    .execute();
  const withPlans = [...new Set([...leads, ...owners].map((r) => r.id))];
  if (withPlans.length > 0) {
    return { administrationIds: administrations.map((a) => a.id), housingOrganisationIds: withPlans, basis: 'plans' as const };
  }
  const withEstates = await q.selectFrom('estate').select('housingOrganisationId as id').distinct().where('urbanAreaId', '=', urbanAreaId).execute();
  return { administrationIds: administrations.map((a) => a.id), housingOrganisationIds: withEstates.map((r) => r.id), basis: 'estates' as const };
}

/** The activities among `ids` that belong to plans of the urban area, with their intervention area. */
export const activitiesOfArea = (q: Q, urbanAreaId: string, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([] as { id: string; interventionAreaId: string }[])
    : q
        .selectFrom('activity')
        .innerJoin('plan', 'plan.id', 'activity.planId')
        .select(['activity.id', 'activity.interventionAreaId'])
        .where('plan.urbanAreaId', '=', urbanAreaId)
        .where('activity.id', 'in', ids)
        .execute();

/** Locks the contract head for a write. */
export const lockContract = (trx: Transaction<Database>, id: string) =>
  trx.selectFrom('contract').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const latestRevision = (q: Q, contractId: string) =>
  q.selectFrom('contractRevision').selectAll().where('contractId', '=', contractId).orderBy('number', 'desc').limit(1).executeTakeFirst();

export const findRevision = (q: Q, contractId: string, number: number) =>
  q.selectFrom('contractRevision').selectAll().where('contractId', '=', contractId).where('number', '=', number).executeTakeFirst();

/** The area's draft contracts, locked, for their approval with the plans. */
/** The named contracts, locked in id order (APP-CONTRACTS-WITH-PLANS), with their intervention area. */
export const lockContracts = (trx: Transaction<Database>, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : trx
        .selectFrom('contract')
        .innerJoin('interventionArea', 'interventionArea.id', 'contract.interventionAreaId')
        .selectAll('contract')
        .select(['interventionArea.number as interventionAreaNumber', 'interventionArea.name as interventionAreaName'])
        .where('contract.id', 'in', ids)
        .orderBy('contract.id')
        .forUpdate(['contract'])
        .execute();

/** The contracts each decision names (APP-CONTRACTS-WITH-PLANS), by intervention area number. */
export async function contractsNamedBy(db: Kysely<Database>, decisionIds: readonly string[]): Promise<Map<string, NamedContract[]>> {
  if (decisionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('decisionContract')
    .innerJoin('contract', 'contract.id', 'decisionContract.contractId')
    .innerJoin('interventionArea', 'interventionArea.id', 'contract.interventionAreaId')
    .select(['decisionContract.decisionId', 'contract.id', 'interventionArea.number', 'interventionArea.name'])
    .where('decisionContract.decisionId', 'in', decisionIds)
    .orderBy('interventionArea.number')
    .execute();
  const named = new Map<string, NamedContract[]>();
  for (const { decisionId, ...c } of rows) named.set(decisionId, [...(named.get(decisionId) ?? []), { id: c.id, interventionAreaNumber: c.number, interventionAreaName: c.name }]);
  return named;
}

export type NamedContract = { id: string; interventionAreaNumber: number; interventionAreaName: string };

/**
 * The validity of the area's contracts but one (CON-IN-FORCE): of the draft while a contract is a
 * draft, else of its current version.
 */
export async function validityOfOtherContracts(q: Q, urbanAreaId: string, exceptId: string | null) {
  const content = sql<ContractContent>`coalesce(${sql.ref('contract.draft')}, (select r.content from contract_revision r where r.contract_id = ${sql.ref('contract.id')} order by r.number desc limit 1))`;
  const rows = await q
    .selectFrom('contract')
    .select(['contract.id', content.as('content')])
    .where('contract.urbanAreaId', '=', urbanAreaId)
    .$if(exceptId !== null, (b) => b.where('contract.id', '!=', exceptId!))
    .execute();
  return rows.map((r) => ({ id: r.id, validFrom: r.content?.validFrom ?? null, validTo: r.content?.validTo ?? null }));
}

/** The contract cap of an intervention area's funding period (CON-IN-FORCE). */
export const maxContractsOf = async (q: Q, interventionAreaId: string): Promise<number> =>
  ((await findInterventionArea(q, interventionAreaId))?.rules as { maxContractsPerUrbanArea: number } | undefined)?.maxContractsPerUrbanArea ?? 0;
