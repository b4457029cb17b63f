/**
 * What the bench measures on, found in the data: the admin's municipality, the housing
 * organisation of the housing staff, the plan to read, the plan to clone for writes, and a pool
 * with room for tiny allocations. Demo data: the demo users. National set: bench users made with
 * `boligsocial users add` for the municipality and organisation with the most plans.
 */
import { sql } from 'kysely';
import type { Actor, Role } from '../../src/domain/roles.ts';
import type { InProcess } from './databases.ts';
import { runCli } from './processes.ts';

export type BenchUser = { email: string; password: string; role: Role };
/** A user the bench adds with `boligsocial users add`: display name and scope options. */
export type NewUser = { user: BenchUser; name: string; scope: string[] };

export type Subjects = {
  admin: BenchUser;
  staff: BenchUser;
  fund: BenchUser;
  municipality: { id: string; code: string; name: string };
  organisation: { id: string; name: string };
  /** The plan of the admin's municipality with the most budget lines. */
  planId: string;
  /** A plan of that municipality in a vulnerable area (a pool may allocate to it), if any. */
  allocationPlanId: string | null;
  /** The pool of that municipality with the most room left, if any. */
  poolId: string | null;
  /** Users to add before the app starts (none on the demo data). */
  newUsers: NewUser[];
};

type Row = Record<string, unknown>;

async function rows<T extends Row>(db: InProcess['db'], query: ReturnType<typeof sql>): Promise<T[]> {
  return (await query.execute(db)).rows as T[];
}

const demoPassword = 'demo';
const benchPassword = 'bench-password-not-secret';

/** The demo users of `boligsocial seed --demo`, in Copenhagen. */
export async function demoSubjects(db: InProcess['db']): Promise<Subjects> {
  const [municipality] = await rows<{ id: string; code: string; name: string }>(
    db,
    sql`select m.id, m.code, m.name from app_user u join municipality m on m.id = u.municipality_id where u.email = 'admin@demo.example'`,
  );
  const [organisation] = await rows<{ id: string; name: string }>(
    db,
    sql`select o.id, o.name from app_user u join housing_organisation o on o.id = u.housing_organisation_id where u.email = 'boligorganisation@demo.example'`,
  );
  if (!municipality || !organisation) throw new Error('the demo users are missing: was the database seeded with --demo?');
  return {
    admin: { email: 'admin@demo.example', password: demoPassword, role: 'admin' },
    staff: { email: 'boligorganisation@demo.example', password: demoPassword, role: 'housing_staff' },
    fund: { email: 'fond@demo.example', password: demoPassword, role: 'fund_officer' },
    municipality,
    organisation,
    ...(await targetsIn(db, municipality.id)),
    newUsers: [],
  };
}

/**
 * On the national set: the synthetic municipality with the most plans among those with a pool that
 * has room and a plan it may allocate to, and the organisation that leads the most plans; adds
 * an admin, a housing staff member and a fund officer for the bench through the CLI.
 */
export async function nationalSubjects(db: InProcess['db']): Promise<Subjects> {
  const [municipality] = await rows<{ id: string; code: string; name: string }>(
    db,
    sql`select m.id, m.code, m.name,
          (select count(*) from plan p join urban_area a on a.id = p.urban_area_id where a.municipality_id = m.id) as plans,
          exists (select 1 from pool o where o.municipality_id = m.id
                    and o.capacity_ore - (select coalesce(sum(x.amount_ore), 0) from pool_allocation x where x.pool_id = o.id) >= 100000)
            and exists (select 1 from plan p join urban_area a on a.id = p.urban_area_id where a.municipality_id = m.id and a.vulnerable) as poolable
        from municipality m where m.code between '901' and '998'
        order by poolable desc, plans desc, m.code limit 1`,
  );
  const [organisation] = await rows<{ id: string; name: string }>(
    db,
    sql`select o.id, o.name from housing_organisation o
        where o.provenance = 'synthetic'
        order by (select count(*) from plan p where p.housing_organisation_id = o.id) desc, o.name limit 1`,
  );
  if (!municipality || !organisation) throw new Error('no synthetic municipality or organisation: was the national set seeded?');
  const admin: BenchUser = { email: 'bench-admin@bench.example', password: benchPassword, role: 'admin' };
  const staff: BenchUser = { email: 'bench-staff@bench.example', password: benchPassword, role: 'housing_staff' };
  const fund: BenchUser = { email: 'bench-fund@bench.example', password: benchPassword, role: 'fund_officer' };
  const newUsers: NewUser[] = [
    { user: admin, name: 'Bench Administrator', scope: ['--municipality', municipality.code] },
    { user: staff, name: 'Bench Boligsocial medarbejder', scope: ['--organisation', organisation.name] },
    { user: fund, name: 'Bench Landsbyggefonden', scope: [] },
  ];
  return { admin, staff, fund, municipality, organisation, ...(await targetsIn(db, municipality.id)), newUsers };
}

/** Adds the subjects' new users with `boligsocial users add` (a PGlite folder must be free). */
export async function addBenchUsers(subjects: Subjects, env: Record<string, string | undefined>): Promise<void> {
  for (const { user, name, scope } of subjects.newUsers) {
    await runCli(['users', 'add', '--email', user.email, '--name', name, '--role', user.role, ...scope], {
      ...env,
      BOLIGSOCIAL_PASSWORD: user.password,
    });
  }
}

async function targetsIn(db: InProcess['db'], municipalityId: string): Promise<Pick<Subjects, 'planId' | 'allocationPlanId' | 'poolId'>> {
  const [plan] = await rows<{ id: string }>(
    db,
    sql`select p.id from plan p join urban_area a on a.id = p.urban_area_id
        where a.municipality_id = ${municipalityId}
        order by (select count(*) from budget_line b where b.plan_id = p.id) desc, p.name limit 1`,
  );
  if (!plan) throw new Error('the municipality has no plans');
  // A pool and a plan it may fund (FIN-POOL-*): a vulnerable area, the cooperation in place, a period
  // the pool serves, not refused or withdrawn, with the most room under the plan's municipal cap.
  const [pair] = await rows<{ poolId: string; planId: string }>(
    db,
    sql`select o.id as "poolId", p.id as "planId"
        from plan p
        join urban_area a on a.id = p.urban_area_id
        join municipal_funding_rules r on r.municipality_id = a.municipality_id and r.funding_period_id = p.funding_period_id
        join pool_funding_period f on f.funding_period_id = p.funding_period_id
        join pool o on o.id = f.pool_id and o.municipality_id = a.municipality_id
        where a.municipality_id = ${municipalityId} and a.vulnerable
          and p.cooperation_agreement_date is not null
          and exists (select 1 from plan_partner_administration x where x.plan_id = p.id)
          and p.status not in ('refused', 'withdrawn')
          and (select coalesce(sum(b.amount_ore), 0) from budget_line b where b.plan_id = p.id) * r.municipal_cap_bp / 10000
              - (select coalesce(sum(x.amount_ore), 0) from pool_allocation x where x.plan_id = p.id and x.state <> 'released') >= 100000
          and o.capacity_ore - (select coalesce(sum(x.amount_ore), 0) from pool_allocation x where x.pool_id = o.id and x.state <> 'released') >= 100000
        order by (select coalesce(sum(b.amount_ore), 0) from budget_line b where b.plan_id = p.id) * r.municipal_cap_bp / 10000
                 - (select coalesce(sum(x.amount_ore), 0) from pool_allocation x where x.plan_id = p.id and x.state <> 'released') desc,
                 o.capacity_ore - (select coalesce(sum(x.amount_ore), 0) from pool_allocation x where x.pool_id = o.id and x.state <> 'released') desc
        limit 1`,
  );
  return { planId: plan.id, allocationPlanId: pair?.planId ?? null, poolId: pair?.poolId ?? null };
}

/** The actor of a user, as the session would attach it. */
export async function actorOf(db: InProcess['db'], email: string): Promise<Actor> {
  const user = await db
    .selectFrom('appUser')
    .select(['id', 'role', 'municipalityId', 'administrationId', 'housingOrganisationId', 'urbanAreaId'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  const { id, role, ...scope } = user;
  return { userId: id, role, scope };
}
