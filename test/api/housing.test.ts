import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';
import { auditCount, auditOf, cachedSignIn, expectProblem, ifMatch, otherMunicipality, violationPaths } from '../helpers/registry.ts';

const t = useTestApp();
const signIn = cachedSignIn(t);
type Organisation = { id: string; version: number; name: string; shortName: string; administrator: string | null };
type Estate = {
  id: string;
  version: number;
  name: string;
  housingOrganisationId: string;
  housingOrganisationName: string;
  urbanAreaId: string;
  urbanAreaName: string;
};

async function organisation(name: string): Promise<Organisation> {
  const user = await signIn('fond@demo.example');
  const res = await user.request({ method: 'GET', url: `/api/housing-organisations?q=${encodeURIComponent(name)}` });
  return (res.json().items as Organisation[]).find((o) => o.name === name)!;
}
async function estate(name: string): Promise<Estate> {
  const user = await signIn('fond@demo.example');
  const res = await user.request({ method: 'GET', url: `/api/estates?q=${encodeURIComponent(name)}` });
  return (res.json().items as Estate[]).find((e) => e.name === name)!;
}
async function urbanAreaId(name: string): Promise<string> {
  const user = await signIn('fond@demo.example');
  const res = await user.request({ method: 'GET', url: `/api/urban-areas?q=${encodeURIComponent(name)}` });
  return res.json().items[0].id;
}

describe('/api/housing-organisations', () => {
  it('lists, searches and gets organisations', async () => {
    const user = await signIn('forsker@demo.example');
    const list = await user.request({ method: 'GET', url: '/api/housing-organisations?limit=3' });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(3);
    const page2 = await user.request({ method: 'GET', url: `/api/housing-organisations?limit=3&cursor=${list.json().next}` });
    expect(page2.json().items).toHaveLength(3);
    const six = await user.request({ method: 'GET', url: '/api/housing-organisations?limit=6' });
    expect([...list.json().items, ...page2.json().items]).toEqual(six.json().items);
    const akb = await organisation('AKB, København');
    expect(akb).toMatchObject({ shortName: 'AKB', administrator: 'KAB' });
    const one = await user.request({ method: 'GET', url: `/api/housing-organisations/${akb.id}` });
    expect(one.statusCode).toBe(200);
    expect(one.headers.etag).toBe(`"${akb.version}"`);
    expectProblem(await user.request({ method: 'GET', url: `/api/housing-organisations/${crypto.randomUUID()}` }), 404);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/housing-organisations' }), 401);
  });

  it('lets an admin add an organisation, but not housing staff', async () => {
    const before = await auditCount(t.db);
    const staff = await signIn('boligorganisation@demo.example');
    expectProblem(await staff.request({ method: 'POST', url: '/api/housing-organisations', payload: { name: 'KAB', shortName: 'KAB' } }), 403);
    const caseWorker = await signIn('sagsbehandler@demo.example');
    expectProblem(await caseWorker.request({ method: 'POST', url: '/api/housing-organisations', payload: { name: 'KAB', shortName: 'KAB' } }), 403);
    const admin = await signIn('admin@demo.example');
    const bad = await admin.request({ method: 'POST', url: '/api/housing-organisations', payload: { name: 'KAB' } });
    expectProblem(bad, 400);
    expect(violationPaths(bad)).toEqual(['body.shortName']);
    expect(await auditCount(t.db)).toBe(before);
    const res = await admin.request({ method: 'POST', url: '/api/housing-organisations', payload: { name: 'Boligselskabet Sjælland', shortName: 'BoSj' } });
    expect(res.statusCode, res.body).toBe(201);
    // Data entered through the API is real data, never labelled as example data.
    expect(res.json()).toMatchObject({ administrator: null, provenance: 'published', version: 1 });
    expect((await auditOf(t.db, res.json().id)).map((e) => e.action)).toEqual(['create']);
    expectProblem(await admin.request({ method: 'POST', url: '/api/housing-organisations', payload: { name: 'fsb', shortName: 'fsb' } }), 409);
  });

  it('lets staff edit their own organisation only, with If-Match', async () => {
    const fsb = await organisation('fsb');
    const aab = await organisation('AAB');
    const staff = await signIn('boligorganisation@demo.example');
    const url = `/api/housing-organisations/${fsb.id}`;
    expectProblem(await staff.request({ method: 'PATCH', url, payload: { shortName: 'FSB' } }), 428);
    const ok = await staff.request({ method: 'PATCH', url, headers: ifMatch(fsb.version), payload: { shortName: 'FSB' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ shortName: 'FSB', version: fsb.version + 1 });
    const before = await auditCount(t.db);
    expectProblem(await staff.request({ method: 'PATCH', url, headers: ifMatch(fsb.version), payload: { shortName: 'x' } }), 412);
    expectProblem(
      await staff.request({ method: 'PATCH', url: `/api/housing-organisations/${aab.id}`, headers: ifMatch(aab.version), payload: { shortName: 'x' } }),
      403,
    );
    expect(await auditCount(t.db)).toBe(before);
    expect((await auditOf(t.db, fsb.id)).map((e) => e.action)).toEqual(['update']);
  });
});

describe('/api/estates', () => {
  it('lists estates with organisation and urban area names, filtered', async () => {
    const user = await signIn('forsker@demo.example');
    const fsb = await organisation('fsb');
    const byOrg = await user.request({ method: 'GET', url: `/api/estates?housingOrganisationId=${fsb.id}` });
    expect(byOrg.statusCode).toBe(200);
    const items = byOrg.json().items as Estate[];
    expect(items.length).toBeGreaterThan(5);
    expect(items.every((e) => e.housingOrganisationName === 'fsb')).toBe(true);
    const areaId = await urbanAreaId('Valby');
    const byArea = await user.request({ method: 'GET', url: `/api/estates?urbanAreaId=${areaId}` });
    const inValby = byArea.json().items as Estate[];
    expect(inValby.map((e) => e.name)).toEqual(expect.arrayContaining(['Akacieparken', 'Lukretiavej']));
    expect(inValby.every((e) => e.urbanAreaName === 'Valby/Vigerslev')).toBe(true);
    const byNumber = await user.request({ method: 'GET', url: '/api/estates?q=463' });
    expect(byNumber.json().items).toEqual([
      expect.objectContaining({ name: 'Akacieparken', housingOrganisationName: 'Lejerbo', urbanAreaName: 'Valby/Vigerslev', departmentNumber: '463' }),
    ]);
    const one = await user.request({ method: 'GET', url: `/api/estates/${items[0]!.id}` });
    expect(one.statusCode).toBe(200);
    expect(one.headers.etag).toBe(`"${items[0]!.version}"`);
    expectProblem(await user.request({ method: 'GET', url: `/api/estates/${crypto.randomUUID()}` }), 404);
    expectProblem(await user.request({ method: 'GET', url: '/api/estates?urbanAreaId=1' }), 400);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/estates' }), 401);
  });

  it('lets staff register an estate of their own organisation, not of another', async () => {
    const fsb = await organisation('fsb');
    const aab = await organisation('AAB');
    const areaId = await urbanAreaId('Bispebjerg');
    const staff = await signIn('boligorganisation@demo.example');
    const before = await auditCount(t.db);
    expectProblem(
      await staff.request({ method: 'POST', url: '/api/estates', payload: { housingOrganisationId: aab.id, urbanAreaId: areaId, name: 'AAB afd. 99' } }),
      403,
    );
    const member = await signIn('forum@demo.example');
    expectProblem(
      await member.request({ method: 'POST', url: '/api/estates', payload: { housingOrganisationId: fsb.id, urbanAreaId: areaId, name: 'X' } }),
      403,
    );
    const bad = await staff.request({ method: 'POST', url: '/api/estates', payload: { housingOrganisationId: fsb.id, urbanAreaId: areaId, name: 'X', dwellings: -1 } });
    expectProblem(bad, 400);
    expect(violationPaths(bad)).toEqual(['body.dwellings']);
    const unknownArea = await staff.request({
      method: 'POST',
      url: '/api/estates',
      payload: { housingOrganisationId: fsb.id, urbanAreaId: crypto.randomUUID(), name: 'X' },
    });
    expectProblem(unknownArea, 422);
    expect(violationPaths(unknownArea)).toEqual(['body.urbanAreaId']);
    expect(await auditCount(t.db)).toBe(before);

    const res = await staff.request({
      method: 'POST',
      url: '/api/estates',
      payload: { housingOrganisationId: fsb.id, urbanAreaId: areaId, name: 'Bispebjerg Bakke', departmentNumber: '51', dwellings: 120 },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ housingOrganisationName: 'fsb', urbanAreaName: 'Bispebjerg', dwellings: 120, version: 1 });
    expect((await auditOf(t.db, res.json().id)).map((e) => [e.action, e.resourceType])).toEqual([['create', 'estate']]);
  });

  it("answers 403 to housing staff editing another organisation's estate", async () => {
    const aabEstate = await estate('AAB afd. 38');
    const staff = await signIn('boligorganisation@demo.example');
    const before = await auditCount(t.db);
    const res = await staff.request({
      method: 'PATCH',
      url: `/api/estates/${aabEstate.id}`,
      headers: ifMatch(aabEstate.version),
      payload: { dwellings: 10 },
    });
    expectProblem(res, 403);
    expect(await auditCount(t.db)).toBe(before);
    expect((await estate('AAB afd. 38')).version).toBe(aabEstate.version);
  });

  it('lets staff edit their own estate with If-Match, audited', async () => {
    const voldparken = await estate('Voldparken');
    const staff = await signIn('boligorganisation@demo.example');
    const url = `/api/estates/${voldparken.id}`;
    expectProblem(await staff.request({ method: 'PATCH', url, payload: { dwellings: 600 } }), 428);
    const ok = await staff.request({ method: 'PATCH', url, headers: ifMatch(voldparken.version), payload: { dwellings: 600 } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ dwellings: 600, version: voldparken.version + 1, housingOrganisationName: 'fsb' });
    expectProblem(await staff.request({ method: 'PATCH', url, headers: ifMatch(voldparken.version), payload: { dwellings: 1 } }), 412);
    const events = await auditOf(t.db, voldparken.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'update', before: expect.objectContaining({ dwellings: null }), after: expect.objectContaining({ dwellings: 600 }) });
    const admin = await signIn('admin@demo.example');
    expectProblem(await admin.request({ method: 'PATCH', url: `/api/estates/${crypto.randomUUID()}`, headers: ifMatch(1), payload: { dwellings: 1 } }), 404);
  });

  it('moves an estate only with the right to both the old and the new scope', async () => {
    const aab = await organisation('AAB');
    const fsb = await organisation('fsb');
    const husumgaard = await estate('Husumgård');
    const url = `/api/estates/${husumgaard.id}`;
    const before = await auditCount(t.db);
    // fsb staff may not hand their estate over to AAB, nor may AAB staff take it.
    const fsbStaff = await signIn('boligorganisation@demo.example');
    expectProblem(await fsbStaff.request({ method: 'PATCH', url, headers: ifMatch(husumgaard.version), payload: { housingOrganisationId: aab.id } }), 403);
    const aabStaff = await signIn('aab@demo.example');
    expectProblem(await aabStaff.request({ method: 'PATCH', url, headers: ifMatch(husumgaard.version), payload: { housingOrganisationId: aab.id } }), 403);
    // The admin may not move it into another municipality's urban area.
    const other = await otherMunicipality(t.db);
    const admin = await signIn('admin@demo.example');
    expectProblem(await admin.request({ method: 'PATCH', url, headers: ifMatch(husumgaard.version), payload: { urbanAreaId: other.urbanAreaId } }), 403);
    expectProblem(
      await admin.request({ method: 'PATCH', url, headers: ifMatch(husumgaard.version), payload: { housingOrganisationId: crypto.randomUUID() } }),
      422,
    );
    expect(await auditCount(t.db)).toBe(before);
    // Staff may move their own estate between urban areas of a municipality; the admin between owners.
    const bispebjerg = await urbanAreaId('Bispebjerg');
    const moved = await fsbStaff.request({ method: 'PATCH', url, headers: ifMatch(husumgaard.version), payload: { urbanAreaId: bispebjerg } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ urbanAreaName: 'Bispebjerg', housingOrganisationId: fsb.id });
    const handedOver = await admin.request({ method: 'PATCH', url, headers: ifMatch(husumgaard.version + 1), payload: { housingOrganisationId: aab.id } });
    expect(handedOver.statusCode, handedOver.body).toBe(200);
    expect(handedOver.json()).toMatchObject({ housingOrganisationName: 'AAB', version: husumgaard.version + 2 });
    expect((await auditOf(t.db, husumgaard.id)).map((e) => e.action)).toEqual(['update', 'update']);
  });
});
