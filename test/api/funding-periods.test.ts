import { describe, expect, it } from 'vitest';
import { rules2011to14 } from '../../src/domain/funding-rules.ts';
import { useTestApp } from '../helpers/app.ts';
import { auditCount, auditOf, cachedSignIn, expectProblem, ifMatch, violationPaths } from '../helpers/registry.ts';

const t = useTestApp();
const signIn = cachedSignIn(t);
type Period = { id: string; version: number; name: string; startYear: number; rules: Record<string, number> };

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
    expect(body.rules).toEqual(rules2011to14);
    expect(body.interventionAreas).toHaveLength(7);
    expect(body.interventionAreas[0]).toEqual({ id: expect.any(String), number: 1, name: 'Børn, unge og familie', municipalInterface: true });
    expect(body.interventionAreas.filter((a: { municipalInterface: boolean }) => a.municipalInterface)).toHaveLength(5);
    expectProblem(await user.request({ method: 'GET', url: `/api/funding-periods/${crypto.randomUUID()}` }), 404);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/funding-periods' }), 401);
  });

  it('lets a fund officer change some rule parameters, keeping the rest, audited', async () => {
    const p = await period('2015–18');
    const officer = await signIn('fond@demo.example');
    const url = `/api/funding-periods/${p.id}`;
    expectProblem(await officer.request({ method: 'PATCH', url, payload: { rules: { localShareMinBp: 3000 } } }), 428);
    const ok = await officer.request({ method: 'PATCH', url, headers: ifMatch(p.version), payload: { rules: { localShareMinBp: 3000 } } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe(`"${p.version + 1}"`);
    expect(ok.json().rules).toEqual({ ...rules2011to14, localShareMinBp: 3000 });
    expect(ok.json().interventionAreas).toHaveLength(4);
    expectProblem(await officer.request({ method: 'PATCH', url, headers: ifMatch(p.version), payload: { name: 'X' } }), 412);

    const admin = await signIn('admin@demo.example');
    const split = { municipalCapBp: 1500, municipalContractPartBp: 1300, municipalFacilitationPartBp: 200 };
    const again = await admin.request({ method: 'PATCH', url, headers: ifMatch(p.version + 1), payload: { name: '2015–18 (revideret)', rules: split } });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ name: '2015–18 (revideret)', rules: { ...rules2011to14, localShareMinBp: 3000, ...split } });
    const events = await auditOf(t.db, p.id);
    expect(events.map((e) => [e.action, e.resourceType])).toEqual([
      ['update', 'fundingPeriod'],
      ['update', 'fundingPeriod'],
    ]);
  });

  it('refuses a municipal split that does not add up with 422 FIN-MUNICIPAL-SPLIT, writing nothing', async () => {
    const p = await period('2011–14');
    const officer = await signIn('fond@demo.example');
    const before = await auditCount(t.db);
    const res = await officer.request({
      method: 'PATCH',
      url: `/api/funding-periods/${p.id}`,
      headers: ifMatch(p.version),
      payload: { rules: { municipalContractPartBp: 1000 } },
    });
    const problem = expectProblem(res, 422);
    expect(problem.violations).toEqual([expect.objectContaining({ rule: 'FIN-MUNICIPAL-SPLIT', path: 'body.rules.municipalContractPartBp' })]);
    const en = await officer.request({
      method: 'PATCH',
      url: `/api/funding-periods/${p.id}`,
      headers: { ...ifMatch(p.version), 'accept-language': 'en' },
      payload: { rules: { municipalCapBp: 1000 } },
    });
    expect(expectProblem(en, 422).violations![0]!.message).toMatch(/must add up/);
    expect(await auditCount(t.db)).toBe(before);
    expect((await period('2011–14')).rules).toEqual(rules2011to14);
  });

  it('refuses bad parameters (400 naming the field), other roles (403) and unknown ids (404)', async () => {
    const p = await period('2019–26');
    const url = `/api/funding-periods/${p.id}`;
    const before = await auditCount(t.db);
    const officer = await signIn('fond@demo.example');
    for (const [rules, path] of [
      [{ municipalCapBp: 10_001 }, 'body.rules.municipalCapBp'],
      [{ localShareMinBp: -1 }, 'body.rules.localShareMinBp'],
      [{ municipalContractPartBp: 10.5 }, 'body.rules.municipalContractPartBp'],
      [{ unknownBp: 1 }, 'body.rules'],
    ] as const) {
      const res = await officer.request({ method: 'PATCH', url, headers: ifMatch(p.version), payload: { rules } });
      expectProblem(res, 400);
      expect(violationPaths(res)).toEqual([path]);
    }
    for (const email of ['sagsbehandler@demo.example', 'boligorganisation@demo.example', 'forum@demo.example', 'forsker@demo.example']) {
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
