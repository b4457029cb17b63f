/**
 * The demo plans (docs/demo-data.md): Copenhagen's 18 plans of 1 January 2014, built by the seed
 * through the plan and pool use cases, checked here through the API as a user would see them.
 */
import { describe, expect, it } from 'vitest';
import { demoPlans, demoPool } from '../../src/server/seed/copenhagen-plans.ts';
import { seedDemo } from '../../src/server/seed/seed.ts';
import { demoOpenContracts, demoRevisedAreas } from '../../src/server/seed/seed-demo-contracts.ts';
import { contractApprovals } from '../../src/server/seed/seed-demo-decisions.ts';
import { useTestApp } from '../helpers/app.ts';

const t = useTestApp({ plans: true });

/** Where each plan's example decisions leave it; every other plan is running. */
const intendedStatus: Record<string, string> = {
  'Amagerbro Helhedsplan': 'city_council',
  'Helhedsplan Stærevej': 'committee_approval',
  'Helhedsplan Nørrebro Nord': 'draft',
};

type Finding = { rule: string; severity: string };
type Report = { errors: Finding[]; warnings: Finding[]; canSubmit: boolean };
type ListItem = {
  id: string;
  name: string;
  status: string;
  provenance: string;
  urbanAreaName: string;
  frameOre: number;
  municipalShareBp: number;
  localShareBp: number;
  poolAllocatedOre: number;
  ruleStatus: { errors: number; warnings: number; canSubmit: boolean };
};
type PlanJson = {
  id: string;
  name: string;
  vulnerable: boolean;
  challenges: string;
  committeeIds: string[];
  estates: { housingOrganisationId: string }[];
  housingOrganisationId: string;
  startDate: string;
  endDate: string;
  cooperation: { administrationIds: string[]; agreementDate: string | null; reference: string | null; inPlace: boolean };
  goals: { id: string; criteria: { indicator: { name: string; unit: string; baselineValue: number | null; baselineYear: number | null }; targets: { year: number }[] }[] }[];
  activities: { interventionAreaId: string; goalIds: string[]; carriedOutBy: string; administrationId: string | null }[];
  budget: { frameOre: number; bySource: { fund: number; municipal: number; housing: number; other: number }; municipalParts: { contractOre: number; facilitationOre: number } };
  poolAllocations: { poolName: string; amountOre: number }[];
};

type ContractItem = {
  id: string;
  status: string;
  revisionCount: number;
  urbanArea: { id: string; name: string };
  interventionArea: { id: string; number: number; fundingPeriodId: string };
  workingGroup: { id: string };
};
type Revision = { number: number; adoptedBy: string; decisionId: string | null; decisionDate: string; decisionReference: string; content: { purpose: string } };

/** The findings each plan is meant to carry; every other plan has a clean report. */
const intended: Record<string, { errors: string[]; warnings: string[] }> = {
  'Helhedsplan Stærevej': { errors: [], warnings: ['PLAN-PERIOD'] },
  'Helhedsplan Gadelandet og Degnegården': { errors: [], warnings: ['FIN-POOL-MATCH'] },
  'Helhedsplan Nørrebro Nord': { errors: ['PLAN-ESTATES'], warnings: [] },
};

async function admin() {
  return t.signIn('admin@demo.example');
}

async function listed(): Promise<ListItem[]> {
  const res = await (await admin()).request({ method: 'GET', url: '/api/plans?limit=500' });
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

describe('the demo plans', () => {
  it('has the 18 plans of 1 January 2014 in their intended status, with the provenance of the data', async () => {
    const items = await listed();
    expect(items.map((i) => i.name).sort()).toEqual(demoPlans.map((p) => p.name).sort());
    for (const item of items) {
      const demo = demoPlans.find((p) => p.name === item.name)!;
      expect({ name: item.name, status: item.status }).toEqual({ name: item.name, status: intendedStatus[item.name] ?? 'running' });
      expect(item.provenance).toBe(demo.provenance);
      expect(item.urbanAreaName).toBe(demo.area);
    }
  });

  it('allocates from the Budget 2012 pool to the 17 plans in vulnerable areas, within its capacity', async () => {
    const s = await admin();
    const pools = (await s.request({ method: 'GET', url: '/api/pools' })).json().items as {
      id: string; name: string; capacityOre: number; committedOre: number; reservedOre: number; allocatedOre: number; freeOre: number; provenance: string;
      fundingPeriods: { name: string }[]; allocations: { planId: string; planName: string; amountOre: number; state: string }[];
    }[];
    const pool = pools.find((p) => p.name === demoPool.name)!;
    expect(pool).toMatchObject({ capacityOre: 30_000_000_00, provenance: 'published', fundingPeriods: [{ name: '2011–14' }] });
    expect(pool.allocations).toHaveLength(17);
    expect(pool.allocatedOre).toBe(pool.allocations.reduce((a, x) => a + x.amountOre, 0));
    expect(pool.allocatedOre).toBeLessThanOrEqual(pool.capacityOre);
    expect(pool.freeOre).toBe(pool.capacityOre - pool.allocatedOre);
    // FIN-POOL-COMMITTED: the plans past the City Council hold committed money, the three before it reserved money.
    const sum = (state: string) => pool.allocations.filter((x) => x.state === state).reduce((a, x) => a + x.amountOre, 0);
    expect({ committedOre: pool.committedOre, reservedOre: pool.reservedOre }).toEqual({ committedOre: sum('committed'), reservedOre: sum('reserved') });
    expect(pool.allocations.filter((x) => x.state !== 'committed').map((x) => x.planName).sort()).toEqual(Object.keys(intendedStatus).sort());
    expect(pool.allocations.filter((x) => x.state === 'reserved')).toHaveLength(3);

    const items = await listed();
    const outside = items.filter((i) => i.poolAllocatedOre === 0);
    expect(outside.map((i) => i.name)).toEqual(['Helhedsplan Kildevældsgade']);
    for (const item of items) {
      const plan = (await s.request({ method: 'GET', url: `/api/plans/${item.id}` })).json() as PlanJson;
      const demo = demoPlans.find((p) => p.name === item.name)!;
      if (!plan.vulnerable) {
        expect(plan.poolAllocations).toEqual([]);
        continue;
      }
      expect(plan.poolAllocations).toHaveLength(1);
      // Equal to the municipal lines, except where the demo shows FIN-POOL-MATCH on purpose.
      expect(plan.poolAllocations[0]!.amountOre - plan.budget.bySource.municipal).toBe((demo.poolDifferenceKr ?? 0) * 100);
    }
  });

  it('gives every plan committees, cooperation, 3–5 goals with criteria, 6–15 activities and a budget within the shares', async () => {
    const s = await admin();
    for (const item of await listed()) {
      const plan = (await s.request({ method: 'GET', url: `/api/plans/${item.id}` })).json() as PlanJson;
      const demo = demoPlans.find((p) => p.name === item.name)!;
      expect(plan.committeeIds.length, plan.name).toBe(demo.committees.length); // standing committees only: ØU and BR have their own steps
      expect(plan.cooperation.inPlace).toBe(true);
      expect(plan.cooperation.reference).toMatch(/^Eksempel/);
      expect(plan.challenges).toContain(demo.note);

      expect(plan.goals.length, plan.name).toBeGreaterThanOrEqual(3);
      expect(plan.goals.length, plan.name).toBeLessThanOrEqual(5);
      const years = Array.from({ length: Number(plan.endDate.slice(0, 4)) - Number(plan.startDate.slice(0, 4)) + 1 }, (_, i) => Number(plan.startDate.slice(0, 4)) + i);
      for (const goal of plan.goals) {
        expect(goal.criteria).toHaveLength(1);
        const c = goal.criteria[0]!;
        expect(c.indicator.name).not.toBe('');
        expect(c.indicator.unit).not.toBe('');
        expect(c.indicator.baselineValue).not.toBeNull();
        expect(c.indicator.baselineYear).toBe(years[0]! - 1);
        expect(c.targets.map((x) => x.year)).toEqual(years);
      }

      expect(plan.activities.length, plan.name).toBeGreaterThanOrEqual(6);
      expect(plan.activities.length, plan.name).toBeLessThanOrEqual(15);
      expect(new Set(plan.activities.map((a) => a.interventionAreaId)).size).toBe(demo.focus.length);
      for (const a of plan.activities) {
        expect(a.goalIds.length).toBeGreaterThan(0);
        expect(a.goalIds.every((g) => plan.goals.some((x) => x.id === g))).toBe(true);
        expect(a.carriedOutBy === 'plan_staff').toBe(a.administrationId === null);
      }

      // The shares exactly (integer cross-multiplication), and as the list shows them.
      const { frameOre, bySource, municipalParts } = plan.budget;
      expect(frameOre).toBeGreaterThan(0);
      expect(bySource.municipal * 10_000).toBeLessThanOrEqual(frameOre * 1_250);
      expect((frameOre - bySource.fund) * 10_000).toBeGreaterThanOrEqual(frameOre * 2_500);
      expect(municipalParts.contractOre * 10_000).toBeLessThanOrEqual(frameOre * 1_060);
      expect(municipalParts.facilitationOre * 10_000).toBeLessThanOrEqual(frameOre * 190);
      expect(item.frameOre).toBe(frameOre);
      expect(item.municipalShareBp).toBeLessThanOrEqual(1_250);
      expect(item.localShareBp).toBeGreaterThanOrEqual(2_500);
    }
  });

  it('carries exactly the intended warnings and errors; every other plan has a clean report', async () => {
    const s = await admin();
    for (const item of await listed()) {
      const report = (await s.request({ method: 'GET', url: `/api/plans/${item.id}/validation` })).json() as Report;
      const want = intended[item.name] ?? { errors: [], warnings: [] };
      expect({ name: item.name, errors: report.errors.map((f) => f.rule), warnings: report.warnings.map((f) => f.rule) }).toEqual({ name: item.name, ...want });
      expect(report.canSubmit).toBe(want.errors.length === 0);
      expect(item.ruleStatus).toEqual({ errors: want.errors.length, warnings: want.warnings.length, canSubmit: want.errors.length === 0 });
    }
  });

  it('moves the plans along the route with example decisions in order, through the approval use case', async () => {
    const s = await admin();
    for (const item of await listed()) {
      const demo = demoPlans.find((p) => p.name === item.name)!;
      const timeline = (await s.request({ method: 'GET', url: `/api/plans/${item.id}/decisions` })).json() as {
        status: string;
        items: { step: string; outcome: string; decidedOn: string; reference: string; note: string; fromStatus: string; toStatus: string; effective: boolean }[];
      };
      const ds = timeline.items;
      expect(timeline.status).toBe(item.status);
      if (item.status === 'draft') {
        expect(ds).toEqual([]);
        continue;
      }
      // A chain of approvals from the draft to the plan's status, dated in order, all marked example.
      expect(ds[0]).toMatchObject({ step: 'prequalification_application', fromStatus: 'draft' });
      expect(ds.at(-1)!.toStatus).toBe(item.status);
      for (const [i, d] of ds.entries()) {
        expect(d).toMatchObject({ outcome: 'approved', effective: true });
        expect(d.reference).toMatch(/^Eksempel: /);
        expect(d.note).toMatch(/^Eksempel/);
        if (i > 0) {
          expect(d.fromStatus).toBe(ds[i - 1]!.toStatus);
          expect(d.decidedOn >= ds[i - 1]!.decidedOn, `${item.name}: ${d.decidedOn} after ${ds[i - 1]!.decidedOn}`).toBe(true);
        }
      }
      // APP-COOPERATION-FIRST: the cooperation is agreed on or before the submission.
      const plan = (await s.request({ method: 'GET', url: `/api/plans/${item.id}` })).json() as PlanJson;
      const submission = ds.find((d) => d.step === 'submission');
      if (submission) expect(plan.cooperation.agreementDate! <= submission.decidedOn, `${item.name}: cooperation ${plan.cooperation.agreementDate}`).toBe(true);
      if (item.status === 'running') {
        expect(ds.map((d) => d.step).slice(-5)).toEqual(['finance_committee', 'city_council', 'housing_board', 'fund_commitment', 'start']);
        expect(ds.filter((d) => d.step === 'committee')).toHaveLength(demo.committees.length);
        expect(ds.at(-1)!.decidedOn).toBe(demo.start);
        // Plans that started before 2014 were decided before 2014.
        expect(ds.every((d) => d.decidedOn < '2014-01-01' || demo.start >= '2014-01-01')).toBe(true);
        const revisions = (await s.request({ method: 'GET', url: `/api/plans/${item.id}/revisions` })).json() as { items: { number: number; approvedOn: string }[] };
        expect(revisions.items.map((r) => r.number)).toEqual([1]);
        // The approved version is dated by the fund's commitment, not by when the seed recorded it.
        expect(revisions.items[0]!.approvedOn).toBe(ds.find((d) => d.step === 'fund_commitment')!.decidedOn);
      }
    }

    const waiting = (await s.request({ method: 'GET', url: '/api/approvals/waiting?body=city_council' })).json() as { items: { planName: string }[] };
    expect(waiting.items.map((w) => w.planName)).toEqual(['Amagerbro Helhedsplan']);
  });

  it('has a forum in each of the six vulnerable areas only, each with every administration and organisation with plans represented', async () => {
    const s = await admin();
    const fora = (await s.request({ method: 'GET', url: '/api/forums' })).json().items as { id: string; urbanArea: { name: string } }[];
    expect(fora.map((f) => f.urbanArea.name).sort()).toEqual(['Amager/Sundby', 'Bispebjerg', 'Husum/Tingbjerg', 'Nørrebro', 'Valby/Vigerslev', 'Vesterbro/Sydhavnen']);
    for (const f of fora) {
      const overview = (await s.request({ method: 'GET', url: `/api/forums/${f.id}/overview` })).json() as { findings: unknown[]; members: unknown[] };
      expect(overview.findings, f.urbanArea.name).toEqual([]);
      expect(overview.members.length, f.urbanArea.name).toBeGreaterThanOrEqual(9);
    }
  });

  it("keeps Copenhagen's own parameters per period, the later periods' marked inferred", async () => {
    const s = await admin();
    const mid = (await t.db.selectFrom('municipality').select('id').where('code', '=', '101').executeTakeFirstOrThrow()).id;
    const items = (await s.request({ method: 'GET', url: `/api/municipalities/${mid}/funding-rules` })).json().items as { fundingPeriod: { name: string }; rules: { municipalCapBp: number }; inferred: object }[];
    expect(items.map((i) => [i.fundingPeriod.name, i.rules.municipalCapBp, Object.keys(i.inferred).length])).toEqual([
      ['2011–14', 1250, 0],
      ['2015–18', 1250, 3],
      ['2019–26', 1250, 3],
    ]);
  });

  it('has contracts in each of the six vulnerable areas, drafted by the forum, approved by the City Council decision that names them', async () => {
    const s = await admin();
    const contracts = (await s.request({ method: 'GET', url: '/api/contracts?limit=100' })).json().items as ContractItem[];
    const areas = (await s.request({ method: 'GET', url: '/api/urban-areas?limit=100' })).json().items as { id: string; name: string; vulnerable: boolean; forumId: string | null }[];
    const vulnerable = areas.filter((a) => a.vulnerable);
    expect(vulnerable).toHaveLength(6);
    const byArea = new Map<string, ContractItem[]>();
    for (const c of contracts) byArea.set(c.urbanArea.id, [...(byArea.get(c.urbanArea.id) ?? []), c]);
    // In every vulnerable area, at most five, only there, over intervention areas with a municipal interface.
    expect([...byArea.keys()].sort()).toEqual(vulnerable.map((a) => a.id).sort());
    for (const list of byArea.values()) {
      expect(list.length).toBeGreaterThanOrEqual(2);
      expect(list.length).toBeLessThanOrEqual(5);
    }
    const period = (await s.request({ method: 'GET', url: `/api/funding-periods/${contracts[0]!.interventionArea.fundingPeriodId}` })).json() as { interventionAreas: { id: string; municipalInterface: boolean }[] };
    const interfaceAreas = new Set(period.interventionAreas.filter((a) => a.municipalInterface).map((a) => a.id));
    expect(contracts.every((c) => interfaceAreas.has(c.interventionArea.id))).toBe(true);

    const approvals = contractApprovals();
    const plans = await listed();
    let revised = 0;
    const drafts: [string, number, string][] = [];
    for (const c of contracts) {
      const area = vulnerable.find((a) => a.id === c.urbanArea.id)!;
      // Drafted by a working group of the area's forum.
      const groups = (await s.request({ method: 'GET', url: `/api/forums/${area.forumId}/working-groups?limit=100` })).json().items as { id: string }[];
      expect(groups.map((g) => g.id)).toContain(c.workingGroup.id);
      const approvedBy = approvals.get(area.name)?.get(c.interventionArea.number);
      if (!approvedBy) {
        // Only plans still on their way to the City Council work in it: a draft, for their decision.
        drafts.push([area.name, c.interventionArea.number, c.status]);
        continue;
      }
      expect(c.status).toBe('approved');
      const versions = (await s.request({ method: 'GET', url: `/api/contracts/${c.id}/revisions` })).json().items as Revision[];
      const [first, ...later] = versions;
      expect(first).toMatchObject({ number: 1, adoptedBy: 'city_council' });
      expect(first!.content.purpose).toMatch(/^Eksempel: /);
      // Named by the first City Council approval, by date, of a plan of the area working in its intervention area.
      const plan = plans.find((p) => p.name === approvedBy);
      expect(plan, area.name).toBeDefined();
      const timeline = (await s.request({ method: 'GET', url: `/api/plans/${plan!.id}/decisions` })).json() as { items: { id: string; step: string; decidedOn: string; reference: string; contracts: { id: string }[] }[] };
      const br = timeline.items.find((d) => d.step === 'city_council')!;
      expect(br.contracts.map((x) => x.id)).toContain(c.id);
      expect(first).toMatchObject({ decisionId: br.id, decisionDate: br.decidedOn, decisionReference: br.reference });
      for (const r of later) {
        expect(r).toMatchObject({ adoptedBy: 'forum' });
        expect(r.decisionReference).toMatch(/^Eksempel: Boligsocialt Forum/);
        expect(r.decisionDate > first!.decisionDate).toBe(true);
        revised += 1;
      }
    }
    // Left open on purpose, for the demo forum member to draft.
    for (const open of demoOpenContracts) {
      expect(contracts.some((c) => c.urbanArea.name === open.area && c.interventionArea.number === open.number)).toBe(false);
    }
    expect(drafts.sort()).toEqual([
      ['Amager/Sundby', 4, 'draft'],
      ['Bispebjerg', 4, 'draft'],
    ]);
    // Some have a later forum revision, so the comparison has something to show.
    expect(revised).toBe(demoRevisedAreas.length);
    const withRevision = contracts.find((c) => c.revisionCount === 2);
    expect(withRevision).toBeDefined();
    const compare = (await s.request({ method: 'GET', url: `/api/contracts/${withRevision!.id}/revisions/compare?from=1&to=2` })).json() as { fields: { field: string; changed: boolean }[] };
    expect(compare.fields.filter((f) => f.changed).map((f) => f.field)).toEqual(expect.arrayContaining(['goals', 'municipalPart']));
    // Nothing is approved without being named.
    const unnamed = await t.db
      .selectFrom('contractRevision')
      .leftJoin('decisionContract', (j) => j.onRef('decisionContract.contractId', '=', 'contractRevision.contractId'))
      .select('contractRevision.id')
      .where('contractRevision.adoptedBy', '=', 'city_council')
      .where('decisionContract.decisionId', 'is', null)
      .execute();
    expect(unnamed).toEqual([]);
  });

  it('does not duplicate anything when seeded again', async () => {
    const counts = async () =>
      Object.fromEntries(
        await Promise.all(
          (['plan', 'planEstate', 'planCommittee', 'goal', 'successCriterion', 'indicatorTarget', 'activity', 'budgetLine', 'pool', 'poolAllocation', 'decision', 'planRevision', 'workingGroup', 'contract', 'contractRevision', 'decisionContract', 'auditEvent', 'appUser'] as const).map(
            async (table) => [table, Number((await t.db.selectFrom(table).select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)] as const,
          ),
        ),
      );
    const before = await counts();
    expect(before.plan).toBe(18);
    expect(before.decision).toBeGreaterThan(0);
    expect(before.contract).toBeGreaterThan(0);
    expect(await seedDemo(t.db)).toBe(false);
    expect(await counts()).toEqual(before);
  });
});
