import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';

const t = useTestApp();
const password = 'correct horse battery';

const idOf = async (table: 'administration' | 'housingOrganisation' | 'urbanArea', column: 'abbreviation' | 'name', value: string) =>
  (await t.db.selectFrom(table).select('id').where(column, '=', value).executeTakeFirstOrThrow()).id;

async function signInWith(email: string, pw: string) {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: pw } });
  const cookie = res.cookies.find((c) => c.name === 'boligsocial_session');
  return { status: res.statusCode, cookie: cookie ? `${cookie.name}=${cookie.value}` : '' };
}

describe('users', () => {
  it('is for admins only', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
    for (const email of ['fond@demo.example', 'sagsbehandler@demo.example', 'boligorganisation@demo.example']) {
      const user = await t.signIn(email);
      expect((await user.request({ method: 'GET', url: '/api/users' })).statusCode, email).toBe(403);
      const add = await user.request({ method: 'POST', url: '/api/users', payload: { email: 'x@y.dk', displayName: 'X', role: 'researcher', password } });
      expect(add.statusCode, email).toBe(403);
    }
  });

  it('lists the users of the admin’s municipality, never a password hash', async () => {
    const admin = await t.signIn('admin@demo.example');
    const res = await admin.request({ method: 'GET', url: '/api/users' });
    expect(res.statusCode).toBe(200);
    const emails = (res.json().items as { email: string }[]).map((u) => u.email);
    expect(emails).toEqual(expect.arrayContaining(['admin@demo.example', 'sagsbehandler@demo.example', 'boligorganisation@demo.example', 'forum@demo.example']));
    expect(emails).not.toContain('fond@demo.example');
    expect(res.body).not.toMatch(/password|argon2/i);
    const filtered = await admin.request({ method: 'GET', url: '/api/users?role=case_worker' });
    expect((filtered.json().items as { role: string }[]).every((u) => u.role === 'case_worker')).toBe(true);
  });

  it('adds a user: e-mail in lower case, argon2id, can sign in, audited without the password', async () => {
    const admin = await t.signIn('admin@demo.example');
    const housingOrganisationId = await idOf('housingOrganisation', 'name', 'fsb');
    const res = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { email: '  Ny.Medarbejder@FSB.example ', displayName: 'Ny Medarbejder', role: 'housing_staff', password, housingOrganisationId },
    });
    expect(res.statusCode, res.body).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({ email: 'ny.medarbejder@fsb.example', role: 'housing_staff', housingOrganisationId, active: true, demo: false, version: 1 });
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).not.toMatch(/password|argon2/i);

    const row = await t.db.selectFrom('appUser').select('passwordHash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect((await signInWith('ny.medarbejder@fsb.example', password)).status).toBe(204);

    const events = await t.db.selectFrom('auditEvent').selectAll().where('resourceType', '=', 'user').where('resourceId', '=', user.id).execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'create' });
    expect(JSON.stringify(events[0])).not.toMatch(/password|argon2|battery/i);

    const again = await admin.request({ method: 'POST', url: '/api/users', payload: { email: 'NY.MEDARBEJDER@fsb.example', displayName: 'Igen', role: 'housing_staff', password, housingOrganisationId } });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a short password and a scope that does not fit the role with 422 naming the field', async () => {
    const admin = await t.signIn('admin@demo.example');
    const administrationId = await idOf('administration', 'abbreviation', 'BUF');
    const housingOrganisationId = await idOf('housingOrganisation', 'name', 'AAB');
    const cases: [object, string][] = [
      [{ role: 'case_worker', administrationId, password: 'short' }, 'password'],
      [{ role: 'case_worker', password }, 'administrationId'],
      [{ role: 'housing_staff', password, administrationId }, 'housingOrganisationId'],
      [{ role: 'case_worker', password, administrationId, housingOrganisationId }, 'housingOrganisationId'],
      [{ role: 'forum_member', password, urbanAreaId: crypto.randomUUID() }, 'urbanAreaId'],
      [{ role: 'admin', password }, 'municipalityId'],
    ];
    for (const [body, path] of cases) {
      const res = await admin.request({ method: 'POST', url: '/api/users', payload: { email: 'scope@kk.example', displayName: 'S', ...body } });
      expect(res.statusCode, JSON.stringify(body)).toBe(422);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().violations.map((v: { path: string }) => v.path), JSON.stringify(body)).toContain(path);
    }
    const bad = await admin.request({ method: 'POST', url: '/api/users', payload: { email: 'not-an-email', displayName: 'S', role: 'researcher', password, extra: 1 } });
    expect(bad.statusCode).toBe(400);
    const ok = await admin.request({ method: 'POST', url: '/api/users', payload: { email: 'scope@kk.example', displayName: 'S', role: 'case_worker', password, administrationId } });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().municipalityId).toBe((await t.db.selectFrom('municipality').select('id').executeTakeFirstOrThrow()).id);
  });

  it('keeps an admin within their own municipality', async () => {
    const admin = await t.signIn('admin@demo.example');
    const other = await t.db.insertInto('municipality').values({ code: '751', name: 'Aarhus Kommune' }).returning('id').executeTakeFirstOrThrow();
    const foreignAdmin = await admin.request({ method: 'POST', url: '/api/users', payload: { email: 'a@aarhus.example', displayName: 'A', role: 'admin', password, municipalityId: other.id } });
    expect(foreignAdmin.statusCode).toBe(403);
    const national = await admin.request({ method: 'POST', url: '/api/users', payload: { email: 'f@lbf.example', displayName: 'F', role: 'fund_officer', password } });
    expect(national.statusCode).toBe(403);
    const fund = await t.db.selectFrom('appUser').select('id').where('email', '=', 'fond@demo.example').executeTakeFirstOrThrow();
    expect((await admin.request({ method: 'GET', url: `/api/users/${fund.id}` })).statusCode).toBe(403);
    expect((await admin.request({ method: 'PATCH', url: `/api/users/${fund.id}`, headers: { 'if-match': '"1"' }, payload: { displayName: 'X' } })).statusCode).toBe(403);
  });

  it('changes role and scope with If-Match, and deactivating ends the sessions', async () => {
    const admin = await t.signIn('admin@demo.example');
    const created = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'skifter@kk.example', displayName: 'Skifter', role: 'forum_member', password, urbanAreaId: await idOf('urbanArea', 'name', 'Bispebjerg') },
    });
    expect(created.statusCode, created.body).toBe(201);
    const url = `/api/users/${created.json().id}`;
    const administrationId = await idOf('administration', 'abbreviation', 'SOF');

    expect((await admin.request({ method: 'PATCH', url, payload: { displayName: 'Y' } })).statusCode).toBe(428);
    const changed = await admin.request({ method: 'PATCH', url, headers: { 'if-match': '"1"' }, payload: { role: 'case_worker', administrationId } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ role: 'case_worker', administrationId, urbanAreaId: null, version: 2 });
    expect(changed.headers.etag).toBe('"2"');
    expect((await admin.request({ method: 'PATCH', url, headers: { 'if-match': '"1"' }, payload: { displayName: 'Y' } })).statusCode).toBe(412);
    const noScope = await admin.request({ method: 'PATCH', url, headers: { 'if-match': '"2"' }, payload: { role: 'housing_staff' } });
    expect(noScope.statusCode).toBe(422);
    expect(noScope.json().violations[0].path).toBe('housingOrganisationId');

    const session = await signInWith('skifter@kk.example', password);
    expect(session.status).toBe(204);
    const me = () => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect((await me()).statusCode).toBe(200);
    const off = await admin.request({ method: 'PATCH', url, headers: { 'if-match': '"2"' }, payload: { active: false } });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().active).toBe(false);
    expect((await me()).statusCode).toBe(401);
    expect(await t.db.selectFrom('session').select('tokenHash').where('userId', '=', created.json().id).execute()).toHaveLength(0);
    expect((await signInWith('skifter@kk.example', password)).status).toBe(401);

    const events = await t.db.selectFrom('auditEvent').select(['action']).where('resourceType', '=', 'user').where('resourceId', '=', created.json().id).orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['create', 'update', 'update']);
  });

  it('does not let an admin lock themselves out', async () => {
    const admin = await t.signIn('admin@demo.example');
    const me = (await admin.request({ method: 'GET', url: '/api/auth/me' })).json();
    const current = await admin.request({ method: 'GET', url: `/api/users/${me.id}` });
    const res = await admin.request({ method: 'PATCH', url: `/api/users/${me.id}`, headers: { 'if-match': current.headers.etag as string }, payload: { active: false } });
    expect(res.statusCode).toBe(422);
  });
});
