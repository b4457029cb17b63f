/**
 * The demo's cooperation contracts (demo mode only), as the fact sheet describes Copenhagen: in each
 * of the six vulnerable urban areas one contract per intervention area with a municipal interface
 * that the area's plans work in (at most five), drafted by a working group under the area's forum,
 * approved with the area's plans by the City Council decision that names them
 * (seed-demo-decisions.ts), and for some a later revision adopted by the forum. Everything in a
 * contract is example data and says so ("Eksempel: …"); docs/demo-data.md.
 *
 * Through the same use cases as the API (createContract, reviseContract, and recordDecision for the
 * approval), so every CON-* rule guards the seed too. Idempotent: a contract is drafted only where
 * the area has none for the intervention area, and revised only while it has its first version.
 */
import { emptyContractContent } from '../../domain/contracts.ts';
import type { ContractContent } from '../../domain/schemas/contracts.ts';
import { systemCtx } from '../context.ts';
import type { Db } from '../db/create-db.ts';
import { createContract } from '../features/contracts/create-contract.ts';
import { reviseContract } from '../features/contracts/revise-contract.ts';
import { copenhagen, exampleNames, workingGroups } from './copenhagen.ts';
import { demoPlans, goalLibrary } from './copenhagen-plans.ts';
import { demoRoute } from './seed-demo-decisions.ts';

const periodName = '2011–14';

/** The administrations that take part in a contract, by intervention area (2011–14 numbering). */
const partiesByArea: Record<number, string[]> = { 1: ['BUF', 'BIF'], 2: ['BIF', 'BUF'], 3: ['KFF', 'BUF'], 4: ['SOF', 'SUF'], 5: ['SUF', 'SOF'] };

/**
 * Intervention areas left without a contract on purpose: the demo forum member (Nørrebro) can draft
 * one, and a Nørrebro plan's City Council decision approve it (test/e2e/approval.test.ts).
 */
export const demoOpenContracts: { area: string; number: number }[] = [{ area: 'Nørrebro', number: 5 }];

/** The urban areas whose first contract the forum has revised since the City Council approved it. */
export const demoRevisedAreas = ['Nørrebro', 'Bispebjerg', 'Valby/Vigerslev'];

/** Drafts the contracts still missing. Returns how many it drafted. */
export async function seedDemoContracts(db: Db): Promise<number> {
  const ctx = systemCtx(db, 'seed');
  const municipality = await db.selectFrom('municipality').select('id').where('code', '=', copenhagen.code).executeTakeFirst();
  if (!municipality) return 0;
  const areas = await db
    .selectFrom('urbanArea')
    .innerJoin('forum', 'forum.urbanAreaId', 'urbanArea.id')
    .select(['urbanArea.id', 'urbanArea.name', 'forum.id as forumId'])
    .where('urbanArea.municipalityId', '=', municipality.id)
    .where('urbanArea.vulnerable', '=', true)
    .execute();
  const catalogue = await db
    .selectFrom('interventionArea')
    .innerJoin('fundingPeriod', 'fundingPeriod.id', 'interventionArea.fundingPeriodId')
    .select(['interventionArea.id', 'interventionArea.number', 'interventionArea.name', 'interventionArea.municipalInterface'])
    .where('fundingPeriod.name', '=', periodName)
    .execute();
  const plans = await db
    .selectFrom('plan')
    .select(['id', 'name', 'urbanAreaId', 'housingOrganisationId', 'startDate', 'endDate'])
    .where('name', 'in', demoPlans.map((p) => p.name))
    .execute();
  if (plans.length === 0) return 0;
  const activities = await db.selectFrom('activity').select(['id', 'planId', 'interventionAreaId']).where('planId', 'in', plans.map((p) => p.id)).orderBy('id').execute();
  const admins = new Map((await db.selectFrom('administration').select(['id', 'abbreviation']).where('municipalityId', '=', municipality.id).execute()).map((a) => [a.abbreviation, a.id]));
  const existing = await db.selectFrom('contract').select(['urbanAreaId', 'interventionAreaId']).execute();

  let drafted = 0;
  for (const area of areas) {
    // The area's plans that go to the City Council (not Nørrebro Nord, which stays a draft).
    const areaPlans = plans.filter((p) => p.urbanAreaId === area.id && demoPlans.some((d, i) => d.name === p.name && demoRoute(d, i).length > 0));
    const demos = demoPlans.filter((d) => areaPlans.some((p) => p.name === d.name));
    const numbers = [...new Set(demos.flatMap((d) => d.focus))].sort((a, b) => a - b);
    const ias = catalogue.filter((ia) => ia.municipalInterface && numbers.includes(ia.number)).sort((a, b) => a.number - b.number).slice(0, 5);
    for (const ia of ias) {
      if (existing.some((c) => c.urbanAreaId === area.id && c.interventionAreaId === ia.id)) continue;
      if (demoOpenContracts.some((o) => o.area === area.name && o.number === ia.number)) continue;
      const working = demos.filter((d) => d.focus.includes(ia.number)).map((d) => areaPlans.find((p) => p.name === d.name)!);
      const administrationIds = partiesByArea[ia.number]!.flatMap((a) => (admins.has(a) ? [admins.get(a)!] : []));
      const housingOrganisationIds = [...new Set(working.map((p) => p.housingOrganisationId))];
      const content: ContractContent = {
        ...emptyContractContent(),
        parties: { administrationIds, housingOrganisationIds },
        purpose: `Eksempel: forvaltningerne og boligorganisationerne i ${area.name} samarbejder om ${ia.name.toLocaleLowerCase('da')} på tværs af områdets helhedsplaner.`,
        goals: [`Eksempel: ${goalLibrary[ia.number]!.title}`],
        activities: activities.filter((a) => a.interventionAreaId === ia.id && working.some((p) => p.id === a.planId)).map((a) => ({ activityId: a.id, note: '' })),
        tasks: [
          { party: { kind: 'administration', id: administrationIds[0]! }, task: 'Eksempel: stiller frikøbte medarbejdere til rådighed og koordinerer med de kommunale tilbud' },
          { party: { kind: 'housing_organisation', id: housingOrganisationIds[0]! }, task: 'Eksempel: driver aktiviteterne i boligområdet og rekrutterer beboere' },
        ],
        municipalPart: [
          { kind: 'staff', description: 'Eksempel: frikøbt medarbejder i området', administrationId: administrationIds[0]!, hoursPerYear: 740 + 37 * ia.number, amountOrePerYear: (300_000 + 25_000 * ia.number) * 100 },
          { kind: 'network', description: 'Eksempel: lokalt netværk mellem skoler, klubber og helhedsplanerne', administrationId: null, hoursPerYear: null, amountOrePerYear: null },
        ],
        contactPersons: [{ name: exampleNames[(ia.number + drafted) % exampleNames.length]!, role: 'Tovholder for arbejdsgruppen' }],
        validFrom: working.map((p) => p.startDate).sort()[0]!,
        validTo: working.map((p) => p.endDate).sort().at(-1)!,
        revisionClause: 'Eksempel: Boligsocialt Forum reviderer kontrakten, når planerne eller forvaltningernes tilbud ændrer sig.',
      };
      await createContract(ctx, { urbanAreaId: area.id, interventionAreaId: ia.id, workingGroupId: await workingGroupFor(db, area.forumId, ia), content });
      drafted += 1;
    }
  }
  return drafted;
}

/** The forum's working group for the intervention area: one of the demo's groups, or a new example group. */
async function workingGroupFor(db: Db, forumId: string, ia: { number: number; name: string }): Promise<string> {
  const name = workingGroups[ia.number - 1]?.name ?? `Arbejdsgruppe: ${ia.name}`;
  const found = await db.selectFrom('workingGroup').select('id').where('forumId', '=', forumId).where('name', '=', name).executeTakeFirst();
  if (found) return found.id;
  const purpose = `Udarbejder kontrakten for ${ia.name.toLocaleLowerCase('da')}`;
  return (await db.insertInto('workingGroup').values({ forumId, name, purpose, provenance: 'example' }).returning('id').executeTakeFirstOrThrow()).id;
}

/** An ISO date `days` after another. */
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The forum's revision of the first contract of each area in `demoRevisedAreas`, still missing. Returns how many it adopted. */
export async function reviseDemoContracts(db: Db): Promise<number> {
  const ctx = systemCtx(db, 'seed');
  const firsts = await db
    .selectFrom('contract')
    .innerJoin('urbanArea', 'urbanArea.id', 'contract.urbanAreaId')
    .innerJoin('interventionArea', 'interventionArea.id', 'contract.interventionAreaId')
    .innerJoin('contractRevision', 'contractRevision.contractId', 'contract.id')
    .select(['contract.id', 'contract.version', 'contract.createdBy', 'urbanArea.name as area', 'interventionArea.number', 'contractRevision.decisionDate', 'contractRevision.content'])
    .where('urbanArea.name', 'in', demoRevisedAreas)
    .where('contract.status', '=', 'approved')
    .orderBy('interventionArea.number')
    .execute();
  let revised = 0;
  for (const areaName of demoRevisedAreas) {
    const mine = firsts.filter((c) => c.area === areaName);
    const first = mine[0];
    // Revised once already (by the seed or anyone), or not the seed's: leave it.
    if (!first || first.createdBy !== null || mine.filter((c) => c.id === first.id).length !== 1) continue;
    const content = first.content as ContractContent;
    const decisionDate = addDays(first.decisionDate, 400);
    await reviseContract(ctx, first.id, first.version, {
      decisionDate,
      decisionReference: `Eksempel: Boligsocialt Forum ${areaName}, møde ${decisionDate}, pkt. 4`,
      content: {
        goals: [...content.goals, 'Eksempel: flere forældre deltager i skole-hjem-samarbejdet'],
        municipalPart: content.municipalPart.map((m) => (m.hoursPerYear === null ? m : { ...m, hoursPerYear: m.hoursPerYear + 150 })),
      },
    });
    revised += 1;
  }
  return revised;
}
