/**
 * CON-IN-FORCE and CON-AREA-VULNERABLE through the API: at most five contracts in force in an urban
 * area on any day, counted across funding periods, and no contract outside the vulnerable areas.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';
import { auditCount, cachedSignIn, expectProblem, ifMatch } from '../helpers/registry.ts';

const t = useTestApp();
const signIn = cachedSignIn(t);

const rulesOf = (res: { json: () => unknown }) => ((res.json() as { violations?: { rule: string }[] }).violations ?? []).map((v) => v.rule);

async function refs() {
  const area = async (name: string) => (await t.db.selectFrom('urbanArea').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const interfaceAreas = async (period: string) =>
    (
      await t.db
        .selectFrom('interventionArea')
        .innerJoin('fundingPeriod', 'fundingPeriod.id', 'interventionArea.fundingPeriodId')
        .select('interventionArea.id')
        .where('fundingPeriod.name', '=', period)
        .where('interventionArea.municipalInterface', '=', true)
        .orderBy('interventionArea.number')
        .execute()
    ).map((a) => a.id);
  const group = async (name: string) =>
    (await t.db
      .selectFrom('workingGroup')
      .innerJoin('forum', 'forum.id', 'workingGroup.forumId')
      .innerJoin('urbanArea', 'urbanArea.id', 'forum.urbanAreaId')
      .select('workingGroup.id')
      .where('urbanArea.name', '=', name)
      .executeTakeFirstOrThrow()).id;
  return {
    husum: await area('Husum/Tingbjerg'),
    husumGroup: await group('Husum/Tingbjerg'),
    osterbro: await area('Østerbro'),
    norrebroGroup: await group('Nørrebro'),
    first: await interfaceAreas('2011–14'),
    second: await interfaceAreas('2015–18'),
  };
}

describe('CON-IN-FORCE', () => {
  it('allows the fifth contract in force at one time and refuses the sixth, across funding periods', async () => {
    const r = await refs();
    const admin = await signIn('admin@demo.example');
    const create = (interventionAreaId: string, validFrom: string, validTo: string) =>
      admin.request({ method: 'POST', url: '/api/contracts', payload: { urbanAreaId: r.husum, interventionAreaId, workingGroupId: r.husumGroup, content: { validFrom, validTo } } });
    for (const [i, id] of r.first.entries()) {
      const res = await create(id, '2012-01-01', '2015-12-31');
      expect(res.statusCode, `contract ${i + 1}: ${res.body}`).toBe(201);
    }
    // A 2015–18 contract from mid-2015 would be the sixth in force then.
    const before = await auditCount(t.db);
    const sixth = await create(r.second[0]!, '2015-06-01', '2018-12-31');
    expectProblem(sixth, 422);
    expect(rulesOf(sixth)).toEqual(['CON-IN-FORCE']);
    expect(sixth.json().violations[0]).toMatchObject({ path: 'body.content.validFrom' });
    expect(sixth.json().violations[0].message).toContain('5 kontrakter i kraft den 2015-06-01');
    // An open end is open: without a start it would be in force with the five.
    expect(rulesOf(await create(r.second[0]!, null as unknown as string, '2018-12-31'))).toEqual(['CON-IN-FORCE']);
    expect(await auditCount(t.db)).toBe(before);
    // From 2016, after the five have ended, it is allowed, even without an end.
    const later = await create(r.second[0]!, '2016-01-01', null as unknown as string);
    expect(later.statusCode, later.body).toBe(201);
  });

  it('refuses a new validity that makes a sixth in force (PATCH of a draft), and allows one that does not', async () => {
    const r = await refs();
    const admin = await signIn('admin@demo.example');
    const c = await t.db
      .selectFrom('contract')
      .select(['id', 'version'])
      .where('urbanAreaId', '=', r.husum)
      .where('interventionAreaId', '=', r.second[0]!)
      .executeTakeFirstOrThrow();
    const url = `/api/contracts/${c.id}`;
    const overlap = await admin.request({ method: 'PATCH', url, headers: ifMatch(c.version), payload: { content: { validFrom: '2015-12-31', validTo: '2018-12-31' } } });
    expectProblem(overlap, 422);
    expect(rulesOf(overlap)).toEqual(['CON-IN-FORCE']);
    const after = await admin.request({ method: 'PATCH', url, headers: ifMatch(c.version), payload: { content: { validFrom: '2016-01-01', validTo: '2018-12-31' } } });
    expect(after.statusCode, after.body).toBe(200);
    // The other three 2015–18 areas fit beside it once the 2011–14 contracts have ended: nine in all, five at most at once.
    for (const id of r.second.slice(1)) {
      const res = await admin.request({ method: 'POST', url: '/api/contracts', payload: { urbanAreaId: r.husum, interventionAreaId: id, workingGroupId: r.husumGroup, content: { validFrom: '2016-01-01', validTo: '2018-12-31' } } });
      expect(res.statusCode, res.body).toBe(201);
    }
    expect((await t.db.selectFrom('contract').select('id').where('urbanAreaId', '=', r.husum).execute()).length).toBe(9);
  });
});

describe('CON-AREA-VULNERABLE', () => {
  it('refuses a contract in an area that is not vulnerable (Østerbro), writing nothing', async () => {
    const r = await refs();
    const admin = await signIn('admin@demo.example');
    const before = await auditCount(t.db);
    const res = await admin.request({ method: 'POST', url: '/api/contracts', payload: { urbanAreaId: r.osterbro, interventionAreaId: r.first[0], workingGroupId: r.norrebroGroup } });
    expectProblem(res, 422);
    // Østerbro has no forum, so no working group of its own either.
    expect(rulesOf(res)).toEqual(['CON-AREA-VULNERABLE', 'CON-WORKING-GROUP']);
    expect(res.json().violations[0]).toMatchObject({ path: 'body.urbanAreaId' });
    expect(await auditCount(t.db)).toBe(before);
  });
});
