import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';
import { auditCount, cachedSignIn, auditOf, expectProblem, ifMatch, violationPaths } from '../helpers/registry.ts';

const t = useTestApp();
const signIn = cachedSignIn(t);
type Municipality = { id: string; version: number; code: string; name: string };

async function copenhagen() {
  const user = await signIn('fond@demo.example');
  const res = await user.request({ method: 'GET', url: '/api/municipalities?q=København' });
  return res.json().items[0] as Municipality;
}

describe('/api/municipalities', () => {
  it('lists and gets municipalities with an ETag', async () => {
    const user = await signIn('forsker@demo.example');
    const list = await user.request({ method: 'GET', url: '/api/municipalities' });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([expect.objectContaining({ code: '101', name: 'Københavns Kommune', version: 1 })]);
    const id = list.json().items[0].id;
    const one = await user.request({ method: 'GET', url: `/api/municipalities/${id}` });
    expect(one.statusCode).toBe(200);
    expect(one.headers.etag).toBe('"1"');
    expect(one.json()).toMatchObject({ id, code: '101' });
  });

  it('needs sign-in (401) and answers unknown ids with 404', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/municipalities' }), 401);
    const user = await signIn('admin@demo.example');
    expectProblem(await user.request({ method: 'GET', url: `/api/municipalities/${crypto.randomUUID()}` }), 404);
    expectProblem(
      await user.request({ method: 'PATCH', url: `/api/municipalities/${crypto.randomUUID()}`, headers: ifMatch(1), payload: { name: 'X' } }),
      404,
    );
  });

  it('lets an admin add a municipality, audited', async () => {
    const admin = await signIn('admin@demo.example');
    const res = await admin.request({ method: 'POST', url: '/api/municipalities', payload: { code: '173', name: 'Lyngby-Taarbæk Kommune' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    const created = res.json() as Municipality;
    expect(created).toMatchObject({ code: '173', name: 'Lyngby-Taarbæk Kommune', version: 1 });
    const events = await auditOf(t.db, created.id);
    expect(events).toEqual([expect.objectContaining({ action: 'create', resourceType: 'municipality', before: null })]);
    expectProblem(await admin.request({ method: 'POST', url: '/api/municipalities', payload: { code: '173', name: 'Igen' } }), 409);
  });

  it('refuses other roles (403) and bad input (400 naming the field), writing nothing', async () => {
    const before = await auditCount(t.db);
    for (const email of ['sagsbehandler@demo.example', 'fond@demo.example', 'forsker@demo.example']) {
      const user = await signIn(email);
      expectProblem(await user.request({ method: 'POST', url: '/api/municipalities', payload: { code: '147', name: 'Frederiksberg Kommune' } }), 403);
    }
    const admin = await signIn('admin@demo.example');
    const bad = await admin.request({ method: 'POST', url: '/api/municipalities', payload: { code: 'FRB', name: '' } });
    expectProblem(bad, 400);
    expect(violationPaths(bad)).toEqual(expect.arrayContaining(['body.code', 'body.name']));
    expect(await auditCount(t.db)).toBe(before);
  });

  it('edits its own municipality with If-Match: 428 without, 200 fresh, 412 stale', async () => {
    const admin = await signIn('admin@demo.example');
    const kk = await copenhagen();
    const url = `/api/municipalities/${kk.id}`;
    expectProblem(await admin.request({ method: 'PATCH', url, payload: { name: 'Københavns Kommune' } }), 428);
    const ok = await admin.request({ method: 'PATCH', url, headers: ifMatch(kk.version), payload: { name: 'Københavns Kommune ' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe(`"${kk.version + 1}"`);
    expect(ok.json().name).toBe('Københavns Kommune');
    const before = await auditCount(t.db);
    expectProblem(await admin.request({ method: 'PATCH', url, headers: ifMatch(kk.version), payload: { name: 'Kbh' } }), 412);
    const badField = await admin.request({ method: 'PATCH', url, headers: ifMatch(kk.version + 1), payload: { mayor: 'x' } });
    expectProblem(badField, 400);
    expect(await auditCount(t.db)).toBe(before);
    const events = await auditOf(t.db, kk.id);
    expect(events.filter((e) => e.action === 'update')).toHaveLength(1);
  });

  it("refuses an admin editing another municipality and non-admins (403)", async () => {
    const admin = await signIn('admin@demo.example');
    const other = await admin.request({ method: 'POST', url: '/api/municipalities', payload: { code: '147', name: 'Frederiksberg Kommune' } });
    expect(other.statusCode).toBe(201);
    const before = await auditCount(t.db);
    expectProblem(
      await admin.request({ method: 'PATCH', url: `/api/municipalities/${other.json().id}`, headers: ifMatch(1), payload: { name: 'Frb' } }),
      403,
    );
    const kk = await copenhagen();
    const caseWorker = await signIn('sagsbehandler@demo.example');
    expectProblem(
      await caseWorker.request({ method: 'PATCH', url: `/api/municipalities/${kk.id}`, headers: ifMatch(kk.version), payload: { name: 'Kbh' } }),
      403,
    );
    expect(await auditCount(t.db)).toBe(before);
  });
});
