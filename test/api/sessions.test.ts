import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { useTestApp } from '../helpers/app.ts';

const t = useTestApp();

async function rawLogin(email: string, password = 'demo') {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
}

describe('session cookie', () => {
  it('is HttpOnly and SameSite=Strict, and the token is stored only as a hash', async () => {
    const res = await rawLogin('fond@demo.example');
    const cookie = res.cookies.find((c) => c.name === 'boligsocial_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const stored = await t.db.selectFrom('session').select('tokenHash').execute();
    expect(stored.map((s) => s.tokenHash)).not.toContain(cookie.value);
  });

  it('expires after the idle timeout and after the absolute timeout', async () => {
    // Defaults: 30 minutes idle, 12 hours in all.
    for (const [column, age] of [['last_seen_at', '31 minutes'], ['created_at', '12 hours 1 minute']] as const) {
      const user = await t.signIn('forsker@demo.example');
      expect((await user.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
      await sql`update session set ${sql.ref(column)} = now() - ${age}::interval`.execute(t.db);
      // An instance keeps a session it has read for a second at most (src/server/http/session-cache.ts).
      await vi.waitFor(async () => expect((await user.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401), {
        timeout: 1_100,
        interval: 50,
      });
    }
  });
});

describe('CSRF', () => {
  it('refuses a browser write without the session CSRF token', async () => {
    const admin = await t.signIn('admin@demo.example');
    const area = (await admin.request({ method: 'GET', url: '/api/urban-areas?q=Nørrebro' })).json().items[0];
    const res = await admin.request({
      method: 'PATCH',
      url: `/api/urban-areas/${area.id}`,
      headers: { 'x-csrf-token': 'forged', 'if-match': `"${area.version}"` },
      payload: { aliases: ['Indre Nørrebro'] },
    });
    expect(res.statusCode).toBe(403);
    const after = (await admin.request({ method: 'GET', url: `/api/urban-areas/${area.id}` })).json();
    expect(after.aliases).toEqual(area.aliases);
  });
});

describe('login rate limit', () => {
  it('locks an e-mail after five failures in the window, even with the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await rawLogin('aab@demo.example', 'wrong')).statusCode).toBe(401);
    const locked = await rawLogin('aab@demo.example');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().status).toBe(429);
    // Other users are not affected.
    expect((await rawLogin('forum@demo.example')).statusCode).toBe(204);
  });
});
