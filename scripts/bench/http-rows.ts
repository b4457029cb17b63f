/**
 * The app's HTTP rows: plan read, validation, the list (first page and a page deep in the cursor)
 * as admin, housing staff and fund officer, the XLSX exports, a pool allocation and a budget write.
 */
import type { Subjects } from './discover.ts';
import { type HttpCall, type Session, Serial, http, httpRun, json, measureLoop, versionOf } from './load.ts';
import { type Row, type RowPlan, measureRow, skippedRow } from './rows.ts';

export type HttpContext = {
  baseUrl: string;
  subjects: Subjects;
  sessions: { admin: Session; staff: Session; fund: Session };
  plan: RowPlan;
  /** `limit` of the list requests. */
  pageSize: number;
  /** How many times the deep list row follows `next` (at most). */
  deepPages: number;
};

const get = (session: Session, path: string): HttpCall => ({ method: 'GET', path, headers: session.headers });

type ListPage = { items: unknown[]; next?: string; totals?: { count?: number } };

/** First page, then `next` followed up to `pages` times: the last page reached, its number and the total. */
async function deepList(ctx: HttpContext, session: Session) {
  const base = `/api/plans?limit=${ctx.pageSize}`;
  let { body } = await json<ListPage>(ctx.baseUrl, get(session, base));
  const count = body.totals?.count ?? body.items.length;
  let path = base;
  let page = 1;
  while (page <= ctx.deepPages && body.next) {
    path = `${base}&cursor=${encodeURIComponent(body.next)}`;
    body = (await json<ListPage>(ctx.baseUrl, get(session, path))).body;
    page++;
  }
  return { first: base, deep: page > 1 ? path : null, page, count };
}

/** GET routes of the OpenAPI document that answer with an XLSX file and that we can fill in. */
async function exportPaths(ctx: HttpContext): Promise<string[]> {
  const { body } = await json<{ paths: Record<string, Record<string, unknown>> }>(ctx.baseUrl, get(ctx.sessions.admin, '/api/docs/json'));
  return Object.entries(body.paths)
    .filter(([path, methods]) => /xlsx/i.test(path) && 'get' in methods)
    .map(([path]) => path.replace(/^\/api\/plans\/\{id\}/, `/api/plans/${ctx.subjects.planId}`))
    .filter((path) => !path.includes('{'));
}

export async function readRows(ctx: HttpContext): Promise<Row[]> {
  const { baseUrl, plan, subjects } = ctx;
  const { admin } = ctx.sessions;
  const rows: Row[] = [];
  const measure = (label: string, call: HttpCall, note?: string) =>
    measureRow(label, 'http', plan, httpRun(baseUrl, call, '/api/health/ready'), note);

  rows.push(await measure('GET /api/plans/:id (admin)', get(admin, `/api/plans/${subjects.planId}`)));
  rows.push(await measure('GET /api/plans/:id/validation (admin)', get(admin, `/api/plans/${subjects.planId}/validation`)));
  const readers = [
    ['admin', ctx.sessions.admin],
    ['housing staff', ctx.sessions.staff],
    ['fund officer', ctx.sessions.fund],
  ] as const;
  for (const [who, session] of readers) {
    const list = await deepList(ctx, session);
    const sees = `sees ${list.count} plans`;
    rows.push(await measure(`GET /api/plans first page (${who}; ${sees})`, get(session, list.first), `limit=${ctx.pageSize}`));
    if (list.deep) rows.push(await measure(`GET /api/plans page ${list.page} via cursor (${who})`, get(session, list.deep), `limit=${ctx.pageSize}`));
    else rows.push(skippedRow(`GET /api/plans deep page (${who})`, 'http', `one page only (${sees}, limit=${ctx.pageSize})`));
  }
  for (const path of await exportPaths(ctx)) {
    rows.push(await measure(`GET ${path.replace(subjects.planId, ':id')} (admin)`, get(admin, path)));
  }
  return rows;
}

export async function writeRows(ctx: HttpContext): Promise<Row[]> {
  return [await allocationRow(ctx), await budgetRow(ctx)];
}

const jsonHeaders = (session: Session, extra: Record<string, string> = {}) => ({ ...session.headers, 'content-type': 'application/json', ...extra });

/** POST /api/pools/:id/allocations of 1 øre each time (the database is dropped afterwards). */
async function allocationRow(ctx: HttpContext): Promise<Row> {
  const label = 'POST /api/pools/:id/allocations, 1 øre (admin)';
  const { poolId, allocationPlanId } = ctx.subjects;
  if (!poolId || !allocationPlanId) return skippedRow(label, 'http', 'no pool and plan it may fund with 1,000 kr. of room (FIN-POOL-*; the national set draws every plan to its 12.5 % cap)');
  const call: HttpCall = {
    method: 'POST',
    path: `/api/pools/${poolId}/allocations`,
    headers: jsonHeaders(ctx.sessions.admin),
    body: JSON.stringify({ planId: allocationPlanId, amountOre: 1, note: 'bench' }),
  };
  return measureRow(label, 'http', ctx.plan, httpRun(ctx.baseUrl, call, '/api/health/ready'));
}

type PlanJson = {
  name: string;
  fundingPeriodId: string;
  urbanAreaId: string;
  housingOrganisationId: string;
  startDate: string;
  endDate: string;
  estateIds: string[];
  committeeIds: string[];
  challenges: string;
  provenance: string;
  cooperation: { administrationIds: string[]; agreementDate: string | null; reference: string | null };
  budgetLines: { year: number; interventionAreaId: string; source: string; municipalPart: string | null; amountOre: number; note: string }[];
};

type Draft = { id: string; version: number };

/**
 * PUT /api/plans/:id/budget-lines with If-Match. A budget is written only on a draft, and each
 * write needs the version the previous one made: the bench first makes one draft per connection
 * (copies of the plan it reads, with its budget), and each worker writes its own draft's budget
 * back with the version of its last answer.
 */
async function budgetRow(ctx: HttpContext): Promise<Row> {
  const label = 'PUT /api/plans/:id/budget-lines, If-Match (admin)';
  const { baseUrl } = ctx;
  const { admin } = ctx.sessions;
  const source = (await json<PlanJson>(baseUrl, get(admin, `/api/plans/${ctx.subjects.planId}`))).body;
  const lines = source.budgetLines.map((l) => ({
    year: l.year,
    interventionAreaId: l.interventionAreaId,
    activityId: null,
    source: l.source,
    municipalPart: l.municipalPart,
    amountOre: l.amountOre,
    note: l.note,
  }));
  const body = JSON.stringify({ lines });
  const drafts: Draft[] = [];
  const count = Math.max(...ctx.plan.connections);
  try {
    for (let i = 1; i <= count; i++) {
      const created = await json<{ id: string }>(baseUrl, {
        method: 'POST',
        path: '/api/plans',
        headers: jsonHeaders(admin),
        body: JSON.stringify({
          name: `Bench-kladde ${i}: ${source.name}`.slice(0, 200),
          fundingPeriodId: source.fundingPeriodId,
          urbanAreaId: source.urbanAreaId,
          housingOrganisationId: source.housingOrganisationId,
          startDate: source.startDate,
          endDate: source.endDate,
          estateIds: source.estateIds,
          committeeIds: source.committeeIds,
          challenges: source.challenges,
          cooperation: {
            administrationIds: source.cooperation.administrationIds,
            agreementDate: source.cooperation.agreementDate,
            reference: source.cooperation.reference,
          },
          provenance: source.provenance,
        }),
      });
      const draft = { id: created.body.id, version: versionOf(created.headers.etag) };
      const put = await json<unknown>(baseUrl, putBudget(ctx, draft, body));
      draft.version = versionOf(put.headers.etag);
      drafts.push(draft);
    }
  } catch (err) {
    return skippedRow(label, 'http', `could not make the drafts: ${(err as Error).message.slice(0, 200)}`);
  }
  const serial = new Serial();
  const write = async (worker: number): Promise<number | false> => {
    const draft = drafts[worker % drafts.length]!;
    return serial.run(draft.id, async () => {
      const t0 = performance.now();
      const answer = await http(baseUrl, putBudget(ctx, draft, body));
      const ms = performance.now() - t0;
      if (answer.status === 200) {
        draft.version = versionOf(answer.headers.etag);
        return ms;
      }
      if (answer.status === 412) {
        const fresh = await http(baseUrl, get(admin, `/api/plans/${draft.id}/budget-lines`));
        draft.version = versionOf(fresh.headers.etag);
      }
      return false;
    });
  };
  const note = `${lines.length} lines per write, one draft per connection`;
  return measureRow(label, 'http', ctx.plan, (c, s) => measureLoop(c, s, write), note);
}

const putBudget = (ctx: HttpContext, draft: Draft, body: string): HttpCall => ({
  method: 'PUT',
  path: `/api/plans/${draft.id}/budget-lines`,
  headers: jsonHeaders(ctx.sessions.admin, { 'if-match': `"${draft.version}"` }),
  body,
});
