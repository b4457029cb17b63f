import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';

const t = useTestApp();

describe('sign-in and sessions', () => {
  it('signs in, tells who I am, and signs out', async () => {
    const admin = await t.signIn('admin@demo.example');
    const me = await admin.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: 'admin@demo.example', role: 'admin' });
    const out = await admin.request({ method: 'POST', url: '/api/auth/logout' });
    expect(out.statusCode).toBe(204);
    const after = await admin.request({ method: 'GET', url: '/api/auth/me' });
    expect(after.statusCode).toBe(401);
    expect(after.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('refuses a wrong password with 401 in Danish, and in English on request', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'forsker@demo.example', password: 'nope' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toBe('Forkert e-mail eller adgangskode');
    const en = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'en' }, payload: { email: 'x@y.z', password: 'nope' } });
    expect(en.json().detail).toBe('Wrong e-mail or password');
  });
});

describe('registry', () => {
  it('lists the six vulnerable urban areas of Copenhagen', async () => {
    const user = await t.signIn('fond@demo.example');
    const res = await user.request({ method: 'GET', url: '/api/urban-areas?vulnerable=true' });
    expect(res.statusCode).toBe(200);
    const names = (res.json().items as { name: string }[]).map((a) => a.name).sort();
    expect(names).toEqual(['Amager/Sundby', 'Bispebjerg', 'Husum/Tingbjerg', 'Nørrebro', 'Valby/Vigerslev', 'Vesterbro/Sydhavnen']);
  });

  it('searches names literally: % and _ are not wildcards', async () => {
    const user = await t.signIn('fond@demo.example');
    const search = async (q: string) =>
      (await user.request({ method: 'GET', url: `/api/urban-areas?q=${encodeURIComponent(q)}` })).json().items.length;
    expect(await search('rebro')).toBe(1);
    expect(await search('%')).toBe(0);
    expect(await search('_')).toBe(0);
  });

  it('needs sign-in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/urban-areas' });
    expect(res.statusCode).toBe(401);
  });

  it('edits with If-Match: 428 without, 412 stale, 200 fresh, and audits it', async () => {
    const admin = await t.signIn('admin@demo.example');
    const list = await admin.request({ method: 'GET', url: '/api/urban-areas?q=Valby' });
    const area = list.json().items[0];
    const url = `/api/urban-areas/${area.id}`;
    const missing = await admin.request({ method: 'PATCH', url, payload: { aliases: ['Valby'] } });
    expect(missing.statusCode).toBe(428);
    const ok = await admin.request({ method: 'PATCH', url, headers: { 'if-match': `"${area.version}"` }, payload: { aliases: ['Valby'] } });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe(`"${area.version + 1}"`);
    const stale = await admin.request({ method: 'PATCH', url, headers: { 'if-match': `"${area.version}"` }, payload: { aliases: ['Vigerslev'] } });
    expect(stale.statusCode).toBe(412);
    const events = await t.db.selectFrom('auditEvent').selectAll().where('resourceId', '=', area.id).execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'update', resourceType: 'urbanArea' });
  });

  it('answers bad input with 400 naming the field, never 5xx', async () => {
    const admin = await t.signIn('admin@demo.example');
    const cases = [
      { method: 'POST' as const, url: '/api/urban-areas', payload: '{"broken', headers: { 'content-type': 'application/json' } },
      { method: 'POST' as const, url: '/api/urban-areas', payload: { municipalityId: 'x', name: 3 } },
      { method: 'POST' as const, url: '/api/urban-areas', payload: { municipalityId: crypto.randomUUID(), name: 'A', extra: 1 } },
      { method: 'GET' as const, url: '/api/urban-areas/not-a-uuid' },
      { method: 'GET' as const, url: `/api/urban-areas/${crypto.randomUUID()}` },
      { method: 'POST' as const, url: '/api/urban-areas', payload: 'x'.repeat(2 * 1024 * 1024), headers: { 'content-type': 'application/json' } },
    ];
    for (const c of cases) {
      const res = await admin.request(c);
      expect(res.statusCode, `${c.method} ${c.url}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${c.method} ${c.url}: ${res.body}`).toBeLessThan(500);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const typed = await admin.request(cases[1]!);
    expect(typed.json().violations.map((v: { path: string }) => v.path)).toEqual(expect.arrayContaining(['body.municipalityId', 'body.name']));
  });
});
