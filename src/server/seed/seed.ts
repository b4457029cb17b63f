/**
 * First-start data. `seedReference` puts in what is published fact (funding periods, Copenhagen's
 * bodies, urban areas, housing organisations and estates); `seedDemo` adds example people, the
 * demo users (password "demo") and, unless `{ plans: false }`, the 18 demo plans with the pool
 * and their example decisions.
 * All do nothing when their data is already there.
 */
import { recordAudit } from '../audit.ts';
import type { Db } from '../db/create-db.ts';
import { hashPassword } from '../passwords.ts';
import type { Role } from '../../domain/roles.ts';
import {
  administrations,
  cityCouncil,
  copenhagen,
  estates,
  exampleNames,
  forumMembersOf,
  housingOrganisations,
  urbanAreas,
  workingGroups,
} from './copenhagen.ts';
import { demoPlans } from './copenhagen-plans.ts';
import { fundingPeriods } from './funding-periods.ts';
import { reviseDemoContracts, seedDemoContracts } from './seed-demo-contracts.ts';
import { seedDemoDecisions } from './seed-demo-decisions.ts';
import { seedDemoPlans } from './seed-demo-plans.ts';

const system = { actor: null, requestId: 'seed' };

export async function seedReference(db: Db): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('municipality').select('id').where('code', '=', copenhagen.code).executeTakeFirst();
    if (existing) return false;

    const periodIds = new Map<string, string>();
    for (const period of fundingPeriods) {
      const row = await trx
        .insertInto('fundingPeriod')
        .values({
          name: period.name,
          startYear: period.startYear,
          endYear: period.endYear,
          rules: JSON.stringify(period.rules),
          inferred: JSON.stringify(period.inferred),
        })
        .onConflict((oc) => oc.column('name').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!row) continue;
      periodIds.set(period.name, row.id);
      await trx
        .insertInto('interventionArea')
        .values(period.areas.map((a, i) => ({ fundingPeriodId: row.id, number: i + 1, ...a })))
        .execute();
    }

    const municipality = await trx.insertInto('municipality').values(copenhagen).returning('id').executeTakeFirstOrThrow();
    const municipalityId = municipality.id;
    // PERIOD-OWNER: Copenhagen's own parameters per period (the database made a row per period).
    for (const period of fundingPeriods.filter((p) => periodIds.has(p.name))) {
      await trx
        .updateTable('municipalFundingRules')
        .set({ ...period.copenhagen.rules, inferred: JSON.stringify(period.copenhagen.inferred) })
        .where('municipalityId', '=', municipalityId)
        .where('fundingPeriodId', '=', periodIds.get(period.name)!)
        .execute();
    }
    for (const a of administrations) {
      const adm = await trx
        .insertInto('administration')
        .values({ municipalityId, name: a.name, abbreviation: a.abbreviation })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('committee')
        .values({
          municipalityId,
          administrationId: adm.id,
          name: a.committee,
          abbreviation: a.committeeAbbreviation,
          kind: a.abbreviation === 'ØKF' ? 'finance_committee' : 'committee',
        })
        .execute();
    }
    await trx.insertInto('committee').values({ municipalityId, administrationId: null, ...cityCouncil, kind: 'city_council' }).execute();

    const areaIds = new Map<string, string>();
    for (const area of urbanAreas) {
      const row = await trx.insertInto('urbanArea').values({ municipalityId, ...area }).returning('id').executeTakeFirstOrThrow();
      areaIds.set(area.name, row.id);
      // FORUM-VULNERABLE: a forum for each vulnerable area, and only for those.
      if (area.vulnerable) await trx.insertInto('forum').values({ urbanAreaId: row.id, name: `Boligsocialt Forum ${area.name}` }).execute();
    }
    const orgIds = new Map<string, string>();
    for (const org of housingOrganisations) {
      const row = await trx.insertInto('housingOrganisation').values(org).returning('id').executeTakeFirstOrThrow();
      orgIds.set(org.name, row.id);
    }
    await trx
      .insertInto('estate')
      .values(
        estates.map((e) => ({
          name: e.name,
          housingOrganisationId: orgIds.get(e.organisation)!,
          urbanAreaId: areaIds.get(e.area)!,
          departmentNumber: e.departmentNumber ?? null,
          dwellings: e.dwellings ?? null,
          provenance: e.provenance,
        })),
      )
      .execute();
    await recordAudit(trx, system, { action: 'seed', resourceType: 'registry', resourceId: municipalityId, before: null, after: { seed: 'reference' } });
    return true;
  });
}

/** The demo users, one per role and scope; all with the password "demo". */
export const demoUsers: { email: string; displayName: string; role: Role; scope?: { kind: 'administration' | 'organisation' | 'area'; name: string } }[] = [
  { email: 'admin@demo.example', displayName: 'Demo Administrator', role: 'admin' },
  { email: 'sagsbehandler@demo.example', displayName: 'Demo Sagsbehandler (TMF)', role: 'case_worker', scope: { kind: 'administration', name: 'TMF' } },
  { email: 'boligorganisation@demo.example', displayName: 'Demo Boligsocial medarbejder (fsb)', role: 'housing_staff', scope: { kind: 'organisation', name: 'fsb' } },
  { email: 'aab@demo.example', displayName: 'Demo Boligsocial medarbejder (AAB)', role: 'housing_staff', scope: { kind: 'organisation', name: 'AAB' } },
  { email: 'forum@demo.example', displayName: 'Demo Forummedlem (Nørrebro)', role: 'forum_member', scope: { kind: 'area', name: 'Nørrebro' } },
  { email: 'fond@demo.example', displayName: 'Demo Landsbyggefonden', role: 'fund_officer' },
  { email: 'forsker@demo.example', displayName: 'Demo Forsker (CFBU)', role: 'researcher' },
];
export const demoPassword = 'demo';

export type DemoOptions = {
  /** The 18 demo plans, the Budget 2012 pool, the plans' example decisions and the areas' contracts (default true). Tests that do not need them skip them. */
  plans?: boolean;
};

/** Reference data, example people, demo users and (by default) the demo plans. True when anything was added. */
export async function seedDemo(db: Db, { plans = true }: DemoOptions = {}): Promise<boolean> {
  await seedReference(db);
  const people = await seedDemoPeople(db);
  const planCount = plans ? await seedDemoPlans(db) : 0;
  // Contracts are drafted alongside the plans and approved by the City Council with them.
  const contractCount = plans ? await seedDemoContracts(db) : 0;
  const decisionCount = plans ? await seedDemoDecisions(db) : 0;
  const revisionCount = plans ? await reviseDemoContracts(db) : 0;
  return people || planCount > 0 || contractCount > 0 || decisionCount > 0 || revisionCount > 0;
}

async function seedDemoPeople(db: Db): Promise<boolean> {
  const already = await db.selectFrom('appUser').select('id').where('demo', '=', true).executeTakeFirst();
  if (already) return false;
  const passwordHash = await hashPassword(demoPassword);
  return db.transaction().execute(async (trx) => {
    const municipality = await trx.selectFrom('municipality').select('id').where('code', '=', copenhagen.code).executeTakeFirstOrThrow();
    const forums = await trx
      .selectFrom('forum')
      .innerJoin('urbanArea', 'urbanArea.id', 'forum.urbanAreaId')
      .select(['forum.id', 'urbanArea.name'])
      .where('urbanArea.municipalityId', '=', municipality.id)
      .orderBy('urbanArea.name')
      .execute();
    const administrationIds = new Map(
      (await trx.selectFrom('administration').select(['id', 'abbreviation']).where('municipalityId', '=', municipality.id).execute()).map((a) => [a.abbreviation, a.id]),
    );
    const organisationIds = new Map((await trx.selectFrom('housingOrganisation').select(['id', 'name']).execute()).map((o) => [o.name, o.id]));
    for (const forum of forums) {
      const members = forumMembersOf(forum.name, demoPlans);
      await trx
        .insertInto('forumMember')
        .values(
          members.map((m, i) => ({
            forumId: forum.id,
            personName: exampleNames[i % exampleNames.length]!,
            organisation: m.organisation,
            forumRole: m.forumRole,
            administrationId: m.administration ? administrationIds.get(m.administration)! : null,
            housingOrganisationId: m.housingOrganisation ? organisationIds.get(m.housingOrganisation)! : null,
          })),
        )
        .execute();
      await trx.insertInto('workingGroup').values(workingGroups.map((g) => ({ forumId: forum.id, ...g }))).execute();
    }
    for (const u of demoUsers) {
      const scope = { municipalityId: null as string | null, administrationId: null as string | null, housingOrganisationId: null as string | null, urbanAreaId: null as string | null };
      if (u.role === 'admin' || u.role === 'case_worker' || u.role === 'forum_member') scope.municipalityId = municipality.id;
      if (u.scope?.kind === 'administration') {
        scope.administrationId = (await trx.selectFrom('administration').select('id').where('abbreviation', '=', u.scope.name).executeTakeFirstOrThrow()).id;
      }
      if (u.scope?.kind === 'organisation') {
        scope.housingOrganisationId = (await trx.selectFrom('housingOrganisation').select('id').where('name', '=', u.scope.name).executeTakeFirstOrThrow()).id;
      }
      if (u.scope?.kind === 'area') {
        scope.urbanAreaId = (await trx.selectFrom('urbanArea').select('id').where('name', '=', u.scope.name).executeTakeFirstOrThrow()).id;
      }
      await trx.insertInto('appUser').values({ email: u.email, displayName: u.displayName, role: u.role, passwordHash, demo: true, ...scope }).execute();
    }
    await recordAudit(trx, system, { action: 'seed', resourceType: 'demo', resourceId: municipality.id, before: null, after: { seed: 'demo' } });
    return true;
  });
}
