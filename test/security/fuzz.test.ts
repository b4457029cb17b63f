/**
 * Property-based fuzzing of every write route (issue #10, "No 5xx from any input"): the routes and
 * their body schemas come from the OpenAPI document the app generates, so a new write route is
 * fuzzed without touching this file. Requests go through app.inject (no sockets) as several
 * signed-in users, with ids of rows that exist (so they get past the schema into the use cases)
 * mixed with wrong types, extremes, odd Unicode, upper-case and unknown ids, bad If-Match values
 * and malformed bodies. For every request: no 5xx; every refusal is application/problem+json;
 * a refused request leaves every table's row count and version sum (the audit trail included) as
 * they were.
 *
 * FUZZ_REQUESTS sets the number of requests (10,000 by default, as in CI); FUZZ_SEED replays a run.
 */
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/schema.ts';
import { loginLimits } from '../../src/server/features/auth/login.ts';
import { type Session, useTestApp } from '../helpers/app.ts';
import { type JsonSchema, fromSchema, oddString } from './fuzz-schema.ts';

const requests = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

const t = useTestApp({ plans: true });

type WriteRoute = { method: string; path: string; params: string[]; body: JsonSchema | null };
type Row = { id: string; parent?: string };

/** The table behind each collection in a path, and behind each child parameter (with its parent column). */
const tableOf: Record<string, keyof Database> = {
  'urban-areas': 'urbanArea', municipalities: 'municipality', forums: 'forum', 'housing-organisations': 'housingOrganisation',
  estates: 'estate', administrations: 'administration', committees: 'committee', 'funding-periods': 'fundingPeriod',
  users: 'appUser', plans: 'plan', pools: 'pool', contracts: 'contract',
};
const childOf: Record<string, { table: keyof Database; parent: string }> = {
  memberId: { table: 'forumMember', parent: 'forumId' },
  groupId: { table: 'workingGroup', parent: 'forumId' },
  goalId: { table: 'goal', parent: 'planId' },
  activityId: { table: 'activity', parent: 'planId' },
  allocationId: { table: 'poolAllocation', parent: 'poolId' },
  criterionId: { table: 'successCriterion', parent: 'planId' },
};
/** Users the fuzzer signs in as: never changed or deactivated by it (that would end its sessions). */
const sessionEmails = ['admin@demo.example', 'boligorganisation@demo.example', 'fond@demo.example', 'sagsbehandler@demo.example', 'forum@demo.example'];

let routes: WriteRoute[] = [];
let sessions: Session[] = [];
let protectedIds = new Set<string>();
let rows: Record<string, Row[]> = {};
let allIds: string[] = [];

async function loadRows(): Promise<void> {
  const db = t.db;
  const next: Record<string, Row[]> = {};
  for (const [segment, table] of Object.entries(tableOf)) {
    const found = await db.selectFrom(table).select('id').execute();
    next[segment] = (found as { id: string }[]).filter((r) => !protectedIds.has(r.id));
  }
  for (const [param, { table, parent }] of Object.entries(childOf)) {
    const found =
      param === 'criterionId'
        ? await db.selectFrom('successCriterion').innerJoin('goal', 'goal.id', 'successCriterion.goalId').select(['successCriterion.id', 'goal.planId as parent']).execute()
        : await sql<Row>`select id, ${sql.ref(parent)} as parent from ${sql.table(table)}`.execute(db).then((r) => r.rows);
    next[param] = found as Row[];
  }
  const other = await db.selectFrom('interventionArea').select('id').execute();
  rows = next;
  allIds = [...new Set([...Object.values(next).flat().map((r) => r.id), ...other.map((r) => r.id)])];
}

/** The app's tables but the sessions and sign-in attempts (which a refused sign-in rightly records). */
const dataTables = async (): Promise<{ table: string; versioned: boolean }[]> =>
  (
    await sql<{ table: string; versioned: boolean }>`
      select table_name as table, bool_or(column_name = 'version') as versioned from information_schema.columns
      where table_schema = current_schema() and table_name not in ('session', 'login_attempt', 'fuzz_writes') and table_name not like 'kysely%'
      group by table_name order by table_name`.execute(t.db)
  ).rows;

/** Row count and version sum of every data table (the audit trail included). */
async function rowCounts(): Promise<string> {
  const tables = await dataTables();
  const parts = tables.map((c) => sql`${c.table} || ':' || (select count(*) ${c.versioned ? sql`|| '/' || coalesce(sum(version), 0)` : sql``} from ${sql.table(c.table)})`);
  return (await sql<{ f: string }>`select concat_ws(' ', ${sql.join(parts)}) as f`.execute(t.db)).rows[0]!.f;
}

/**
 * A test-only row trigger on every data table counts the rows written, in the writing transaction
 * (a write that is rolled back is not counted): a refusal must leave the count where it was. Cheap
 * enough to read after every request; `rowCounts` compares the tables themselves around every 50th.
 */
async function countWrites(): Promise<void> {
  await sql`create table fuzz_writes (n bigint not null)`.execute(t.db);
  await sql`insert into fuzz_writes values (0)`.execute(t.db);
  await sql`create function fuzz_count_write() returns trigger language plpgsql as $$ begin update fuzz_writes set n = n + 1; return null; end $$`.execute(t.db);
  for (const { table } of await dataTables()) {
    await sql`create trigger fuzz_count_write after insert or update or delete on ${sql.table(table)} for each row execute function fuzz_count_write()`.execute(t.db);
  }
}
const writes = async (): Promise<number> => Number((await sql<{ n: string }>`select n from fuzz_writes`.execute(t.db)).rows[0]!.n);

beforeAll(async () => {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
  };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        params: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        body: op.requestBody?.content['application/json']?.schema ?? null,
      })),
  );
  sessions = await Promise.all(sessionEmails.map((e) => t.signIn(e)));
  protectedIds = new Set((await t.db.selectFrom('appUser').select('id').where('email', 'in', sessionEmails).execute()).map((r) => r.id));
  await loadRows();
  await countWrites();
  // A sign-in checks a password hash (argon2, the slow part of this file) until the address has 30
  // failures (loginLimits.perIp), then answers 429 at once: all but 5 of them are used up here.
  const ip = (await t.app.inject({ method: 'GET', url: '/api/health' })).raw.req.socket.remoteAddress ?? '127.0.0.1';
  await t.db.insertInto('loginAttempt').values(Array.from({ length: loginLimits.perIp - 5 }, (_, i) => ({ email: `fuzz${i}@demo.example`, ip, succeeded: false }))).execute();
}, 120_000);

/** A path parameter: a row that exists (with its parent), its id in upper case, an unknown uuid, or garbage. */
const paramChoice = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('real' as const), pick: fc.nat() }), weight: 16 },
  { arbitrary: fc.record({ kind: fc.constant('upper' as const), pick: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('other' as const), value: fc.oneof(fc.uuid(), fc.constantFrom('..', '%00', 'null', '1', '-1', '99999999999999999999', 'x'.repeat(300), '%E2%80%AE', '%ED%A0%80')) }), weight: 2 },
);
/** If-Match: the current version, another one, a malformed one, or none. */
const ifMatchChoice = fc.oneof(
  { arbitrary: fc.constant<string | null>('current'), weight: 14 },
  { arbitrary: fc.constantFrom<string | null>(null, '"0"', '"-1"', '"999999999999999999999"', '*', 'W/"1"', '"1.5"', '"abc"', '"\u0000"', '1'), weight: 2 },
);
/** The body: from the route's schema, or malformed on the wire. */
const rawBody = fc.constantFrom(
  { payload: '{"a":', contentType: 'application/json' },
  { payload: 'name=x', contentType: 'application/x-www-form-urlencoded' },
  { payload: 'x', contentType: 'text/plain' },
  { payload: '', contentType: 'application/json' },
  { payload: '[]', contentType: 'application/json' },
  { payload: 'null', contentType: 'application/json' },
  { payload: '{"name":"\\ud800"}', contentType: 'application/json' },
  { payload: '{"__proto__":{"x":1}}', contentType: 'application/json' },
);

const requestArb = () =>
  fc.nat({ max: routes.length - 1 }).chain((r) => {
    const route = routes[r]!;
    const body = route.body ? fromSchema(route.body, () => allIds) : fc.constant(undefined);
    return fc.record({
      route: fc.constant(route),
      params: fc.array(paramChoice, { minLength: route.params.length, maxLength: route.params.length }),
      ifMatch: ifMatchChoice,
      session: fc.oneof(
        { arbitrary: fc.constant('allowed' as const), weight: 9 },
        { arbitrary: fc.nat({ max: sessions.length - 1 }), weight: 3 },
        { arbitrary: fc.constant('anonymous' as const), weight: 1 },
      ),
      body: fc.oneof({ arbitrary: body.map((json) => ({ json })), weight: 14 }, { arbitrary: rawBody, weight: 1 }),
      language: fc.oneof(fc.constantFrom('da', 'en', 'en-GB;q=0.5, da', '*'), oddString(5)),
    });
  });

type Request = ReturnType<typeof requestArb> extends fc.Arbitrary<infer T> ? T : never;

/** The URL and the If-Match version to send, resolved against the rows as they are now. */
async function resolve(req: Request): Promise<{ url: string; ifMatch: string | null }> {
  const { route } = req;
  const collection = route.path.split('/')[2]!;
  const child = route.params.find((p) => childOf[p]);
  const values: Record<string, string> = {};
  let versionOf: { table: keyof Database; id: string } | null = null;
  const childRows = child ? rows[child]! : [];
  const pick = req.params.find((p) => p.kind !== 'other');
  const row = pick && 'pick' in pick ? (child ? childRows : rows[collection] ?? [])[pick.pick % Math.max(1, (child ? childRows : rows[collection] ?? []).length)] : undefined;
  route.params.forEach((name, i) => {
    const choice = req.params[i]!;
    if (choice.kind === 'other') {
      values[name] = choice.value;
      return;
    }
    let id = name === 'year' ? String(2013 + (choice.pick % 4)) : name === 'id' ? (child ? row?.parent : row?.id) : row?.id;
    id ??= '00000000-0000-4000-8000-000000000000';
    values[name] = choice.kind === 'upper' ? id.toUpperCase() : id;
  });
  if (row && tableOf[collection]) {
    const childTable = child ? childOf[child]!.table : null;
    versionOf = childTable && ['forumMember', 'workingGroup', 'poolAllocation'].includes(childTable) ? { table: childTable, id: row.id } : { table: tableOf[collection]!, id: child ? row.parent! : row.id };
  }
  const url = route.path.replace(/\{(\w+)\}/g, (_, name: string) => (values[name]!.includes('%') ? values[name]! : encodeURIComponent(values[name]!)));
  if (req.ifMatch !== 'current') return { url, ifMatch: req.ifMatch };
  if (!versionOf) return { url, ifMatch: '"1"' };
  const found = await sql<{ version: number }>`select version from ${sql.table(versionOf.table)} where id = ${versionOf.id}`.execute(t.db).catch(() => ({ rows: [] }));
  return { url, ifMatch: `"${found.rows[0]?.version ?? 1}"` };
}

/**
 * Most write routes are for one or two roles; so that most requests get past the access check, the
 * fuzzer learns per route which of its users were not refused with 403 and mostly sends as them.
 */
const forbiddenCount = new Map<string, number[]>();
const routeKey = (route: WriteRoute) => `${route.method} ${route.path}`;
function allowedSession(route: WriteRoute): number {
  const counts = forbiddenCount.get(routeKey(route)) ?? sessions.map(() => 0);
  return counts.indexOf(Math.min(...counts));
}
function learn(route: WriteRoute, session: number, status: number): void {
  const counts = forbiddenCount.get(routeKey(route)) ?? sessions.map(() => 0);
  if (status === 403) counts[session]! += 1;
  forbiddenCount.set(routeKey(route), counts);
}

async function send(req: Request): Promise<{ res: LightMyRequestResponse; url: string; sent: unknown }> {
  const { url, ifMatch } = await resolve(req);
  const session = req.route.path.startsWith('/api/auth/') || req.session === 'anonymous' ? null : sessions[req.session === 'allowed' ? allowedSession(req.route) : req.session]!;
  const headers: Record<string, string> = { 'accept-language': req.language };
  if (ifMatch !== null) headers['if-match'] = ifMatch;
  const body = req.body;
  const sent = 'json' in body ? body.json : body.payload;
  const opts =
    'json' in body
      ? { method: req.route.method as 'POST', url, headers, ...(body.json === undefined ? {} : { payload: JSON.stringify(body.json), headers: { ...headers, 'content-type': 'application/json' } }) }
      : { method: req.route.method as 'POST', url, payload: body.payload, headers: { ...headers, 'content-type': body.contentType } };
  const res = session ? await session.request(opts) : await t.app.inject(opts);
  if (session) learn(req.route, sessions.indexOf(session), res.statusCode);
  return { res, url, sent };
}

it(`answers ${requests} fuzzed writes without a 5xx, refuses with problem+json and stores nothing from a refusal`, async () => {
  expect(routes.length).toBeGreaterThan(40);
  const failures: string[] = [];
  const statuses: Record<string, number> = {};
  let fuzzed = 0;
  let fiveHundreds = 0;
  let before = await writes();
  const started = Date.now();
  let inRequests = 0;
  const slowest = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(requestArb(), async (req) => {
      const countsBefore = fuzzed % 50 === 0 ? await rowCounts() : null;
      const sentAt = performance.now();
      const { res, url, sent } = await send(req);
      inRequests += performance.now() - sentAt;
      slowest.set(routeKey(req.route), (slowest.get(routeKey(req.route)) ?? 0) + performance.now() - sentAt);
      fuzzed++;
      const status = res.statusCode;
      statuses[status] = (statuses[status] ?? 0) + 1;
      const what = () => `${req.route.method} ${url} ${JSON.stringify(sent)?.slice(0, 300)} → ${status} ${res.body.slice(0, 300)}`;
      if (status >= 500) {
        fiveHundreds++;
        failures.push(`5xx: ${what()}`);
      }
      if (status >= 400) {
        const problem = /^application\/problem\+json/.test(String(res.headers['content-type'])) && (res.json() as { status?: number }).status === status;
        if (!problem) failures.push(`not problem+json: ${what()}`);
      }
      const after = await writes();
      const refused = status >= 400 && status < 500;
      if (refused && after !== before) failures.push(`a refusal wrote ${after - before} rows: ${what()}`);
      before = after;
      if (refused && countsBefore !== null && (await rowCounts()) !== countsBefore) failures.push(`a refusal changed the row counts: ${what()}`);
      if (fuzzed % 100 === 0) await loadRows();
      return true;
    }),
    { numRuns: requests, seed, endOnFailure: true },
  );
  console.log(
    `fuzz: ${fuzzed} requests over ${routes.length} write routes in ${((Date.now() - started) / 1000).toFixed(1)} s, ${(inRequests / 1000).toFixed(1)} s of it answering (seed ${seed}); ` +
      `5xx seen: ${fiveHundreds}; by status: ${JSON.stringify(statuses)}; slowest routes (s): ` +
      [...slowest].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)}`).join(', '),
  );
  expect(fuzzed).toBe(requests);
  expect(failures.slice(0, 20)).toEqual([]);
}, 900_000);
