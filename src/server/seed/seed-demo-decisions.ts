/**
 * Example decisions for the demo plans (demo mode only): the plans of 1 January 2014 are moved along
 * Copenhagen's route through the approval use case (`recordDecision` as the system), so every check
 * of the route guards the seed too. Dates, agenda items and references are made up and say so
 * ("Eksempel: …"); the dates follow the route's order and end with the start on the plan's start
 * date, before 2014 where the plan started earlier.
 *
 * Most plans end `running`; Amagerbro Helhedsplan waits for the City Council, Helhedsplan Stærevej
 * for its committees, and Helhedsplan Nørrebro Nord (rule error) stays a draft. A City Council
 * approval names the area's demo contract drafts it approves with the plan (APP-CONTRACTS-WITH-PLANS,
 * seed-demo-contracts.ts): each contract goes with the first approval, by date, of a plan working
 * in its intervention area.
 *
 * Idempotent: a plan resumes where its decisions stop, and is left alone once it has all of them or
 * when its decisions are not the seed's (someone moved it on, back or aside).
 */
import type { DecisionBody } from '../../domain/workflow.ts';
import { systemCtx } from '../context.ts';
import type { Db } from '../db/create-db.ts';
import { recordDecision } from '../features/approval/record-decision.ts';
import { copenhagen } from './copenhagen.ts';
import { type DemoPlan, demoPlans } from './copenhagen-plans.ts';

/** Where a demo plan's example route stops (default: `running`). */
export const demoRouteEnd: Record<string, 'draft' | 'committee_approval' | 'city_council'> = {
  'Amagerbro Helhedsplan': 'city_council',
  'Helhedsplan Stærevej': 'committee_approval',
  'Helhedsplan Nørrebro Nord': 'draft',
};


type Step = { body: DecisionBody; committee: string | null; decidedOn: string; reference: string; toStatus: string };

/** An ISO date `months` before the first of the start date's month, on `day`. */
function dateBefore(start: string, months: number, day: number): string {
  const [y, m] = start.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - months, day)).toISOString().slice(0, 10);
}

/** The example decisions of one plan, in the route's order, up to where its route stops. */
export function demoRoute(demo: DemoPlan, index: number): Step[] {
  const end = demoRouteEnd[demo.name] ?? 'running';
  if (end === 'draft') return [];
  const s = demo.start;
  const item = (k: number) => `pkt. ${((index * 7 + k * 5) % 40) + 3}`;
  const ex = (text: string) => `Eksempel: ${text}`;
  const committees = demo.committees;
  const steps: Step[] = [
    { body: 'housing_organisation', committee: null, decidedOn: dateBefore(s, 14, 15), reference: '', toStatus: 'prequalification_applied' },
    { body: 'fund', committee: null, decidedOn: dateBefore(s, 12, 10), reference: '', toStatus: 'prequalified' },
    { body: 'fund', committee: null, decidedOn: dateBefore(s, 12, 20), reference: '', toStatus: 'advisory_process' },
    { body: 'housing_organisation', committee: null, decidedOn: dateBefore(s, 7, 1), reference: '', toStatus: 'submitted_to_municipality' },
  ];
  steps[0]!.reference = ex(`${demo.lead}, ansøgning om prækvalifikation ${steps[0]!.decidedOn}`);
  steps[1]!.reference = ex(`Landsbyggefonden, prækvalifikation ${steps[1]!.decidedOn}`);
  steps[2]!.reference = ex(`Landsbyggefonden, start på rådgivningsforløb ${steps[2]!.decidedOn}`);
  steps[3]!.reference = ex(`${demo.lead}, helhedsplanen sendt til ${copenhagen.name} ${steps[3]!.decidedOn}`);
  // Stærevej waits for its committees: only the first has approved.
  const approving = end === 'committee_approval' ? committees.slice(0, 1) : committees;
  for (const [i, c] of approving.entries()) {
    const decidedOn = dateBefore(s, 6, 2 + 2 * i);
    steps.push({ body: 'committee', committee: c, decidedOn, reference: ex(`${c} ${decidedOn}, ${item(i)}`), toStatus: i === committees.length - 1 ? 'finance_committee' : 'committee_approval' });
  }
  if (end === 'committee_approval') return steps;
  const ou = dateBefore(s, 5, 8);
  steps.push({ body: 'finance_committee', committee: null, decidedOn: ou, reference: ex(`ØU ${ou}, ${item(10)}`), toStatus: 'city_council' });
  if (end === 'city_council') return steps;
  const br = dateBefore(s, 5, 24);
  const board = dateBefore(s, 4, 10);
  const commitment = dateBefore(s, 2, 15);
  steps.push(
    { body: 'city_council', committee: null, decidedOn: br, reference: ex(`BR ${br}, ${item(11)}`), toStatus: 'housing_organisation_approval' },
    { body: 'housing_board', committee: null, decidedOn: board, reference: ex(`${demo.lead}s bestyrelse ${board}, ${item(12)}`), toStatus: 'sent_to_fund' },
    { body: 'fund', committee: null, decidedOn: commitment, reference: ex(`Landsbyggefondens tilsagn ${commitment}`), toStatus: 'fund_commitment' },
    { body: 'housing_organisation', committee: null, decidedOn: s, reference: ex(`${demo.lead}, helhedsplanen sat i gang ${s}`), toStatus: 'running' },
  );
  return steps;
}

const note = 'Eksempel: beslutningen er opdigtet til demoen; dato og reference er ikke offentliggjort.';

/** The seed's draft contracts in an urban area for these intervention areas (a user's drafts are never named by the seed). */
export async function demoDraftsOf(db: Db, urbanAreaId: string, numbers: readonly number[]): Promise<string[]> {
  if (numbers.length === 0) return [];
  const rows = await db
    .selectFrom('contract')
    .innerJoin('interventionArea', 'interventionArea.id', 'contract.interventionAreaId')
    .select('contract.id')
    .where('contract.urbanAreaId', '=', urbanAreaId)
    .where('contract.status', '=', 'draft')
    .where('contract.createdBy', 'is', null)
    .where('interventionArea.number', 'in', [...numbers])
    .orderBy('contract.id')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Which City Council decision approves each demo contract: per urban area and intervention area
 * (by number), the plan working in it whose City Council approval comes first by date. An
 * intervention area only plans still waiting for the City Council work in (Amagerbro's "Udsatte
 * grupper") has none: its contract waits as a draft for that plan's decision.
 */
export function contractApprovals(): Map<string, Map<number, string>> {
  const first = new Map<string, Map<number, { plan: string; date: string }>>();
  demoPlans.forEach((demo, index) => {
    const br = demoRoute(demo, index).find((s) => s.body === 'city_council');
    if (!br) return;
    const area = first.get(demo.area) ?? new Map<number, { plan: string; date: string }>();
    for (const n of demo.focus) {
      const seen = area.get(n);
      if (!seen || br.decidedOn < seen.date) area.set(n, { plan: demo.name, date: br.decidedOn });
    }
    first.set(demo.area, area);
  });
  return new Map([...first].map(([area, byNumber]) => [area, new Map([...byNumber].map(([n, { plan }]) => [n, plan]))]));
}

/** The intervention areas (numbers) whose demo contracts this plan's City Council approval names. */
export const contractsApprovedBy = (approvals: Map<string, Map<number, string>>, demo: DemoPlan): number[] =>
  [...(approvals.get(demo.area) ?? new Map<number, string>())].filter(([, plan]) => plan === demo.name).map(([n]) => n);

/** Records the demo plans' example decisions still missing. Returns how many it recorded. */
export async function seedDemoDecisions(db: Db): Promise<number> {
  const ctx = systemCtx(db, 'seed');
  const plans = await db
    .selectFrom('plan')
    .innerJoin('urbanArea', 'urbanArea.id', 'plan.urbanAreaId')
    .innerJoin('municipality', 'municipality.id', 'urbanArea.municipalityId')
    .select((eb) => [
      'plan.id',
      'plan.name',
      'plan.status',
      'plan.version',
      'plan.urbanAreaId',
      eb.selectFrom('decision').select((e) => e.fn.countAll<number>().as('n')).whereRef('decision.planId', '=', 'plan.id').as('decisions'),
    ])
    .where('municipality.code', '=', copenhagen.code)
    .where('plan.name', 'in', demoPlans.map((p) => p.name))
    .execute();
  const byName = new Map(plans.map((p) => [p.name, p]));

  const work = demoPlans.flatMap((demo, index) => {
    const plan = byName.get(demo.name);
    if (!plan) return [];
    const route = demoRoute(demo, index);
    const done = Number(plan.decisions ?? 0);
    // Resume only where the plan stands exactly where the seed's own decisions left it.
    const expected = done === 0 ? 'draft' : route[done - 1]?.toStatus;
    if (done >= route.length || plan.status !== expected) return [];
    return [{ plan, demo, steps: route.slice(done) }];
  });
  if (work.length === 0) return 0;

  const committees = await db
    .selectFrom('committee')
    .innerJoin('municipality', 'municipality.id', 'committee.municipalityId')
    .select(['committee.id', 'committee.abbreviation'])
    .where('municipality.code', '=', copenhagen.code)
    .execute();
  const committeeId = (abbreviation: string) => {
    const c = committees.find((x) => x.abbreviation === abbreviation);
    if (!c) throw new Error(`Demo decisions: the committee "${abbreviation}" is not in the reference data`);
    return c.id;
  };

  const approvals = contractApprovals();
  let recorded = 0;
  for (const { plan, demo, steps } of work) {
    let version = plan.version;
    for (const step of steps) {
      ({ version } = await recordDecision(ctx, plan.id, version, {
        body: step.body,
        committeeId: step.committee === null ? null : committeeId(step.committee),
        outcome: 'approved',
        decidedOn: step.decidedOn,
        reference: step.reference,
        note,
        correctsDecisionId: null,
        document: null,
        contractIds: step.body === 'city_council' ? await demoDraftsOf(db, plan.urbanAreaId, contractsApprovedBy(approvals, demo)) : [],
      }));
      recorded += 1;
    }
  }
  return recorded;
}
