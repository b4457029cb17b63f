import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';
import { auditCount, auditOf, cachedSignIn, expectProblem, ifMatch, otherMunicipality, violationPaths } from '../helpers/registry.ts';

const t = useTestApp();
const signIn = cachedSignIn(t);
type Administration = {
  id: string;
  version: number;
  municipalityId: string;
  name: string;
  abbreviation: string;
  committee: { id: string; name: string; abbreviation: string; kind: string } | null;
};
type Committee = { id: string; version: number; municipalityId: string; administrationId: string | null; name: string; abbreviation: string; kind: string };

async function municipalityId(): Promise<string> {
  const user = await signIn('fond@demo.example');
  return (await user.request({ method: 'GET', url: '/api/municipalities' })).json().items[0].id;
}

describe('/api/administrations', () => {
  it("lists Copenhagen's seven administrations, each with its committee", async () => {
    const user = await signIn('forsker@demo.example');
    const kk = await municipalityId();
    const res = await user.request({ method: 'GET', url: `/api/administrations?municipalityId=${kk}` });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Administration[];
    expect(items.map((a) => a.abbreviation).sort()).toEqual(['BIF', 'BUF', 'KFF', 'SOF', 'SUF', 'TMF', 'ØKF'].sort());
    const tmf = items.find((a) => a.abbreviation === 'TMF')!;
    expect(tmf.committee).toMatchObject({ name: 'Teknik- og Miljøudvalget', abbreviation: 'TMU', kind: 'committee' });
    expect(items.find((a) => a.abbreviation === 'ØKF')!.committee).toMatchObject({ abbreviation: 'ØU', kind: 'finance_committee' });
    const one = await user.request({ method: 'GET', url: `/api/administrations/${tmf.id}` });
    expect(one.statusCode).toBe(200);
    expect(one.headers.etag).toBe(`"${tmf.version}"`);
    expectProblem(await user.request({ method: 'GET', url: `/api/administrations/${crypto.randomUUID()}` }), 404);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/administrations' }), 401);
  });

  it('lets the admin add and change an administration, audited and version-checked', async () => {
    const admin = await signIn('admin@demo.example');
    const kk = await municipalityId();
    const res = await admin.request({
      method: 'POST',
      url: '/api/administrations',
      payload: { municipalityId: kk, name: 'Klimaforvaltningen', abbreviation: 'KLF' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json() as Administration;
    expect(created).toMatchObject({ committee: null, version: 1 });
    const url = `/api/administrations/${created.id}`;
    expectProblem(await admin.request({ method: 'PATCH', url, payload: { name: 'Klima- og Miljøforvaltningen' } }), 428);
    const ok = await admin.request({ method: 'PATCH', url, headers: ifMatch(1), payload: { name: 'Klima- og Miljøforvaltningen' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Klima- og Miljøforvaltningen', version: 2 });
    expectProblem(await admin.request({ method: 'PATCH', url, headers: ifMatch(1), payload: { name: 'X' } }), 412);
    expect((await auditOf(t.db, created.id)).map((e) => e.action)).toEqual(['create', 'update']);
    expectProblem(
      await admin.request({ method: 'POST', url: '/api/administrations', payload: { municipalityId: kk, name: 'Igen', abbreviation: 'KLF' } }),
      409,
    );
  });

  it('refuses other roles, other municipalities and bad input, writing nothing', async () => {
    const kk = await municipalityId();
    const other = await otherMunicipality(t.db);
    const before = await auditCount(t.db);
    const payload = { municipalityId: kk, name: 'X', abbreviation: 'X' };
    for (const email of ['sagsbehandler@demo.example', 'boligorganisation@demo.example', 'fond@demo.example']) {
      const user = await signIn(email);
      expectProblem(await user.request({ method: 'POST', url: '/api/administrations', payload }), 403);
    }
    const admin = await signIn('admin@demo.example');
    expectProblem(await admin.request({ method: 'POST', url: '/api/administrations', payload: { ...payload, municipalityId: other.municipalityId } }), 403);
    const unknown = await admin.request({ method: 'POST', url: '/api/administrations', payload: { ...payload, municipalityId: crypto.randomUUID() } });
    expectProblem(unknown, 422);
    expect(violationPaths(unknown)).toEqual(['body.municipalityId']);
    const bad = await admin.request({ method: 'POST', url: '/api/administrations', payload: { municipalityId: kk, name: 'X' } });
    expectProblem(bad, 400);
    expect(violationPaths(bad)).toEqual(['body.abbreviation']);
    const adm = await t.db
      .insertInto('administration')
      .values({ municipalityId: other.municipalityId, name: 'Frb. forvaltning', abbreviation: 'FF' })
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    expectProblem(await admin.request({ method: 'PATCH', url: `/api/administrations/${adm.id}`, headers: ifMatch(adm.version), payload: { name: 'X' } }), 403);
    expect(await auditCount(t.db)).toBe(before);
  });
});

describe('/api/committees', () => {
  it('lists committees, the finance committee and the city council, filtered by kind', async () => {
    const user = await signIn('fond@demo.example');
    const kk = await municipalityId();
    const all = await user.request({ method: 'GET', url: `/api/committees?municipalityId=${kk}` });
    expect(all.statusCode).toBe(200);
    expect(all.json().items.length).toBeGreaterThanOrEqual(8);
    const council = await user.request({ method: 'GET', url: '/api/committees?kind=city_council' });
    expect(council.json().items).toEqual([
      expect.objectContaining({ name: 'Borgerrepræsentationen', abbreviation: 'BR', administrationId: null, kind: 'city_council' }),
    ]);
    const finance = await user.request({ method: 'GET', url: '/api/committees?kind=finance_committee' });
    expect(finance.json().items.map((c: Committee) => c.abbreviation)).toEqual(['ØU']);
    const bad = await user.request({ method: 'GET', url: '/api/committees?kind=parliament' });
    expectProblem(bad, 400);
    expect(violationPaths(bad)).toEqual(['querystring.kind']);
    const br = council.json().items[0] as Committee;
    const one = await user.request({ method: 'GET', url: `/api/committees/${br.id}` });
    expect(one.statusCode).toBe(200);
    expect(one.headers.etag).toBe(`"${br.version}"`);
    expectProblem(await user.request({ method: 'GET', url: `/api/committees/${crypto.randomUUID()}` }), 404);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/committees' }), 401);
  });

  it("adds a committee over an administration, shown as the administration's committee", async () => {
    const admin = await signIn('admin@demo.example');
    const kk = await municipalityId();
    const adm = (
      await admin.request({ method: 'POST', url: '/api/administrations', payload: { municipalityId: kk, name: 'Digitaliseringsforvaltningen', abbreviation: 'DIF' } })
    ).json() as Administration;
    const res = await admin.request({
      method: 'POST',
      url: '/api/committees',
      payload: { municipalityId: kk, administrationId: adm.id, name: 'Digitaliseringsudvalget', abbreviation: 'DIU', kind: 'committee' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const committee = res.json() as Committee;
    expect(committee).toMatchObject({ administrationId: adm.id, version: 1 });
    const withCommittee = await admin.request({ method: 'GET', url: `/api/administrations/${adm.id}` });
    expect(withCommittee.json().committee).toMatchObject({ id: committee.id, abbreviation: 'DIU' });
    // One committee per administration.
    expectProblem(
      await admin.request({
        method: 'POST',
        url: '/api/committees',
        payload: { municipalityId: kk, administrationId: adm.id, name: 'Andet udvalg', abbreviation: 'AU', kind: 'committee' },
      }),
      409,
    );
    const url = `/api/committees/${committee.id}`;
    expectProblem(await admin.request({ method: 'PATCH', url, payload: { name: 'Digitaliserings- og IT-udvalget' } }), 428);
    const ok = await admin.request({ method: 'PATCH', url, headers: ifMatch(1), payload: { name: 'Digitaliserings- og IT-udvalget' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Digitaliserings- og IT-udvalget', version: 2 });
    expectProblem(await admin.request({ method: 'PATCH', url, headers: ifMatch(1), payload: { name: 'X' } }), 412);
    expect((await auditOf(t.db, committee.id)).map((e) => [e.action, e.resourceType])).toEqual([
      ['create', 'committee'],
      ['update', 'committee'],
    ]);
  });

  it('refuses an administration of another municipality, other roles and bad input, writing nothing', async () => {
    const kk = await municipalityId();
    const before = await auditCount(t.db);
    const admin = await signIn('admin@demo.example');
    const foreign = await admin.request({
      method: 'POST',
      url: '/api/committees',
      payload: { municipalityId: kk, administrationId: crypto.randomUUID(), name: 'X', abbreviation: 'X', kind: 'committee' },
    });
    expectProblem(foreign, 422);
    expect(violationPaths(foreign)).toEqual(['body.administrationId']);
    const badKind = await admin.request({ method: 'POST', url: '/api/committees', payload: { municipalityId: kk, name: 'X', abbreviation: 'X', kind: 'senate' } });
    expectProblem(badKind, 400);
    expect(violationPaths(badKind)).toEqual(['body.kind']);
    const caseWorker = await signIn('sagsbehandler@demo.example');
    expectProblem(
      await caseWorker.request({ method: 'POST', url: '/api/committees', payload: { municipalityId: kk, name: 'X', abbreviation: 'X', kind: 'committee' } }),
      403,
    );
    const br = (await admin.request({ method: 'GET', url: '/api/committees?kind=city_council' })).json().items[0] as Committee;
    expectProblem(await caseWorker.request({ method: 'PATCH', url: `/api/committees/${br.id}`, headers: ifMatch(br.version), payload: { name: 'BR' } }), 403);
    expectProblem(
      await admin.request({ method: 'PATCH', url: `/api/committees/${br.id}`, headers: ifMatch(br.version), payload: { administrationId: crypto.randomUUID() } }),
      422,
    );
    expectProblem(await admin.request({ method: 'PATCH', url: `/api/committees/${crypto.randomUUID()}`, headers: ifMatch(1), payload: { name: 'X' } }), 404);
    expect(await auditCount(t.db)).toBe(before);
  });
});
