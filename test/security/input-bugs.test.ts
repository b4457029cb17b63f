/**
 * The three inputs that answered 5xx (issue #10, "No 5xx from any input"): money beyond any plan,
 * text PostgreSQL cannot store, an upper-case uuid in a path; and the mapping of any database data
 * error that still gets through to 400.
 */
import Fastify from 'fastify';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { maxOre } from '../../src/domain/money.ts';
import { errorHandler } from '../../src/server/http/errors.ts';
import { cleanPlanVia, decide, loadApprovalRefs, type Refs } from '../helpers/approval.ts';
import { useTestApp } from '../helpers/app.ts';
import { createPlanVia, ifMatch, planBody } from '../helpers/plans.ts';

const t = useTestApp();
let r: Refs;
beforeAll(async () => {
  r = await loadApprovalRefs(t);
});

const staff = () => t.signIn('boligorganisation@demo.example');
const everyone = ['admin@demo.example', 'sagsbehandler@demo.example', 'boligorganisation@demo.example', 'forum@demo.example', 'fond@demo.example', 'aab@demo.example', 'forsker@demo.example'];
const problemJson = /^application\/problem\+json/;
const fundLine = (amountOre: number, year = 2013) => ({ year, interventionAreaId: r.areaIds[0]!, source: 'fund', amountOre });

describe('money has an upper bound', () => {
  it('refuses 2^53 - 1 øre on a line (it was stored, and the plan list then answered 500)', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r));
    const url = `/api/plans/${plan.id}/budget-lines`;
    const res = await s.request({ method: 'PUT', url, headers: ifMatch(1), payload: { lines: [fundLine(9007199254740991), fundLine(9007199254740991, 2014)] } });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toMatch(problemJson);
    expect(res.json().violations[0].path).toMatch(/^body\.lines\.0\.amountOre/);
    expect((await s.request({ method: 'GET', url })).json().lines).toEqual([]);
    expect((await s.request({ method: 'GET', url: '/api/plans' })).statusCode).toBe(200);
  });

  it('takes a line of maxOre, refuses one øre more, and refuses a frame beyond maxOre before it is written', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r));
    const url = `/api/plans/${plan.id}/budget-lines`;
    const over = await s.request({ method: 'PUT', url, headers: ifMatch(1), payload: { lines: [fundLine(maxOre + 1)] } });
    expect(over.statusCode, over.body).toBe(400);
    const frame = await s.request({ method: 'PUT', url, headers: ifMatch(1), payload: { lines: [fundLine(maxOre), fundLine(1, 2014)] } });
    expect(frame.statusCode, frame.body).toBe(400);
    expect(frame.json().violations).toMatchObject([{ rule: 'SCHEMA', path: 'body.lines' }]);
    const atMost = await s.request({ method: 'PUT', url, headers: ifMatch(1), payload: { lines: [fundLine(maxOre)] } });
    expect(atMost.statusCode, atMost.body).toBe(200);
    expect(atMost.json().matrix.frameOre).toBe(maxOre);
  });

  it('refuses a pool beyond maxOre', async () => {
    const admin = await t.signIn('admin@demo.example');
    const pool = (capacityOre: number) =>
      admin.request({ method: 'POST', url: '/api/pools', payload: { municipalityId: r.municipality, name: 'Stor pulje', budgetYear: 2013, capacityOre, fundingPeriodIds: [r.period] } });
    const over = await pool(maxOre + 1);
    expect(over.statusCode, over.body).toBe(400);
    expect(over.headers['content-type']).toMatch(problemJson);
    expect(over.json().violations).toMatchObject([{ path: 'body.capacityOre' }]);
    const atMost = await pool(maxOre);
    expect(atMost.statusCode, atMost.body).toBe(201);
  });

  it('never lets a stored row fail the plan list: totals beyond 2^53 stop at 2^53 - 1 for every role', async () => {
    // Two plans as the unbounded API stored them (each frame 2^53 - 1, which sum beyond 2^53).
    const s = await staff();
    const ids = [(await createPlanVia(s, planBody(r))).id, (await createPlanVia(s, planBody(r))).id];
    await t.db.updateTable('planSummary').set({ frameOre: Number.MAX_SAFE_INTEGER, fundOre: Number.MAX_SAFE_INTEGER }).where('planId', 'in', ids).execute();
    for (const email of everyone) {
      const res = await (await t.signIn(email)).request({ method: 'GET', url: '/api/plans' });
      expect(res.statusCode, `${email}: ${res.body}`).toBe(200);
      if (email === 'boligorganisation@demo.example') expect(res.json().totals.frameOre).toBe(Number.MAX_SAFE_INTEGER);
    }
  });
});

describe('text the database cannot store is refused at the schema', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['a NUL byte in a text column', { name: 'Plan\u0000navn' }, 'body.name'],
    ['a NUL byte in a long text', { challenges: 'x\u0000y' }, 'body.challenges'],
    ['a lone high surrogate (stored as U+FFFD before)', { name: 'Plan \ud800' }, 'body.name'],
    ['a lone low surrogate in a nested text (500 in the audit JSON)', { cooperation: { administrationIds: [], agreementDate: null, reference: '\udc00 BR' } }, 'body.cooperation.reference'],
  ];
  it.each(cases)('%s: 400 problem+json, the plan unchanged', async (_, payload, path) => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r));
    const res = await s.request({ method: 'PATCH', url: `/api/plans/${plan.id}`, headers: ifMatch(1), payload });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toMatch(problemJson);
    expect(res.json().violations.map((v: { path: string }) => v.path)).toContain(path);
    const after = await s.request({ method: 'GET', url: `/api/plans/${plan.id}` });
    expect(after.json()).toMatchObject({ version: 1, name: plan.name });
  });

  it('takes a surrogate pair (an emoji) and a search term with a NUL is a 400, not a 500', async () => {
    const s = await staff();
    const plan = await createPlanVia(s, planBody(r, { name: 'Plan 🏠 med emoji' }));
    expect(plan.name).toBe('Plan 🏠 med emoji');
    for (const url of ['/api/estates?q=a%00b', '/api/municipalities?q=%00', '/api/urban-areas?q=x%00', '/api/housing-organisations?q=%00']) {
      const res = await s.request({ method: 'GET', url });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
    }
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a\u0000@demo.example', password: 'demo' } });
    expect(login.statusCode, login.body).toBe(400);
  });
});

describe('an upper-case uuid names the same resource', () => {
  it('in a path: reads the plan and records a decision (500 from a Map.get before)', async () => {
    const s = await staff();
    const plan = await cleanPlanVia(s, r);
    const upper = plan.id.toUpperCase();
    const read = await s.request({ method: 'GET', url: `/api/plans/${upper}` });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().id).toBe(plan.id);
    const submitted = await decide(s, upper, plan.version, { body: 'housing_organisation' });
    expect(submitted.statusCode, submitted.body).toBe(201);
    expect(submitted.json().planId).toBe(plan.id);
  });

  it('in a body: the ids are stored in lower case and the scope checks see them', async () => {
    const s = await staff();
    const upper = (id: string) => id.toUpperCase();
    const plan = await createPlanVia(s, planBody(r, { housingOrganisationId: upper(r.fsb), urbanAreaId: upper(r.bispebjerg), estateIds: [upper(r.bispeparken)] }));
    expect(plan).toMatchObject({ housingOrganisationId: r.fsb, urbanAreaId: r.bispebjerg, estateIds: [r.bispeparken] });
  });
});

describe('a URL the router cannot take', () => {
  it('is a problem+json 4xx: a path that does not decode (a lone surrogate), a parameter over the length limit', async () => {
    const s = await staff();
    const bad = await s.request({ method: 'DELETE', url: `/api/plans/${r.bispebjerg}/activities/%ED%A0%80` });
    expect(bad.statusCode, bad.body).toBe(400);
    expect(bad.headers['content-type']).toMatch(problemJson);
    const long = await s.request({ method: 'GET', url: `/api/plans/${'x'.repeat(300)}` });
    expect(long.statusCode, long.body).toBe(414);
    expect(long.headers['content-type']).toMatch(problemJson);
  });
});

describe('a database data error (SQLSTATE class 22) that gets past the schema', () => {
  it('is a 400 problem+json, not a 500', async () => {
    const app = Fastify({ logger: false });
    app.setErrorHandler(errorHandler);
    app.get('/nul', async () => (await sql`select ${'a\u0000b'}::text as v`.execute(t.db)).rows);
    app.get('/range', async () => (await sql`select ${'99999999999999999999'}::bigint as v`.execute(t.db)).rows);
    for (const url of ['/nul', '/range']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
      expect(res.headers['content-type']).toMatch(problemJson);
    }
    await app.close();
  });
});
