/**
 * Several instances share one database: a session opened on one instance works on another, and a
 * write on one is seen (with its version) by the other. On PostgreSQL the two instances have
 * separate connection pools, as two processes would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { type Db, createDb } from '../../src/server/db/create-db.ts';
import { seedDemo } from '../../src/server/seed/seed.ts';
import { type TestDb, freshDb } from '../helpers/db.ts';

let testDb: TestDb;
let secondDb: Db;
let one: App;
let two: App;

beforeAll(async () => {
  testDb = await freshDb();
  await seedDemo(testDb.db, { plans: false });
  secondDb = testDb.url ? await createDb({ kind: 'postgres', url: testDb.url }) : testDb.db;
  const config = loadConfig({ WEB_DIST: '' }, { logLevel: 'silent' });
  one = await buildApp({ db: testDb.db, config, logger: false });
  two = await buildApp({ db: secondDb, config, logger: false });
}, 120_000);

afterAll(async () => {
  await one.close();
  await two.close();
  if (secondDb !== testDb.db) await secondDb.destroy();
  await testDb.drop();
});

describe('two instances on one database', () => {
  it('share sessions, CSRF tokens, versions and sign-out', async () => {
    const login = await one.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@demo.example', password: 'demo' } });
    expect(login.statusCode).toBe(204);
    const cookie = login.cookies.find((c) => c.name === 'boligsocial_session')!;
    const headers = { cookie: `${cookie.name}=${cookie.value}` };
    const me = await two.inject({ method: 'GET', url: '/api/auth/me', headers });
    expect(me.statusCode).toBe(200);
    const csrf = me.json().csrfToken as string;

    const area = (await one.inject({ method: 'GET', url: '/api/urban-areas?q=Valby', headers })).json().items[0];
    const write = await two.inject({
      method: 'PATCH',
      url: `/api/urban-areas/${area.id}`,
      headers: { ...headers, 'x-csrf-token': csrf, 'if-match': `"${area.version}"` },
      payload: { aliases: ['Vigerslev'] },
    });
    expect(write.statusCode).toBe(200);
    const stale = await one.inject({
      method: 'PATCH',
      url: `/api/urban-areas/${area.id}`,
      headers: { ...headers, 'x-csrf-token': csrf, 'if-match': `"${area.version}"` },
      payload: { aliases: ['Valby'] },
    });
    expect(stale.statusCode).toBe(412);

    expect((await two.inject({ method: 'POST', url: '/api/auth/logout', headers: { ...headers, 'x-csrf-token': csrf } })).statusCode).toBe(204);
    expect((await two.inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode).toBe(401);
    // The other instance keeps a session for a second at most.
    expect(await secondsUntilSignedOut(one, headers)).toBeLessThanOrEqual(1.1);
  });

  it("end a deactivated user's sessions on every instance within a second", async () => {
    const admin = await signIn(one, 'admin@demo.example');
    const caseWorker = await signIn(one, 'sagsbehandler@demo.example');
    expect((await two.inject({ method: 'GET', url: '/api/auth/me', headers: caseWorker.headers })).statusCode).toBe(200);
    const users = (await one.inject({ method: 'GET', url: '/api/users?limit=500', headers: admin.headers })).json().items as { id: string; email: string; version: number }[];
    const target = users.find((u) => u.email === 'sagsbehandler@demo.example')!;
    const patch = await one.inject({
      method: 'PATCH',
      url: `/api/users/${target.id}`,
      headers: { ...admin.headers, 'x-csrf-token': admin.csrf, 'if-match': `"${target.version}"` },
      payload: { active: false },
    });
    expect(patch.statusCode).toBe(200);
    expect((await one.inject({ method: 'GET', url: '/api/auth/me', headers: caseWorker.headers })).statusCode).toBe(401);
    expect(await secondsUntilSignedOut(two, caseWorker.headers)).toBeLessThanOrEqual(1.1);
  });
});

async function signIn(app: App, email: string) {
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'demo' } });
  const cookie = login.cookies.find((c) => c.name === 'boligsocial_session')!;
  const headers = { cookie: `${cookie.name}=${cookie.value}` };
  const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers });
  return { headers, csrf: me.json().csrfToken as string };
}

/** Seconds until `app` answers 401 to the session (polling every 50 ms, giving up after 5 s). */
async function secondsUntilSignedOut(app: App, headers: Record<string, string>): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < 5_000) {
    if ((await app.inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode === 401) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return (performance.now() - started) / 1000;
}
