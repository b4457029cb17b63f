/**
 * Every plan's summary, and its document (GET /api/plans/:id's JSON), is the one made afresh from
 * what is stored, after any sequence of writes of every kind that changes what a summary or a
 * document holds: plan content, decisions and revisions, pools and allocations, the registry rows
 * the rules read, and the names the document shows (organisation, urban area, funding period,
 * estate, pool, who changed a target). A write that is refused leaves the summaries
 * as they were (it rolls back with the rest). fast-check draws the sequences.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors.ts';
import { PlanInput } from '../../src/domain/schemas/plans.ts';
import { nextSteps } from '../../src/domain/workflow.ts';
import { type SignedInCtx, systemCtx } from '../../src/server/context.ts';
import { loadRoutes } from '../../src/server/features/approval/queries.ts';
import { recordDecision } from '../../src/server/features/approval/record-decision.ts';
import { updateEstate } from '../../src/server/features/estates/update-estate.ts';
import { addInterventionArea } from '../../src/server/features/funding-periods/add-intervention-area.ts';
import { updateFundingPeriod } from '../../src/server/features/funding-periods/update-funding-period.ts';
import { updateMunicipalFundingRules } from '../../src/server/features/municipal-funding-rules/update-municipal-funding-rules.ts';
import { addGoal } from '../../src/server/features/plans/add-goal.ts';
import { createPlan } from '../../src/server/features/plans/create-plan.ts';
import { documentOf, hashOf } from '../../src/server/features/plans/document.ts';
import { contentParts, findPlans } from '../../src/server/features/plans/queries.ts';
import { removeGoal } from '../../src/server/features/plans/remove-goal.ts';
import { replaceBudget } from '../../src/server/features/plans/replace-budget.ts';
import { setTarget } from '../../src/server/features/plans/set-target.ts';
import { summariseStalePlans, summaryOf } from '../../src/server/features/plans/summary.ts';
import { updatePlan } from '../../src/server/features/plans/update-plan.ts';
import { allocateFromPool } from '../../src/server/features/pools/allocate-from-pool.ts';
import { removeAllocation } from '../../src/server/features/pools/remove-allocation.ts';
import { updateAllocation } from '../../src/server/features/pools/update-allocation.ts';
import { updatePool } from '../../src/server/features/pools/update-pool.ts';
import { startRevision } from '../../src/server/features/revisions/start-revision.ts';
import { updateHousingOrganisation } from '../../src/server/features/housing-organisations/update-housing-organisation.ts';
import { updateUrbanArea } from '../../src/server/features/urban-areas/update-urban-area.ts';
import { maxPartOf } from '../../src/domain/money.ts';
import { updateUser } from '../../src/server/features/users/update-user.ts';
import { useTestApp } from '../helpers/app.ts';
import { type Refs, loadRefs, planBody } from '../helpers/plans.ts';

const t = useTestApp({ plans: true });
let r: Refs;
let admin: SignedInCtx;
let fundOfficer: SignedInCtx;
const system = () => systemCtx(t.db, 'test');

beforeAll(async () => {
  r = await loadRefs(t);
  const user = await t.db.selectFrom('appUser').select('id').where('email', '=', 'admin@demo.example').executeTakeFirstOrThrow();
  admin = { db: t.db, actor: { userId: user.id, role: 'admin', scope: { municipalityId: r.municipality, administrationId: null, housingOrganisationId: null, urbanAreaId: null } }, requestId: 'test' };
  const officer = await t.db.selectFrom('appUser').select('id').where('email', '=', 'fond@demo.example').executeTakeFirstOrThrow();
  fundOfficer = { db: t.db, actor: { userId: officer.id, role: 'fund_officer', scope: { municipalityId: null, administrationId: null, housingOrganisationId: null, urbanAreaId: null } }, requestId: 'test' };
  // Two drafts to write to, beside the demo plans in every state of the route.
  for (const name of ['Summary A', 'Summary B']) await createPlan(system(), PlanInput.parse(planBody(r, { name })));
}, 180_000);

/** Every stored summary and document equals the one made now from the plan as stored (findPlan). */
async function expectSummariesCurrent(): Promise<number> {
  const plans = await findPlans(t.db, (await t.db.selectFrom('plan').select('id').execute()).map((p) => p.id), { include: contentParts });
  const stored = await t.db.selectFrom('planSummary').selectAll().execute();
  expect(stored.map((s) => s.planId).sort()).toEqual([...plans.keys()].sort());
  for (const s of stored) {
    const { computedAt: _, document, documentHash, documentByWrite: __, ...summary } = s;
    const fresh = summaryOf(plans.get(s.planId)!);
    expect(summary).toEqual(fresh);
    expect(JSON.parse(document!)).toEqual(JSON.parse(documentOf(plans.get(s.planId)!, fresh)));
    expect(documentHash).toBe(hashOf(document!));
  }
  return stored.length;
}

const planIds = async () => (await t.db.selectFrom('plan').select(['id', 'version', 'status', 'startDate']).orderBy('name').execute());
const drafts = async () => (await planIds()).filter((p) => p.status === 'draft' || p.status === 'revision_draft');
const pick = <T,>(xs: T[], i: number): T | undefined => (xs.length === 0 ? undefined : xs[i % xs.length]);
const year = (p: { startDate: string }, k: number) => Number(p.startDate.slice(0, 4)) + (k % 4);

/** Plans that may still get pool money under FIN-POOL-PLAN-CAP, with how much. */
const roomOfPlans = async () =>
  (
    await t.db
      .selectFrom('planSummary')
      .innerJoin('plan', 'plan.id', 'planSummary.planId')
      .innerJoin('urbanArea', 'urbanArea.id', 'plan.urbanAreaId')
      .innerJoin('municipalFundingRules', (j) =>
        j.onRef('municipalFundingRules.municipalityId', '=', 'urbanArea.municipalityId').onRef('municipalFundingRules.fundingPeriodId', '=', 'plan.fundingPeriodId'),
      )
      .select(['plan.id', 'planSummary.frameOre', 'planSummary.poolAllocatedOre', 'municipalFundingRules.municipalCapBp'])
      .orderBy('plan.name')
      .execute()
  )
    .map((x) => ({ id: x.id, roomOre: maxPartOf(x.frameOre, x.municipalCapBp) - x.poolAllocatedOre }))
    .filter((x) => x.roomOre > 0);

type Step = { name: string; run: () => Promise<unknown> };
const i = fc.nat(50);

/** Each kind of write, drawn with its arguments. Refused writes (AppError) are part of the test. */
const writes: fc.Arbitrary<Step>[] = [
  fc.record({ p: i, lines: fc.array(fc.record({ y: fc.nat(3), a: fc.nat(6), s: fc.constantFrom('fund', 'municipal', 'housing', 'other'), amount: fc.nat(50_000_000) }), { maxLength: 12 }) }).map(({ p, lines }) => ({
    name: 'budget',
    run: async () => {
      const plan = pick(await drafts(), p)!;
      const body = lines.map((l) => ({ year: year(plan, l.y), interventionAreaId: r.areaIds[l.a]!, activityId: null, source: l.s, municipalPart: l.s === 'municipal' ? ('contract' as const) : null, amountOre: l.amount, note: '' }));
      return replaceBudget(system(), plan.id, plan.version, body);
    },
  })),
  fc.record({ p: i, name: fc.string({ minLength: 1, maxLength: 12 }) }).map(({ p, name }) => ({
    name: 'rename',
    run: async () => {
      const plan = pick(await drafts(), p)!;
      return updatePlan(system(), plan.id, plan.version, { name: `${name.trim() || 'x'} ${plan.id.slice(0, 4)}` });
    },
  })),
  fc.record({ p: i, criteria: fc.nat(2) }).map(({ p, criteria }) => ({
    name: 'add goal',
    run: async () => {
      const plan = pick(await drafts(), p)!;
      const crit = Array.from({ length: criteria }, (_, k) => ({ description: `K${k}`, indicator: { name: `I${k}`, unit: '%', baselineValue: 1, baselineYear: 2012 }, targets: [{ year: year(plan, k), value: k }] }));
      return addGoal(system(), plan.id, plan.version, { title: 'Mål', description: '', criteria: crit });
    },
  })),
  i.map((p) => ({
    name: 'remove goal',
    run: async () => {
      const plan = pick(await drafts(), p)!;
      const goal = await t.db.selectFrom('goal').select('id').where('planId', '=', plan.id).executeTakeFirst();
      return goal && removeGoal(system(), plan.id, plan.version, goal.id);
    },
  })),
  fc.record({ p: i, value: fc.integer({ min: 0, max: 100 }) }).map(({ p, value }) => ({
    name: 'target',
    run: async () => {
      const plan = pick(await drafts(), p)!;
      const c = await t.db.selectFrom('successCriterion').innerJoin('goal', 'goal.id', 'successCriterion.goalId').select('successCriterion.id').where('goal.planId', '=', plan.id).executeTakeFirst();
      // By the admin half the time: their name is then in the target's revisions (see 'user name').
      return c && setTarget(value % 2 === 0 ? admin : system(), plan.id, plan.version, c.id, year(plan, 0), { value, reason: 'ændret' });
    },
  })),
  fc.record({ p: i, amount: fc.integer({ min: 1, max: 5_000_000_00 }), within: fc.boolean() }).map(({ p, amount, within }) => ({
    name: 'allocate',
    run: async () => {
      const pool = await t.db.selectFrom('pool').select('id').executeTakeFirstOrThrow();
      // Most demo plans hold their whole municipal share from the pool (FIN-POOL-PLAN-CAP): `within`
      // draws on a plan with room left, at most that room.
      const room = await roomOfPlans();
      const target = within && room.length > 0 ? pick(room, p)! : { id: pick(await planIds(), p)!.id, roomOre: amount };
      return allocateFromPool(system(), pool.id, { planId: target.id, amountOre: Math.min(amount, target.roomOre), note: '' });
    },
  })),
  fc.record({ a: i, amount: fc.option(fc.integer({ min: 1, max: 3_000_000_00 })) }).map(({ a, amount }) => ({
    name: amount === null ? 'withdraw allocation' : 'change allocation',
    run: async () => {
      const al = pick(await t.db.selectFrom('poolAllocation').select(['id', 'poolId', 'version']).orderBy('id').execute(), a);
      if (!al) return;
      return amount === null ? removeAllocation(system(), al.poolId, al.id, al.version) : updateAllocation(system(), al.poolId, al.id, al.version, { amountOre: amount });
    },
  })),
  fc.record({ capacity: fc.integer({ min: 0, max: 60_000_000_00 }), name: fc.boolean() }).map(({ capacity, name }) => ({
    name: 'pool',
    run: async () => {
      const pool = await t.db.selectFrom('pool').select(['id', 'version']).executeTakeFirstOrThrow();
      return updatePool(system(), pool.id, pool.version, name ? { name: `Pulje ${capacity}` } : { capacityOre: capacity });
    },
  })),
  fc.record({ e: i, move: fc.boolean() }).map(({ e, move }) => ({
    name: 'estate',
    run: async () => {
      const estate = pick(await t.db.selectFrom('estate').innerJoin('planEstate', 'planEstate.estateId', 'estate.id').select(['estate.id', 'estate.version', 'estate.urbanAreaId']).distinct().orderBy('estate.id').execute(), e)!;
      const patch = move ? { urbanAreaId: estate.urbanAreaId === r.norrebro ? r.bispebjerg : r.norrebro } : { name: `Afdeling ${e}-${estate.version}` };
      return updateEstate(admin, estate.id, estate.version, patch);
    },
  })),
  fc.constantFrom('bispebjerg' as const, 'norrebro' as const, 'osterbro' as const).map((area) => ({
    name: 'vulnerable',
    run: async () => {
      const a = await t.db.selectFrom('urbanArea').select(['id', 'version', 'vulnerable']).where('id', '=', r[area]).executeTakeFirstOrThrow();
      return updateUrbanArea(admin, a.id, a.version, { vulnerable: !a.vulnerable });
    },
  })),
  fc.integer({ min: 800, max: 1500 }).map((cap) => ({
    name: 'municipal rules',
    run: async () => {
      const m = await t.db.selectFrom('municipalFundingRules').select(['version']).where('municipalityId', '=', r.municipality).where('fundingPeriodId', '=', r.period).executeTakeFirstOrThrow();
      return updateMunicipalFundingRules(admin, r.municipality, r.period, m.version, { rules: { municipalCapBp: cap, municipalContractPartBp: cap - 190, municipalFacilitationPartBp: 190 } });
    },
  })),
  fc.integer({ min: 1500, max: 3500 }).map((share) => ({
    name: 'funding rules',
    run: async () => {
      const p = await t.db.selectFrom('fundingPeriod').select(['id', 'version']).where('id', '=', r.period).executeTakeFirstOrThrow();
      return updateFundingPeriod(fundOfficer, p.id, p.version, { rules: { localShareMinBp: share } });
    },
  })),
  fc.constant({ name: 'intervention area', run: () => addInterventionArea(fundOfficer, r.period, { name: `Område ${Math.random()}`, municipalInterface: false }) }),
  fc.nat(1000).map((n) => ({
    name: 'organisation name',
    run: async () => {
      const o = await t.db.selectFrom('housingOrganisation').innerJoin('plan', 'plan.housingOrganisationId', 'housingOrganisation.id').select(['housingOrganisation.id', 'housingOrganisation.version']).executeTakeFirstOrThrow();
      return updateHousingOrganisation(admin, o.id, o.version, { name: `Boligselskab ${n}` });
    },
  })),
  fc.constantFrom('bispebjerg' as const, 'norrebro' as const).chain((area) => fc.nat(1000).map((n) => ({
    name: 'urban area name',
    run: async () => {
      const a = await t.db.selectFrom('urbanArea').select(['id', 'version']).where('id', '=', r[area]).executeTakeFirstOrThrow();
      return updateUrbanArea(admin, a.id, a.version, { name: `Område ${area} ${n}` });
    },
  }))),
  fc.nat(1000).map((n) => ({
    name: 'funding period name',
    run: async () => {
      const p = await t.db.selectFrom('fundingPeriod').select(['id', 'version']).where('id', '=', r.period).executeTakeFirstOrThrow();
      return updateFundingPeriod(fundOfficer, p.id, p.version, { name: `Periode ${n}` });
    },
  })),
  fc.nat(1000).map((n) => ({
    name: 'user name',
    run: async () => {
      const u = await t.db.selectFrom('appUser').select(['id', 'version']).where('email', '=', 'admin@demo.example').executeTakeFirstOrThrow();
      return updateUser(system(), u.id, u.version, { displayName: `Admin ${n}` });
    },
  })),
  fc.constant({ name: 'intervention area', run: () => addInterventionArea(admin, r.period, { name: `Område ${Math.random()}`, municipalInterface: false }) }),
  fc.record({ p: i, withdraw: fc.boolean() }).map(({ p, withdraw }) => ({
    name: 'decision',
    run: async () => {
      const plan = pick(await planIds(), p)!;
      const full = (await findPlans(t.db, [plan.id], { include: ['committeeIds'] })).get(plan.id)!;
      const { route, decisions } = (await loadRoutes(t.db, [full])).get(plan.id)!;
      const steps = nextSteps(route.plan, route.decisions, route.committees);
      const step = withdraw ? steps.find((s) => s.step === 'withdrawal') : steps.find((s) => s.step !== 'withdrawal');
      if (!step) return;
      const last = decisions.at(-1)?.decidedOn ?? plan.startDate;
      return recordDecision(system(), plan.id, plan.version, {
        body: step.body, committeeId: step.committeeId, outcome: withdraw ? 'withdrawn' : 'approved', decidedOn: last > plan.startDate ? last : plan.startDate,
        reference: 'Test', note: 'Test', correctsDecisionId: null, document: null,
      });
    },
  })),
  i.map((p) => ({
    name: 'revision',
    run: async () => {
      const plan = pick((await planIds()).filter((x) => x.status === 'fund_commitment' || x.status === 'running'), p);
      return plan && startRevision(system(), plan.id, plan.version, 'En ændring');
    },
  })),
];

describe('plan summaries', () => {
  it('are what the plan as stored gives, after any sequence of writes of any kind', async () => {
    expect(await expectSummariesCurrent()).toBeGreaterThanOrEqual(20);
    const done = new Map<string, { ok: number; refused: number }>();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(...writes), { minLength: 1, maxLength: 12 }), async (steps) => {
        for (const step of steps) {
          const tally = done.get(step.name) ?? { ok: 0, refused: 0 };
          try {
            await step.run();
            tally.ok += 1;
          } catch (err) {
            if (!(err instanceof AppError)) throw err;
            tally.refused += 1;
          }
          done.set(step.name, tally);
          await expectSummariesCurrent();
        }
      }),
      { numRuns: 24, seed: 20261205 },
    );
    // Every kind of write succeeded at least once, so each was checked as it changes things.
    const never = [...done].filter(([, v]) => v.ok === 0).map(([k]) => k);
    expect(never).toEqual([]);
    expect(done.size).toBeGreaterThanOrEqual(writes.length);
  }, 300_000);

  it('are made again by a decision or on start when they are not current, and carried over when they are', async () => {
    const plan = (await planIds()).find((p) => p.status === 'draft')!;
    await t.db.updateTable('planSummary').set({ frameOre: 1, planVersion: plan.version - 1 }).where('planId', '=', plan.id).execute();
    await recordDecision(system(), plan.id, plan.version, { body: 'housing_organisation', committeeId: null, outcome: 'withdrawn', decidedOn: plan.startDate, reference: 'T', note: 'T', correctsDecisionId: null, document: null });
    await expectSummariesCurrent();
    const after = (await planIds()).find((p) => p.id === plan.id)!;
    await t.db.updateTable('planSummary').set({ frameOre: 1, planVersion: after.version - 1 }).where('planId', '=', plan.id).execute();
    expect(await summariseStalePlans(t.db)).toBe(1);
    await expectSummariesCurrent();
    expect(await summariseStalePlans(t.db)).toBe(0);
  });
});
