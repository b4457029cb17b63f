/** Builds the app on a fresh database with the demo data, and signs in demo users via inject(). */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { type App, buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { Db } from '../../src/server/db/create-db.ts';
import { seedDemo } from '../../src/server/seed/seed.ts';
import { type TestDb, freshDb } from './db.ts';

export type Session = {
  email: string;
  /** inject() with this user's cookie and CSRF token. */
  request: (opts: InjectOptions) => Promise<LightMyRequestResponse>;
};

export type TestApp = { app: App; db: TestDb['db']; signIn: (email: string) => Promise<Session> };

export type TestAppOptions = {
  /** Also seed the 18 demo plans and the pool (slow; off unless a test file needs them). */
  plans?: boolean;
  /** The built web app to serve (the browser tests); none by default. */
  webDist?: string | null;
  /** The database as the app sees it, e.g. with a plugin that counts queries (`t.db` stays as it is). */
  appDb?: (db: Db) => Db;
};

export async function startTestApp({ plans = false, webDist = null, appDb = (db) => db }: TestAppOptions = {}): Promise<TestApp & { close: () => Promise<void> }> {
  const testDb = await freshDb();
  await seedDemo(testDb.db, { plans });
  const config = loadConfig({ WEB_DIST: '' }, { db: { kind: 'pglite', dataDir: null }, logLevel: 'silent', webDist });
  const app = await buildApp({ db: appDb(testDb.db), config, logger: false });
  await app.ready();
  const signIn = async (email: string): Promise<Session> => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'demo' } });
    if (res.statusCode !== 204) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'boligsocial_session')!;
    const cookieHeader = `${cookie.name}=${cookie.value}`;
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: cookieHeader } });
    const csrf = (me.json() as { csrfToken: string }).csrfToken;
    return {
      email,
      request: (opts) =>
        app.inject({ ...opts, headers: { cookie: cookieHeader, 'x-csrf-token': csrf, ...(opts.headers ?? {}) } }),
    };
  };
  return {
    app,
    db: testDb.db,
    signIn,
    close: async () => {
      await app.close();
      await testDb.drop();
    },
  };
}

/** One app per test file, closed after the file. */
export function useTestApp(options: TestAppOptions = {}): TestApp {
  const holder = {} as TestApp & { close?: () => Promise<void> };
  beforeAll(async () => {
    Object.assign(holder, await startTestApp(options));
  }, options.plans ? 180_000 : 60_000);
  afterAll(async () => {
    await holder.close?.();
  });
  return holder;
}
