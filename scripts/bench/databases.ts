/**
 * The databases the bench measures on: a fresh PostgreSQL database per section (dropped after) or
 * a fresh PGlite data folder (removed after), and an in-process Kysely over either that records
 * the SQL it runs, so that the same statements can be replayed directly against the driver.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../../src/server/db/schema.ts';

export type Engine = 'postgres' | 'pglite';
export const engineName: Record<Engine, string> = { postgres: 'PostgreSQL', pglite: 'PGlite' };

export type BenchDb = {
  engine: Engine;
  /** The environment that points the app, the CLI and the floors at it. */
  env: Record<string, string | undefined>;
  /** PostgreSQL: its URL; PGlite: its data folder. */
  where: string;
  drop: () => Promise<void>;
};

/** Can we create databases on the server? */
export async function postgresAvailable(serverUrl: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    return rows[0]?.server_version.split(' ')[0] ?? 'unknown';
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

let count = 0;

/** A new, empty database: on the PostgreSQL server of `serverUrl`, or a PGlite folder under `workDir`. */
export async function createBenchDb(engine: Engine, serverUrl: string, workDir: string): Promise<BenchDb> {
  count++;
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(workDir, `pglite-${count}-`));
    const dataDir = join(dir, 'data');
    return {
      engine,
      env: { DATABASE_URL: undefined, DATA_DIR: dataDir },
      where: dataDir,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `boligsocial_bench_${process.pid}_${count}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    engine,
    env: { DATABASE_URL: url.toString(), DATA_DIR: undefined },
    where: url.toString(),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await admin(`drop database if exists "${name}" with (force)`);
    },
  };
}

export type CapturedQuery = { sql: string; parameters: readonly unknown[] };

/** An in-process connection: Kysely as the app configures it, the raw driver, and SQL capture. */
export type InProcess = {
  db: Kysely<Database>;
  /** Runs one statement on the driver itself: no Kysely, no camel-casing, no type parsers. */
  raw: (query: CapturedQuery) => Promise<void>;
  /** Runs `task` and returns the statements it ran, in order. */
  capture: <T>(task: () => Promise<T>) => Promise<{ result: T; queries: CapturedQuery[] }>;
  close: () => Promise<void>;
};

// The type parsers of src/server/db/create-db.ts: int8 as a number, dates as ISO strings.
const INT8 = 20;
const DATE = 1082;
const int8 = (v: string) => Number(v);
const isoDate = (v: string) => v;

/**
 * Opens the database in this process the way `createDb` does (the same dialect, plugins, parsers
 * and pool size), with a query log for capture. A PGlite folder must not be open elsewhere.
 */
export async function openInProcess(target: BenchDb): Promise<InProcess> {
  let recording: CapturedQuery[] | null = null;
  const log = (event: { level: string; query: { sql: string; parameters: readonly unknown[] } }) => {
    if (event.level === 'query' && recording) recording.push({ sql: event.query.sql, parameters: event.query.parameters });
  };
  const plugins = [new CamelCasePlugin()];
  let db: Kysely<Database>;
  let raw: InProcess['raw'];
  if (target.engine === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.where,
      max: 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
          if (oid === INT8) return int8;
          if (oid === DATE) return isoDate;
          return pg.types.getTypeParser(oid, format);
        }) as typeof pg.types.getTypeParser,
      },
    });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins, log });
    raw = async (q) => void (await pool.query(q.sql, q.parameters as unknown[]));
  } else {
    const pglite = await PGlite.create({ dataDir: target.where, parsers: { [pgliteTypes.INT8]: int8, [pgliteTypes.DATE]: isoDate } });
    db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }), plugins, log });
    raw = async (q) => void (await pglite.query(q.sql, q.parameters as unknown[]));
  }
  return {
    db,
    raw,
    capture: async (task) => {
      recording = [];
      try {
        const result = await task();
        return { result, queries: recording };
      } finally {
        recording = null;
      }
    },
    close: () => db.destroy(),
  };
}

/** Drops bench databases left by runs that were killed (their process is gone). */
export async function dropLeftovers(serverUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("select datname from pg_database where datname like 'boligsocial_bench_%'");
    const dropped: string[] = [];
    for (const { datname } of rows) {
      const pid = Number(/^boligsocial_bench_(\d+)_/.exec(datname)?.[1]);
      if (!Number.isInteger(pid) || pid === process.pid || isAlive(pid)) continue;
      await client.query(`drop database if exists "${datname}" with (force)`);
      dropped.push(datname);
    }
    return dropped;
  } finally {
    await client.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
