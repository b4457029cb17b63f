/**
 * FORUM-VULNERABLE and FORUM-MEMBERS through the API: a forum follows its area's vulnerability, the
 * database refuses any other, and the forum page warns about administrations and housing
 * organisations with plans in the area that have no representative.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';
import { auditOf, cachedSignIn, expectProblem, ifMatch, otherMunicipality } from '../helpers/registry.ts';

const t = useTestApp();
const signIn = cachedSignIn(t);
type Area = { id: string; version: number; name: string; vulnerable: boolean; forumId: string | null };
type Finding = { rule: string; severity: string; message: string; path: string };

const areaNamed = (name: string) => t.db.selectFrom('urbanArea').selectAll().where('name', '=', name).executeTakeFirstOrThrow();
const municipalityId = async () => (await t.db.selectFrom('municipality').select('id').where('code', '=', '101').executeTakeFirstOrThrow()).id;

describe('FORUM-VULNERABLE', () => {
  it('gives a new area a forum only when it is vulnerable', async () => {
    const admin = await signIn('admin@demo.example');
    const mid = await municipalityId();
    const plain = await admin.request({ method: 'POST', url: '/api/urban-areas', payload: { municipalityId: mid, name: 'Sundby Nord' } });
    expect(plain.statusCode, plain.body).toBe(201);
    expect(plain.json().forumId).toBeNull();
    const vulnerable = await admin.request({ method: 'POST', url: '/api/urban-areas', payload: { municipalityId: mid, name: 'Sundby Syd', vulnerable: true } });
    expect(vulnerable.statusCode, vulnerable.body).toBe(201);
    const forumId = vulnerable.json().forumId as string;
    const forum = await admin.request({ method: 'GET', url: `/api/forums/${forumId}` });
    expect(forum.json()).toMatchObject({ name: 'Boligsocialt Forum Sundby Syd', urbanAreaId: vulnerable.json().id });
  });

  it('creates the forum when an area becomes vulnerable and closes it, while empty, when it stops', async () => {
    const admin = await signIn('admin@demo.example');
    const osterbro = await areaNamed('Østerbro');
    const url = `/api/urban-areas/${osterbro.id}`;
    const made = await admin.request({ method: 'PATCH', url, headers: ifMatch(osterbro.version), payload: { vulnerable: true } });
    expect(made.statusCode, made.body).toBe(200);
    const forumId = (made.json() as Area).forumId!;
    expect(forumId).toEqual(expect.any(String));
    const back = await admin.request({ method: 'PATCH', url, headers: ifMatch(osterbro.version + 1), payload: { vulnerable: false } });
    expect(back.statusCode, back.body).toBe(200);
    expect((back.json() as Area).forumId).toBeNull();
    expectProblem(await admin.request({ method: 'GET', url: `/api/forums/${forumId}` }), 404);
    expect((await auditOf(t.db, forumId)).map((e) => e.action)).toEqual(['create', 'delete']);
  });

  it('refuses (409) an area that stops being vulnerable while its forum has members or working groups, writing nothing', async () => {
    const admin = await signIn('admin@demo.example');
    const bispebjerg = await areaNamed('Bispebjerg');
    const res = await admin.request({ method: 'PATCH', url: `/api/urban-areas/${bispebjerg.id}`, headers: ifMatch(bispebjerg.version), payload: { vulnerable: false } });
    const problem = expectProblem(res, 409);
    expect(problem.violations).toEqual([expect.objectContaining({ rule: 'FORUM-VULNERABLE', path: 'body.vulnerable' })]);
    expect(await areaNamed('Bispebjerg')).toMatchObject({ vulnerable: true, version: bispebjerg.version });
  });

  it('is held by the database itself: no forum for a non-vulnerable area, whatever code runs', async () => {
    const osterbro = await areaNamed('Østerbro');
    expect(osterbro.vulnerable).toBe(false);
    await expect(t.db.insertInto('forum').values({ urbanAreaId: osterbro.id, name: 'Forum Østerbro' }).execute()).rejects.toThrow(/FORUM-VULNERABLE/);
    const norrebro = await areaNamed('Nørrebro');
    await expect(t.db.updateTable('urbanArea').set({ vulnerable: false }).where('id', '=', norrebro.id).execute()).rejects.toThrow(/FORUM-VULNERABLE/);
    expect((await areaNamed('Nørrebro')).vulnerable).toBe(true);
  });
});

describe('FORUM-MEMBERS', () => {
  const overview = async (area: string) => {
    const user = await signIn('fond@demo.example');
    const { forumId } = (await t.db.selectFrom('forum').innerJoin('urbanArea', 'urbanArea.id', 'forum.urbanAreaId').select('forum.id as forumId').where('urbanArea.name', '=', area).executeTakeFirstOrThrow());
    const res = await user.request({ method: 'GET', url: `/api/forums/${forumId}/overview` });
    expect(res.statusCode, res.body).toBe(200);
    return { forumId, findings: res.json().findings as Finding[] };
  };

  it('finds nothing on a demo forum: every administration and organisation with plans has a representative', async () => {
    for (const area of ['Nørrebro', 'Bispebjerg', 'Husum/Tingbjerg', 'Amager/Sundby', 'Vesterbro/Sydhavnen', 'Valby/Vigerslev']) {
      expect((await overview(area)).findings, area).toEqual([]);
    }
  });

  it('warns with the rule id for a missing administration and for an organisation with a plan but no representative', async () => {
    const { forumId } = await overview('Valby/Vigerslev');
    const admin = await signIn('admin@demo.example');
    const buf = await t.db
      .selectFrom('forumMember')
      .innerJoin('administration', 'administration.id', 'forumMember.administrationId')
      .select(['forumMember.id', 'forumMember.version'])
      .where('forumMember.forumId', '=', forumId)
      .where('administration.abbreviation', '=', 'BUF')
      .executeTakeFirstOrThrow();
    const removed = await admin.request({ method: 'DELETE', url: `/api/forums/${forumId}/members/${buf.id}`, headers: ifMatch(buf.version) });
    expect(removed.statusCode, removed.body).toBe(204);
    // A plan in the area led by an organisation nobody represents.
    const area = await areaNamed('Valby/Vigerslev');
    const vibo = await t.db.selectFrom('housingOrganisation').select('id').where('name', '=', 'VIBO').executeTakeFirstOrThrow();
    const period = await t.db.selectFrom('fundingPeriod').select('id').where('name', '=', '2011–14').executeTakeFirstOrThrow();
    await t.db
      .insertInto('plan')
      .values({ name: 'Prøveplan Valby', fundingPeriodId: period.id, urbanAreaId: area.id, housingOrganisationId: vibo.id, startDate: '2012-01-01', endDate: '2015-12-31' })
      .execute();
    const { findings } = await overview('Valby/Vigerslev');
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['FORUM-MEMBERS', 'warning'],
      ['FORUM-MEMBERS', 'warning'],
    ]);
    expect(findings[0]!.message).toContain('Børne- og Ungdomsforvaltningen');
    expect(findings[1]!.message).toContain('VIBO');

    // Adding a member who represents VIBO leaves the administration's warning only.
    const added = await admin.request({
      method: 'POST',
      url: `/api/forums/${forumId}/members`,
      payload: { personName: 'Nina Holt', organisation: 'VIBO', forumRole: 'Boligsocial koordinator', housingOrganisationId: vibo.id },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect((await overview('Valby/Vigerslev')).findings.map((f) => f.message)).toEqual([expect.stringContaining('Børne- og Ungdomsforvaltningen')]);
  });

  it("refuses a member who represents another municipality's administration, or two at once (422)", async () => {
    const { forumId } = await overview('Nørrebro');
    const admin = await signIn('admin@demo.example');
    const other = await otherMunicipality(t.db);
    const foreign = await t.db.insertInto('administration').values({ municipalityId: other.municipalityId, name: 'Frederiksberg Forvaltning', abbreviation: 'FF' }).returning('id').executeTakeFirstOrThrow();
    const url = `/api/forums/${forumId}/members`;
    const base = { personName: 'Per Hansen', organisation: 'X', forumRole: 'Leder' };
    const wrong = expectProblem(await admin.request({ method: 'POST', url, payload: { ...base, administrationId: foreign.id } }), 422);
    expect(wrong.violations).toEqual([expect.objectContaining({ rule: 'REFERENCE', path: 'body.administrationId' })]);
    const own = await t.db.selectFrom('administration').select('id').where('abbreviation', '=', 'TMF').executeTakeFirstOrThrow();
    const fsb = await t.db.selectFrom('housingOrganisation').select('id').where('name', '=', 'fsb').executeTakeFirstOrThrow();
    const both = expectProblem(await admin.request({ method: 'POST', url, payload: { ...base, administrationId: own.id, housingOrganisationId: fsb.id } }), 422);
    expect(both.violations).toEqual([expect.objectContaining({ rule: 'FORUM-MEMBERS' })]);
  });
});
