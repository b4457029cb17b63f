import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';
import { auditCount, cachedSignIn, auditOf, expectProblem, ifMatch, violationPaths } from '../helpers/registry.ts';

const t = useTestApp();
const signIn = cachedSignIn(t);
type Forum = { id: string; version: number; name: string; urbanAreaId: string; urbanArea: { id: string; name: string } };
type Member = { id: string; version: number; forumId: string; personName: string; organisation: string; forumRole: string };

async function forumOf(area: string): Promise<Forum> {
  const user = await signIn('fond@demo.example');
  const res = await user.request({ method: 'GET', url: '/api/forums' });
  return (res.json().items as Forum[]).find((f) => f.urbanArea.name === area)!;
}

describe('/api/forums', () => {
  it('lists the fora with their urban area, filters by urban area and gets one', async () => {
    const user = await signIn('forsker@demo.example');
    const list = await user.request({ method: 'GET', url: '/api/forums' });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as Forum[];
    // FORUM-VULNERABLE: one for each of the six vulnerable areas, none for Østerbro.
    expect(items).toHaveLength(6);
    expect(items.map((f) => f.urbanArea.name)).not.toContain('Østerbro');
    const norrebro = items.find((f) => f.urbanArea.name === 'Nørrebro')!;
    expect(norrebro).toMatchObject({ name: 'Boligsocialt Forum Nørrebro', urbanAreaId: norrebro.urbanArea.id });
    const filtered = await user.request({ method: 'GET', url: `/api/forums?urbanAreaId=${norrebro.urbanAreaId}` });
    expect(filtered.json().items.map((f: Forum) => f.id)).toEqual([norrebro.id]);
    const one = await user.request({ method: 'GET', url: `/api/forums/${norrebro.id}` });
    expect(one.statusCode).toBe(200);
    expect(one.headers.etag).toBe(`"${norrebro.version}"`);
    expect(one.json().urbanArea).toMatchObject({ id: norrebro.urbanAreaId, name: 'Nørrebro' });
    expectProblem(await user.request({ method: 'GET', url: `/api/forums/${crypto.randomUUID()}` }), 404);
    expectProblem(await user.request({ method: 'GET', url: '/api/forums?urbanAreaId=nope' }), 400);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/forums' }), 401);
  });

  it('lets a forum member of the area rename its forum, with If-Match, audited', async () => {
    const member = await signIn('forum@demo.example');
    const forum = await forumOf('Nørrebro');
    const url = `/api/forums/${forum.id}`;
    expectProblem(await member.request({ method: 'PATCH', url, payload: { name: 'Forum Nørrebro' } }), 428);
    const ok = await member.request({ method: 'PATCH', url, headers: ifMatch(forum.version), payload: { name: 'Forum Nørrebro' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Forum Nørrebro', version: forum.version + 1 });
    expectProblem(await member.request({ method: 'PATCH', url, headers: ifMatch(forum.version), payload: { name: 'X' } }), 412);
    const bad = await member.request({ method: 'PATCH', url, headers: ifMatch(forum.version + 1), payload: { name: '' } });
    expectProblem(bad, 400);
    expect(violationPaths(bad)).toEqual(['body.name']);
    expect((await auditOf(t.db, forum.id)).map((e) => e.action)).toEqual(['update']);
  });

  it("refuses another area's forum member, housing staff and unknown fora", async () => {
    const before = await auditCount(t.db);
    const bispebjerg = await forumOf('Bispebjerg');
    const member = await signIn('forum@demo.example');
    const url = `/api/forums/${bispebjerg.id}`;
    expectProblem(await member.request({ method: 'PATCH', url, headers: ifMatch(bispebjerg.version), payload: { name: 'X' } }), 403);
    const staff = await signIn('boligorganisation@demo.example');
    expectProblem(await staff.request({ method: 'PATCH', url, headers: ifMatch(bispebjerg.version), payload: { name: 'X' } }), 403);
    const admin = await signIn('admin@demo.example');
    expectProblem(
      await admin.request({ method: 'PATCH', url: `/api/forums/${crypto.randomUUID()}`, headers: ifMatch(1), payload: { name: 'X' } }),
      404,
    );
    expect(await auditCount(t.db)).toBe(before);
  });
});

describe('/api/forums/:id/members', () => {
  it('shows members (name, organisation, role and nothing else) but not to researchers', async () => {
    const forum = await forumOf('Bispebjerg');
    const url = `/api/forums/${forum.id}/members`;
    const officer = await signIn('fond@demo.example');
    const res = await officer.request({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Member[];
    // FORUM-MEMBERS: seven administrations, AAB, fsb, SAB and 3B (plans in the area), the local committee.
    expect(items).toHaveLength(12);
    expect(Object.keys(items[0]!).sort()).toEqual(
      ['administrationId', 'createdAt', 'forumId', 'forumRole', 'housingOrganisationId', 'id', 'organisation', 'personName', 'provenance', 'updatedAt', 'version'].sort(),
    );
    const researcher = await signIn('forsker@demo.example');
    expectProblem(await researcher.request({ method: 'GET', url }), 403);
    expectProblem(await officer.request({ method: 'GET', url: `/api/forums/${crypto.randomUUID()}/members` }), 404);
    expectProblem(await t.app.inject({ method: 'GET', url }), 401);
  });

  it('adds, changes and removes a member, each audited and version-checked', async () => {
    const forum = await forumOf('Nørrebro');
    const member = await signIn('forum@demo.example');
    const base = `/api/forums/${forum.id}/members`;
    const created = await member.request({
      method: 'POST',
      url: base,
      payload: { personName: 'Sara Nielsen', organisation: 'Kultur- og Fritidsforvaltningen', forumRole: 'Leder' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const m = created.json() as Member;
    expect(m).toMatchObject({ forumId: forum.id, personName: 'Sara Nielsen', version: 1 });
    expect(created.headers.etag).toBe('"1"');

    const url = `${base}/${m.id}`;
    expectProblem(await member.request({ method: 'PATCH', url, payload: { forumRole: 'Næstformand' } }), 428);
    const changed = await member.request({ method: 'PATCH', url, headers: ifMatch(1), payload: { forumRole: 'Næstformand' } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ forumRole: 'Næstformand', version: 2 });
    expectProblem(await member.request({ method: 'PATCH', url, headers: ifMatch(1), payload: { forumRole: 'X' } }), 412);

    expectProblem(await member.request({ method: 'DELETE', url }), 428);
    expectProblem(await member.request({ method: 'DELETE', url, headers: ifMatch(1) }), 412);
    const removed = await member.request({ method: 'DELETE', url, headers: ifMatch(2) });
    expect(removed.statusCode, removed.body).toBe(204);
    const list = await member.request({ method: 'GET', url: base });
    expect(list.json().items.map((x: Member) => x.id)).not.toContain(m.id);
    expectProblem(await member.request({ method: 'DELETE', url, headers: ifMatch(2) }), 404);

    const events = await auditOf(t.db, m.id);
    expect(events.map((e) => [e.action, e.resourceType])).toEqual([
      ['create', 'forumMember'],
      ['update', 'forumMember'],
      ['delete', 'forumMember'],
    ]);
    expect(events[2]).toMatchObject({ before: expect.objectContaining({ personName: 'Sara Nielsen' }), after: null });
  });

  it('lets an admin add members to any forum of the municipality', async () => {
    const forum = await forumOf('Valby/Vigerslev');
    const admin = await signIn('admin@demo.example');
    const res = await admin.request({
      method: 'POST',
      url: `/api/forums/${forum.id}/members`,
      payload: { personName: 'Ole Dam', organisation: 'Lokaludvalget', forumRole: 'Sekretær', provenance: 'example' },
    });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('refuses other fora, other roles, personal data beyond the three fields, and members of another forum', async () => {
    const norrebro = await forumOf('Nørrebro');
    const bispebjerg = await forumOf('Bispebjerg');
    const before = await auditCount(t.db);
    const payload = { personName: 'X Y', organisation: 'Z', forumRole: 'Leder' };
    const member = await signIn('forum@demo.example');
    expectProblem(await member.request({ method: 'POST', url: `/api/forums/${bispebjerg.id}/members`, payload }), 403);
    for (const email of ['sagsbehandler@demo.example', 'boligorganisation@demo.example', 'fond@demo.example', 'forsker@demo.example']) {
      const user = await signIn(email);
      expectProblem(await user.request({ method: 'POST', url: `/api/forums/${norrebro.id}/members`, payload }), 403);
    }
    const extra = await member.request({
      method: 'POST',
      url: `/api/forums/${norrebro.id}/members`,
      payload: { ...payload, email: 'x@y.dk', cpr: '0101011234' },
    });
    expectProblem(extra, 400);
    const missing = await member.request({ method: 'POST', url: `/api/forums/${norrebro.id}/members`, payload: { organisation: 'Z' } });
    expectProblem(missing, 400);
    expect(violationPaths(missing)).toEqual(expect.arrayContaining(['body.personName', 'body.forumRole']));
    expectProblem(await member.request({ method: 'POST', url: `/api/forums/${crypto.randomUUID()}/members`, payload }), 404);

    // A Bispebjerg member addressed through the Nørrebro forum does not exist there.
    const officer = await signIn('fond@demo.example');
    const other = (await officer.request({ method: 'GET', url: `/api/forums/${bispebjerg.id}/members` })).json().items[0] as Member;
    const crossUrl = `/api/forums/${norrebro.id}/members/${other.id}`;
    expectProblem(await member.request({ method: 'PATCH', url: crossUrl, headers: ifMatch(other.version), payload: { forumRole: 'X' } }), 404);
    expectProblem(await member.request({ method: 'DELETE', url: crossUrl, headers: ifMatch(other.version) }), 404);
    const direct = `/api/forums/${bispebjerg.id}/members/${other.id}`;
    expectProblem(await member.request({ method: 'DELETE', url: direct, headers: ifMatch(other.version) }), 403);
    expect(await auditCount(t.db)).toBe(before);
  });
});

describe('/api/forums/:id/working-groups', () => {
  it('lists, creates and changes working groups, audited', async () => {
    const forum = await forumOf('Nørrebro');
    const member = await signIn('forum@demo.example');
    const base = `/api/forums/${forum.id}/working-groups`;
    const list = await member.request({ method: 'GET', url: base });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(2);
    const created = await member.request({ method: 'POST', url: base, payload: { name: 'Arbejdsgruppe: Sundhed' } });
    expect(created.statusCode, created.body).toBe(201);
    const group = created.json();
    expect(group).toMatchObject({ forumId: forum.id, name: 'Arbejdsgruppe: Sundhed', purpose: '', version: 1 });
    const url = `${base}/${group.id}`;
    expectProblem(await member.request({ method: 'PATCH', url, payload: { purpose: 'Kontrakten for sundhed' } }), 428);
    const changed = await member.request({ method: 'PATCH', url, headers: ifMatch(1), payload: { purpose: 'Kontrakten for sundhed' } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ purpose: 'Kontrakten for sundhed', version: 2 });
    expectProblem(await member.request({ method: 'PATCH', url, headers: ifMatch(1), payload: { purpose: 'X' } }), 412);
    expect((await auditOf(t.db, group.id)).map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('removes a working group with If-Match, audited, only through its own forum', async () => {
    const norrebro = await forumOf('Nørrebro');
    const bispebjerg = await forumOf('Bispebjerg');
    const member = await signIn('forum@demo.example');
    const base = `/api/forums/${norrebro.id}/working-groups`;
    const group = (await member.request({ method: 'POST', url: base, payload: { name: 'Arbejdsgruppe: Kort levetid' } })).json();
    const url = `${base}/${group.id}`;
    const changed = await member.request({ method: 'PATCH', url, headers: ifMatch(1), payload: { purpose: 'Midlertidig' } });
    expect(changed.statusCode, changed.body).toBe(200);

    expectProblem(await member.request({ method: 'DELETE', url }), 428);
    expectProblem(await member.request({ method: 'DELETE', url, headers: ifMatch(1) }), 412);
    // Addressed through another forum, the group does not exist there.
    expectProblem(await member.request({ method: 'DELETE', url: `/api/forums/${bispebjerg.id}/working-groups/${group.id}`, headers: ifMatch(2) }), 404);
    const removed = await member.request({ method: 'DELETE', url, headers: ifMatch(2) });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await member.request({ method: 'GET', url: base })).json().items.map((g: { id: string }) => g.id)).not.toContain(group.id);
    expectProblem(await member.request({ method: 'DELETE', url, headers: ifMatch(2) }), 404);

    const events = await auditOf(t.db, group.id);
    expect(events.map((e) => [e.action, e.resourceType])).toEqual([
      ['create', 'workingGroup'],
      ['update', 'workingGroup'],
      ['delete', 'workingGroup'],
    ]);
    expect(events[2]).toMatchObject({ before: expect.objectContaining({ name: 'Arbejdsgruppe: Kort levetid', purpose: 'Midlertidig' }), after: null });
  });

  it("refuses another area's forum member, unknown groups and a group that drafts a contract (CON-WORKING-GROUP), writing nothing", async () => {
    const norrebro = await forumOf('Nørrebro');
    const bispebjerg = await forumOf('Bispebjerg');
    const admin = await signIn('admin@demo.example');
    const member = await signIn('forum@demo.example');
    const bispebjergGroup = (await admin.request({ method: 'GET', url: `/api/forums/${bispebjerg.id}/working-groups` })).json().items[0];
    const norrebroGroup = (await admin.request({ method: 'GET', url: `/api/forums/${norrebro.id}/working-groups` })).json().items[0];

    // A contract drafted by the Nørrebro group.
    const interventionArea = await t.db.selectFrom('interventionArea').select('id').executeTakeFirstOrThrow();
    await t.db
      .insertInto('contract')
      .values({ urbanAreaId: norrebro.urbanAreaId, interventionAreaId: interventionArea.id, workingGroupId: norrebroGroup.id, draft: JSON.stringify({}) })
      .execute();

    const before = await auditCount(t.db);
    const bispebjergUrl = `/api/forums/${bispebjerg.id}/working-groups/${bispebjergGroup.id}`;
    expectProblem(await member.request({ method: 'DELETE', url: bispebjergUrl, headers: ifMatch(bispebjergGroup.version) }), 403);
    const staff = await signIn('aab@demo.example');
    expectProblem(await staff.request({ method: 'DELETE', url: bispebjergUrl, headers: ifMatch(bispebjergGroup.version) }), 403);
    expectProblem(
      await admin.request({ method: 'DELETE', url: `/api/forums/${bispebjerg.id}/working-groups/${crypto.randomUUID()}`, headers: ifMatch(1) }),
      404,
    );

    const url = `/api/forums/${norrebro.id}/working-groups/${norrebroGroup.id}`;
    const inUse = await member.request({ method: 'DELETE', url, headers: ifMatch(norrebroGroup.version) });
    expectProblem(inUse, 409);
    const problem = inUse.json() as { detail: string; violations: { rule: string; path: string; message: string }[] };
    expect(problem.detail).toContain(`Arbejdsgruppen «${norrebroGroup.name}» udarbejder en samarbejdskontrakt og kan ikke fjernes`);
    expect(problem.detail).toContain('CON-WORKING-GROUP');
    expect(problem.violations).toEqual([expect.objectContaining({ rule: 'CON-WORKING-GROUP', path: 'params.groupId' })]);
    const inUseEn = await member.request({ method: 'DELETE', url, headers: { ...ifMatch(norrebroGroup.version), 'accept-language': 'en' } });
    expectProblem(inUseEn, 409);
    expect(inUseEn.json().detail).toContain(`The working group "${norrebroGroup.name}" drafts a cooperation contract and cannot be removed`);

    expect((await admin.request({ method: 'GET', url: `/api/forums/${norrebro.id}/working-groups` })).json().items.map((g: { id: string }) => g.id)).toContain(norrebroGroup.id);
    expect(await auditCount(t.db)).toBe(before);
  });

  it('refuses other fora and roles, bad input and unknown ids, writing nothing', async () => {
    const bispebjerg = await forumOf('Bispebjerg');
    const before = await auditCount(t.db);
    const member = await signIn('forum@demo.example');
    const base = `/api/forums/${bispebjerg.id}/working-groups`;
    expectProblem(await member.request({ method: 'POST', url: base, payload: { name: 'X' } }), 403);
    const staff = await signIn('aab@demo.example');
    expectProblem(await staff.request({ method: 'POST', url: base, payload: { name: 'X' } }), 403);
    const admin = await signIn('admin@demo.example');
    const bad = await admin.request({ method: 'POST', url: base, payload: { name: 7 } });
    expectProblem(bad, 400);
    expect(violationPaths(bad)).toEqual(['body.name']);
    const group = (await admin.request({ method: 'GET', url: base })).json().items[0];
    expectProblem(await member.request({ method: 'PATCH', url: `${base}/${group.id}`, headers: ifMatch(group.version), payload: { name: 'X' } }), 403);
    expectProblem(await admin.request({ method: 'PATCH', url: `${base}/${crypto.randomUUID()}`, headers: ifMatch(1), payload: { name: 'X' } }), 404);
    expectProblem(await admin.request({ method: 'GET', url: `/api/forums/${crypto.randomUUID()}/working-groups` }), 404);
    expect(await auditCount(t.db)).toBe(before);
  });
});
