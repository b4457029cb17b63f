/** The environment, parsed once. Every variable is documented in the README's configuration table. */
import type { DbTarget } from './db/create-db.ts';

export type Config = {
  port: number;
  host: string;
  db: DbTarget;
  /** Demo mode: seed the Copenhagen demo data and the demo users. */
  demo: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  cookieSecure: boolean;
  /**
   * Which `X-Forwarded-For` to believe (TRUST_PROXY): `false` none; a number, that many proxies in
   * front of the app; a list, the addresses or CIDR ranges of the proxies. Never "any".
   */
  trustProxy: false | number | string[];
  logLevel: string;
  /** Folder with the built web app (vite build); absent in API-only tests. */
  webDist: string | null;
};

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number ≥ ${min}, got "${raw}"`);
  return n;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

/**
 * TRUST_PROXY: empty, 0 or false — no proxy; a whole number — the proxies in front (hops); else a
 * comma-separated list of proxy addresses or CIDR ranges. `true` is refused: it would believe any
 * X-Forwarded-For a client sends, and so any address the sign-in limit counts by.
 */
export function trustProxyOf(raw: string | undefined): false | number | string[] {
  const text = (raw ?? '').trim();
  if (text === '' || ['0', 'false', 'no'].includes(text.toLowerCase())) return false;
  if (/^\d+$/.test(text)) return Number(text);
  const list = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const address = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*)(\/\d{1,3})?$/i;
  const wrong = list.filter((s) => !address.test(s) && !['loopback', 'linklocal', 'uniquelocal'].includes(s));
  if (list.length === 0 || wrong.length > 0) {
    throw new Error(
      `TRUST_PROXY must be the number of proxies in front of the app or their addresses (e.g. 1, or 10.0.0.0/8,loopback), got "${raw}"`,
    );
  }
  return list;
}

/**
 * Fastify's `trustProxy` for a TRUST_PROXY value. A number of hops becomes a function (Fastify itself
 * trusts no hop count): the socket's peer and the next n − 1 addresses are proxies. Only safe when
 * nothing reaches the app but through those proxies; a list of addresses is safer.
 */
export const trustProxyOption = (trust: Config['trustProxy']): false | string[] | ((address: string, hop: number) => boolean) =>
  typeof trust === 'number' ? (_address, hop) => hop < trust : trust;

export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const url = env.DATABASE_URL;
  const db: DbTarget = url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: env.DATA_DIR || './data' };
  return {
    port: integer(env, 'PORT', 3000),
    host: env.HOST || '127.0.0.1',
    db,
    // Demo data is the default on the embedded database only; a server database must ask for it.
    demo: flag(env, 'DEMO', db.kind === 'pglite'),
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 30, 1),
    sessionMaxHours: integer(env, 'SESSION_MAX_HOURS', 12, 1),
    cookieSecure: flag(env, 'COOKIE_SECURE', env.NODE_ENV === 'production'),
    trustProxy: trustProxyOf(env.TRUST_PROXY),
    logLevel: env.LOG_LEVEL || 'info',
    webDist: env.WEB_DIST === '' ? null : (env.WEB_DIST ?? 'dist/web'),
    ...overrides,
  };
}
