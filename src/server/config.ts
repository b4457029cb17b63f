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
  trustProxy: boolean;
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
    trustProxy: flag(env, 'TRUST_PROXY', false),
    logLevel: env.LOG_LEVEL || 'info',
    webDist: env.WEB_DIST === '' ? null : (env.WEB_DIST ?? 'dist/web'),
    ...overrides,
  };
}
