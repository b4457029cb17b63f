/** A clean plan ready for submission, decisions through the API, and a small PDF. */
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll } from 'vitest';
import type { Session, TestApp } from './app.ts';
import { type Refs as PlanRefs, cleanBudget, createPlanVia, ifMatch, loadRefs, planBody } from './plans.ts';

export type Refs = PlanRefs & { buu: string; br: string; ou: string };

/** The plan tests' registry ids plus BUU, BR and ØU. */
export async function loadApprovalRefs(t: TestApp): Promise<Refs> {
  const committee = async (abbreviation: string) =>
    (await t.db.selectFrom('committee').select('id').where('abbreviation', '=', abbreviation).executeTakeFirstOrThrow()).id;
  return { ...(await loadRefs(t)), buu: await committee('BUU'), br: await committee('BR'), ou: await committee('ØU') };
}

export const goalBody = {
  title: 'Flere unge i uddannelse',
  criteria: [
    {
      description: 'Andel 18–25-årige i uddannelse',
      indicator: { name: 'Unge i uddannelse', unit: '%', baselineValue: 55, baselineYear: 2012 },
      targets: [2013, 2014, 2015, 2016].map((year, i) => ({ year, value: 57 + i * 2 })),
    },
  ],
};

/** A plan with a goal and a clean budget (canSubmit), listing TMU and BUU; returns id and version. */
export async function cleanPlanVia(s: Session, r: Refs, overrides: Record<string, unknown> = {}) {
  const plan = await createPlanVia(s, planBody(r, { committeeIds: [r.tmu, r.buu], ...overrides }));
  const goal = await s.request({ method: 'POST', url: `/api/plans/${plan.id}/goals`, headers: ifMatch(1), payload: goalBody });
  if (goal.statusCode !== 201) throw new Error(`goal: ${goal.body}`);
  const budget = await s.request({ method: 'PUT', url: `/api/plans/${plan.id}/budget-lines`, headers: ifMatch(2), payload: { lines: cleanBudget(r) } });
  if (budget.statusCode !== 200) throw new Error(`budget: ${budget.body}`);
  return { id: plan.id, version: 3 };
}

export type DecisionBody = {
  body: string;
  outcome?: string;
  committeeId?: string | null;
  decidedOn?: string;
  reference?: string;
  note?: string;
  correctsDecisionId?: string | null;
  document?: { filename: string; contentType: string; contentBase64: string } | null;
  contractIds?: string[];
};

export const decide = (s: Session, planId: string, version: number, d: DecisionBody): Promise<LightMyRequestResponse> =>
  s.request({
    method: 'POST',
    url: `/api/plans/${planId}/decisions`,
    headers: ifMatch(version),
    payload: { outcome: 'approved', decidedOn: '2012-12-01', reference: `Ref ${d.body}`, ...d },
  });

/** The plan's current version (ETag). */
export async function versionOf(s: Session, planId: string): Promise<number> {
  const res = await s.request({ method: 'GET', url: `/api/plans/${planId}` });
  return Number(JSON.parse(String(res.headers.etag)));
}

/** A tiny valid-looking PDF. */
export const pdfBytes = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

export type Actors = { staff: Session; caseWorker: Session; admin: Session; fund: Session };
export async function signInActors(t: TestApp): Promise<Actors> {
  return {
    staff: await t.signIn('boligorganisation@demo.example'),
    caseWorker: await t.signIn('sagsbehandler@demo.example'),
    admin: await t.signIn('admin@demo.example'),
    fund: await t.signIn('fond@demo.example'),
  };
}

/** The approval refs `r` and the signed-in actors `a` of a test file, filled in before its tests. */
export function useApprovalActors(t: TestApp): { r: Refs; a: Actors } {
  const r = {} as Refs;
  const a = {} as Actors;
  beforeAll(async () => {
    Object.assign(r, await loadApprovalRefs(t));
    Object.assign(a, await signInActors(t));
  });
  return { r, a };
}

/**
 * Takes a clean plan from where it stands to `until` (at most `running`), each step by the right
 * role. Returns the plan's version.
 */
export async function driveTo(a: Actors, r: Refs, planId: string, version: number, until: string): Promise<number> {
  const route: [Session, DecisionBody, string][] = [
    [a.staff, { body: 'housing_organisation', decidedOn: '2012-09-01' }, 'prequalification_applied'],
    [a.fund, { body: 'fund', decidedOn: '2012-10-01' }, 'prequalified'],
    [a.fund, { body: 'fund', decidedOn: '2012-10-15' }, 'advisory_process'],
    [a.staff, { body: 'housing_organisation', decidedOn: '2012-11-15' }, 'submitted_to_municipality'],
    [a.caseWorker, { body: 'committee', committeeId: r.tmu, decidedOn: '2012-12-03' }, 'committee_approval'],
    [a.caseWorker, { body: 'committee', committeeId: r.buu, decidedOn: '2012-12-05' }, 'finance_committee'],
    [a.admin, { body: 'finance_committee', decidedOn: '2012-12-11' }, 'city_council'],
    [a.caseWorker, { body: 'city_council', decidedOn: '2012-12-13' }, 'housing_organisation_approval'],
    [a.staff, { body: 'housing_board', decidedOn: '2012-12-18' }, 'sent_to_fund'],
    [a.fund, { body: 'fund', decidedOn: '2013-01-10' }, 'fund_commitment'],
    [a.staff, { body: 'housing_organisation', decidedOn: '2013-01-15' }, 'running'],
  ];
  const status = (await (await a.staff.request({ method: 'GET', url: `/api/plans/${planId}` })).json()).status as string;
  const from = route.findIndex(([, , to]) => to === status) + 1;
  let v = version;
  for (const [s, d, to] of route.slice(from)) {
    const res = await decide(s, planId, v, d);
    if (res.statusCode !== 201) throw new Error(`${d.body} → ${to}: ${res.statusCode} ${res.body}`);
    v += 1;
    if (res.json().status !== to) throw new Error(`expected ${to}, got ${res.json().status}`);
    if (to === until) return v;
  }
  return v;
}
