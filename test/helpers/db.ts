/**
 * A fresh database per test file: in-memory PGlite by default, or a new database on the PostgreSQL
 * server named by TEST_DATABASE_URL (created here, dropped afterwards).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Db, createDb } from '../../src/server/db/create-db.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';

export const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

export type TestDb = { db: Db; url: string | null; drop: () => Promise<void> };

export async function freshDb(): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = await createDb({ kind: 'pglite', dataDir: null });
    await migrateToLatest(db);
    return { db, url: null, drop: () => db.destroy() };
  }
  const database = await createServerDatabase(serverUrl);
  const db = await createDb({ kind: 'postgres', url: database.url });
  await migrateToLatest(db);
  return {
    db,
    url: database.url,
    drop: async () => {
      await db.destroy();
      await database.drop();
    },
  };
}

/** A new, empty database on the PostgreSQL server at `serverUrl`: its URL, and `drop` to remove it again. */
export async function createServerDatabase(serverUrl: string, prefix = 'bs_test'): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      // pg's Pool.end() resolves before its clients' sockets have closed. Forcing the drop while one
      // is still closing sends it a FATAL (57P01) that nobody listens for: an uncaught error that
      // fails the test run. So wait (up to 5 s) until the database's backends have gone.
      for (let i = 0; i < 50; i++) {
        const { rows } = await c.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (rows[0]?.n === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
