import { describe, expect, it } from 'vitest';
import { copenhagen2011to14, fund2011to14 } from '../../src/domain/funding-rules.ts';
import { useTestApp } from '../helpers/app.ts';
import { auditCount, auditOf, cachedSignIn, expectProblem, ifMatch, otherMunicipality, violationPaths } from '../helpers/registry.ts';

const t = useTestApp();
const signIn = cachedSignIn(t);
type Period = { id: string; version: number; name: string; startYear: number; rules: Record<string, number>; inferred: Record<string, { da: string; en: string }> };

async function period(name: string): Promise<Period> {
  const user = await signIn('fond@demo.example');
  const res = await user.request({ method: 'GET', url: '/api/funding-periods' });
  return (res.json().items as Period[]).find((p) => p.name === name)!;
}

describe('/api/funding-periods', () => {
  it('lists the periods and gets one with its rules and intervention areas', async () => {
    const user = await signIn('forsker@demo.example');
    const list = await user.request({ method: 'GET', url: '/api/funding-periods' });
    expect(list.statusCode).toBe(200);
    expect((list.json().items as Period[]).map((p) => p.name)).toEqual(['2011–14', '2015–18', '2019–26']);
    const p = await period('2011–14');
    const one = await user.request({ method: 'GET', url: `/api/funding-periods/${p.id}` });
    expect(one.statusCode).toBe(200);
    expect(one.headers.etag).toBe(`"${p.version}"`);
    const body = one.json();
    // PERIOD-OWNER: the period holds the fund's parameters only; 2011–14's are from the sources.
    expect(body.rules).toEqual(fund2011to14);
    expect(body.inferred).toEqual({});
    expect(body.interventionAreas).toHaveLength(7);
    expect(body.interventionAreas[0]).toEqual({ id: expect.any(String), number: 1, name: 'Børn, unge og beskæftigelse', municipalInterface: true });
    // Later periods carry the 2011–14 values over, each marked inferred with the reason.
    const later = await period('2019–26');
    expect(Object.keys(later.inferred).sort()).toEqual(Object.keys(fund2011to14).sort());
    expect(later.inferred.localShareMinBp!.da).toContain('Videreført fra 2011–14');
    expect(body.interventionAreas.filter((a: { municipalInterface: boolean }) => a.municipalInterface)).toHaveLength(5);
    expectProblem(await user.request({ method: 'GET', url: `/api/funding-periods/${crypto.randomUUID()}` }), 404);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/funding-periods' }), 401);
  });

  it("lets a fund officer change some of the fund's parameters, keeping the rest and unmarking those set, audited", async () => {
    const p = await period('2015–18');
    const officer = await signIn('fond@demo.example');
    const url = `/api/funding-periods/${p.id}`;
    expectProblem(await officer.request({ method: 'PATCH', url, payload: { rules: { localShareMinBp: 3000 } } }), 428);
    const ok = await officer.request({ method: 'PATCH', url, headers: ifMatch(p.version), payload: { rules: { localShareMinBp: 3000 } } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe(`"${p.version + 1}"`);
    expect(ok.json().rules).toEqual({ ...fund2011to14, localShareMinBp: 3000 });
    expect(Object.keys(ok.json().inferred).sort()).toEqual(['maxContractsPerUrbanArea', 'normalPlanYears', 'reportDueMonthsAfterYearEnd']);
    expect(ok.json().interventionAreas).toHaveLength(4);
    expectProblem(await officer.request({ method: 'PATCH', url, headers: ifMatch(p.version), payload: { name: 'X' } }), 412);
    const again = await officer.request({ method: 'PATCH', url, headers: ifMatch(p.version + 1), payload: { name: '2015–18 (revideret)' } });
    expect(again.json()).toMatchObject({ name: '2015–18 (revideret)', rules: { ...fund2011to14, localShareMinBp: 3000 } });
    const events = await auditOf(t.db, p.id);
    expect(events.map((e) => [e.action, e.resourceType])).toEqual([
      ['update', 'fundingPeriod'],
      ['update', 'fundingPeriod'],
    ]);
  });

  it("refuses the municipality's parameters on the period (400: they are the municipality's, PERIOD-OWNER)", async () => {
    const p = await period('2011–14');
    const officer = await signIn('fond@demo.example');
    const res = await officer.request({ method: 'PATCH', url: `/api/funding-periods/${p.id}`, headers: ifMatch(p.version), payload: { rules: { municipalCapBp: 1500 } } });
    expectProblem(res, 400);
    expect((await period('2011–14')).rules).toEqual(fund2011to14);
  });

  it('refuses bad parameters (400 naming the field), other roles (403) and unknown ids (404)', async () => {
    const p = await period('2019–26');
    const url = `/api/funding-periods/${p.id}`;
    const before = await auditCount(t.db);
    const officer = await signIn('fond@demo.example');
    for (const [rules, path] of [
      [{ localShareMinBp: 10_001 }, 'body.rules.localShareMinBp'],
      [{ localShareMinBp: -1 }, 'body.rules.localShareMinBp'],
      [{ normalPlanYears: 4.5 }, 'body.rules.normalPlanYears'],
      [{ unknownBp: 1 }, 'body.rules'],
    ] as const) {
      const res = await officer.request({ method: 'PATCH', url, headers: ifMatch(p.version), payload: { rules } });
      expectProblem(res, 400);
      expect(violationPaths(res)).toEqual([path]);
    }
    // PERIOD-OWNER: the catalogue and the fund's parameters are the fund's; a municipal admin is refused too.
    for (const email of ['admin@demo.example', 'sagsbehandler@demo.example', 'boligorganisation@demo.example', 'forum@demo.example', 'forsker@demo.example']) {
      const user = await signIn(email);
      expectProblem(await user.request({ method: 'PATCH', url, headers: ifMatch(p.version), payload: { name: 'X' } }), 403);
      expectProblem(await user.request({ method: 'POST', url: `${url}/intervention-areas`, payload: { name: 'X' } }), 403);
    }
    expectProblem(
      await officer.request({ method: 'PATCH', url: `/api/funding-periods/${crypto.randomUUID()}`, headers: ifMatch(1), payload: { name: 'X' } }),
      404,
    );
    expect(await auditCount(t.db)).toBe(before);
  });
});

describe('/api/funding-periods/:id/intervention-areas', () => {
  it('adds an intervention area numbered next, audited; a taken number is a conflict', async () => {
    const p = await period('2019–26');
    const officer = await signIn('fond@demo.example');
    const url = `/api/funding-periods/${p.id}/intervention-areas`;
    const res = await officer.request({ method: 'POST', url, payload: { name: 'Boligsociale fællesskaber', municipalInterface: false } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ id: expect.any(String), number: 5, name: 'Boligsociale fællesskaber', municipalInterface: false });
    expect((await auditOf(t.db, res.json().id)).map((e) => [e.action, e.resourceType])).toEqual([['create', 'interventionArea']]);
    const detail = await officer.request({ method: 'GET', url: `/api/funding-periods/${p.id}` });
    expect(detail.json().interventionAreas.map((a: { number: number }) => a.number)).toEqual([1, 2, 3, 4, 5]);

    const before = await auditCount(t.db);
    expectProblem(await officer.request({ method: 'POST', url, payload: { number: 1, name: 'Dublet' } }), 409);
    const bad = await officer.request({ method: 'POST', url, payload: { number: 0, name: '' } });
    expectProblem(bad, 400);
    expect(violationPaths(bad)).toEqual(expect.arrayContaining(['body.number', 'body.name']));
    expectProblem(await officer.request({ method: 'POST', url: `/api/funding-periods/${crypto.randomUUID()}/intervention-areas`, payload: { name: 'X' } }), 404);
    expect(await auditCount(t.db)).toBe(before);
  });
});

describe('/api/municipalities/:id/funding-rules (PERIOD-OWNER)', () => {
  const copenhagen = async () => (await t.db.selectFrom('municipality').select('id').where('code', '=', '101').executeTakeFirstOrThrow()).id;

  it("shows the municipality's own parameters per period, the inferred ones marked with the reason", async () => {
    const user = await signIn('forsker@demo.example');
    const res = await user.request({ method: 'GET', url: `/api/municipalities/${await copenhagen()}/funding-rules` });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { fundingPeriod: { name: string }; rules: Record<string, number>; inferred: Record<string, { da: string }> }[];
    expect(items.map((i) => i.fundingPeriod.name)).toEqual(['2011–14', expect.stringMatching(/^2015–18/), '2019–26']);
    for (const i of items) expect(i.rules).toEqual(copenhagen2011to14);
    expect(items[0]!.inferred).toEqual({});
    expect(Object.keys(items[1]!.inferred).sort()).toEqual(Object.keys(copenhagen2011to14).sort());
    expect(items[2]!.inferred.municipalCapBp!.da).toContain('Videreført fra 2011–14');
    expectProblem(await user.request({ method: 'GET', url: `/api/municipalities/${crypto.randomUUID()}/funding-rules` }), 404);
  });

  it("lets the municipality's admin change its cap and split, audited; the split must add up (422)", async () => {
    const mid = await copenhagen();
    const p = await period('2019–26');
    const url = `/api/municipalities/${mid}/funding-rules/${p.id}`;
    const admin = await signIn('admin@demo.example');
    const one = await admin.request({ method: 'GET', url });
    const version = one.json().version as number;
    expect(one.headers.etag).toBe(`"${version}"`);
    expectProblem(await admin.request({ method: 'PATCH', url, payload: { rules: { municipalCapBp: 1500 } } }), 428);
    const bad = expectProblem(await admin.request({ method: 'PATCH', url, headers: ifMatch(version), payload: { rules: { municipalCapBp: 1500 } } }), 422);
    expect(bad.violations).toEqual([expect.objectContaining({ rule: 'FIN-MUNICIPAL-SPLIT', path: 'body.rules.municipalContractPartBp' })]);
    const split = { municipalCapBp: 1500, municipalContractPartBp: 1300, municipalFacilitationPartBp: 200 };
    const ok = await admin.request({ method: 'PATCH', url, headers: ifMatch(version), payload: { rules: split } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ version: version + 1, rules: split, inferred: {} });
    expect((await auditOf(t.db, ok.json().id)).map((e) => [e.action, e.resourceType])).toEqual([['update', 'municipalFundingRules']]);
    // The period itself (the fund's) is untouched.
    expect((await period('2019–26')).rules).toEqual(fund2011to14);
  });

  it("refuses the fund and other roles (403), and the admin of another municipality (403 naming PERIOD-OWNER)", async () => {
    const mid = await copenhagen();
    const p = await period('2011–14');
    const url = `/api/municipalities/${mid}/funding-rules/${p.id}`;
    const version = ((await (await signIn('admin@demo.example')).request({ method: 'GET', url })).json() as { version: number }).version;
    const before = await auditCount(t.db);
    const payload = { rules: { municipalCapBp: 1000, municipalContractPartBp: 810, municipalFacilitationPartBp: 190 } };
    for (const email of ['fond@demo.example', 'sagsbehandler@demo.example', 'forum@demo.example', 'forsker@demo.example']) {
      expectProblem(await (await signIn(email)).request({ method: 'PATCH', url, headers: ifMatch(version), payload }), 403);
    }
    // An admin of Frederiksberg may change Frederiksberg's parameters, not Copenhagen's.
    const other = await otherMunicipality(t.db);
    const frb = await t.db
      .insertInto('appUser')
      .values({ email: 'admin@frb.example', displayName: 'Admin FRB', passwordHash: (await t.db.selectFrom('appUser').select('passwordHash').where('email', '=', 'admin@demo.example').executeTakeFirstOrThrow()).passwordHash, role: 'admin', municipalityId: other.municipalityId })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(frb.id).toEqual(expect.any(String));
    const frbAdmin = await t.signIn('admin@frb.example');
    const refused = expectProblem(await frbAdmin.request({ method: 'PATCH', url, headers: ifMatch(version), payload }), 403);
    expect(refused.violations).toEqual([expect.objectContaining({ rule: 'PERIOD-OWNER' })]);
    expect(await auditCount(t.db)).toBe(before);
    // Its own municipality got its rows from the database, Copenhagen's figures marked as a starting point.
    const own = await frbAdmin.request({ method: 'GET', url: `/api/municipalities/${other.municipalityId}/funding-rules/${p.id}` });
    expect(own.json().inferred.municipalCapBp.da).toContain('Københavns tal som udgangspunkt');
    const changed = await frbAdmin.request({ method: 'PATCH', url: `/api/municipalities/${other.municipalityId}/funding-rules/${p.id}`, headers: ifMatch(own.json().version), payload });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(((await (await signIn('admin@demo.example')).request({ method: 'GET', url })).json() as { rules: object }).rules).toEqual(copenhagen2011to14);
  });
});
