/**
 * How answers are delivered: JSON compressed, the web app's files precompressed and cached by
 * their hashed names, no source maps served, no database query for a static file, the session
 * read once per second at most, and the heavy document libraries not loaded at start.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { seedDemo } from '../../src/server/seed/seed.ts';
import { type TestDb, freshDb } from '../helpers/db.ts';

const webDist = join(import.meta.dirname, '../../dist/web');
let testDb: TestDb;
let app: App;
let queries = 0;
const counting: KyselyPlugin = {
  transformQuery: (args) => {
    queries++;
    return args.node;
  },
  transformResult: async (args) => args.result,
};

beforeAll(async () => {
  testDb = await freshDb();
  await seedDemo(testDb.db, { plans: false });
  const config = loadConfig({ WEB_DIST: '' }, { logLevel: 'silent', webDist });
  app = await buildApp({ db: testDb.db.withPlugin(counting), config, logger: false });
}, 120_000);
afterAll(async () => {
  await app.close();
  await testDb.drop();
});

const asset = (ext: string) => readdirSync(join(webDist, 'assets')).find((f) => f.endsWith(ext))!;

describe('delivery', () => {
  it('serves the web app precompressed, hashed files as immutable, index.html revalidated, without the database', async () => {
    const js = asset('.js');
    queries = 0;
    const res = await app.inject({ method: 'GET', url: `/assets/${js}`, headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(res.rawPayload).equals(readFileSync(join(webDist, 'assets', js)))).toBe(true);

    const gzip = await app.inject({ method: 'GET', url: `/assets/${asset('.css')}`, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');

    const page = await app.inject({ method: 'GET', url: '/planer', headers: { cookie: 'boligsocial_session=whatever' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(queries, 'a static file or the app page asks the database nothing').toBe(0);
  });

  it('has no source maps to serve, and fonts as woff2 only', async () => {
    const files = readdirSync(join(webDist, 'assets'));
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => /\.(woff|ttf|eot|otf)$/.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.woff2')).length).toBeGreaterThan(0);
    expect(readFileSync(join(webDist, 'assets', asset('.js')), 'utf8')).not.toContain('sourceMappingURL');
  });

  it('gives the sign-in page at most 100 kB of JavaScript and the app 20 kB of CSS (gzip), and preloads the first chunks', () => {
    const html = readFileSync(join(webDist, 'index.html'), 'utf8');
    const entry = /<script type="module" crossorigin src="\/(assets\/[^"]+\.js)">/.exec(html)?.[1];
    const css = /<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)">/.exec(html)?.[1];
    // The inline script: location.pathname==="/log-ind"?[sign-in links]:[signed-in links]
    const preload = /location\.pathname==="\/log-ind"\?(\[.*?\]\]):(\[.*?\]\])\)/.exec(html);
    expect(entry && css && preload, 'index.html: entry, stylesheet and preload script').toBeTruthy();
    const signIn = JSON.parse(preload![1]!) as [string, string][];
    const signedIn = JSON.parse(preload![2]!) as [string, string][];
    expect(signIn.map(([, href]) => href).join()).toMatch(/SignInPage-/);
    expect(signedIn.map(([, href]) => href).join()).toMatch(/signed-in-/);
    const gzip = (file: string) => gzipSync(readFileSync(join(webDist, file))).length;
    const signInJs = gzip(entry!) + signIn.filter(([rel]) => rel === 'modulepreload').reduce((sum, [, href]) => sum + gzip(href.slice(1)), 0);
    expect(signInJs).toBeLessThanOrEqual(100_000);
    expect(gzip(css!)).toBeLessThanOrEqual(20_000);
  });

  it('compresses JSON answers', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'br' } });
    expect(res.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(res.rawPayload).toString()).openapi).toMatch(/^3\./);
  });

  it('reads a session from the database at most once a second, and forgets it at sign-out at once', async () => {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@demo.example', password: 'demo' } });
    const cookie = login.cookies.find((c) => c.name === 'boligsocial_session')!;
    const headers = { cookie: `${cookie.name}=${cookie.value}` };
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers });
    queries = 0;
    for (let i = 0; i < 5; i++) expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode).toBe(200);
    expect(queries).toBe(0);
    const csrf = (me.json() as { csrfToken: string }).csrfToken;
    await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { ...headers, 'x-csrf-token': csrf } });
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode).toBe(401);
  });
});

describe('start-up', () => {
  it('does not load exceljs, pdfkit or docx until a document is asked for', () => {
    const script = `
      import { registerHooks } from 'node:module';
      const seen = new Set();
      registerHooks({ resolve(specifier, context, next) { seen.add(specifier); return next(specifier, context); } });
      const { buildApp } = await import(${JSON.stringify(join(import.meta.dirname, '../../src/server/app.ts'))});
      const { loadConfig } = await import(${JSON.stringify(join(import.meta.dirname, '../../src/server/config.ts'))});
      const app = await buildApp({ db: {}, config: loadConfig({ WEB_DIST: '' }), logger: false });
      await app.ready();
      console.log(JSON.stringify(['exceljs', 'pdfkit', 'docx', 'fastify'].filter((m) => seen.has(m))));
      await app.close();`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual(['fastify']);
  }, 60_000);
});
