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
    expect((await one.inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode).toBe(401);
  });
});
