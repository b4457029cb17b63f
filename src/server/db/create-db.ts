/** Opens the database: PGlite (embedded, a data folder or in memory) or a PostgreSQL server. */
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { CamelCasePlugin, type Driver, Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import { type DataDirLock, acquireDataDirLock } from './data-dir-lock.ts';
import type { Database } from './schema.ts';

export type DbTarget = { kind: 'pglite'; dataDir: string | null } | { kind: 'postgres'; url: string };
export type Db = Kysely<Database>;

// One representation on both engines: int8 as a JS number (øre stay far below 2^53) and dates
// (date type) as ISO strings, never a Date shifted by the time zone.
const toSafeNumber = (v: string): number => {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new Error(`int8 value ${v} is beyond the safe integer range`);
  return n;
};
const INT8 = 20;
const DATE = 1082;

/** Kysely's PGlite dialect, releasing the data folder's lock once the database is closed. */
class LockedPGliteDialect extends PGliteDialect {
  readonly #lock: DataDirLock;
  constructor(pglite: PGlite, lock: DataDirLock) {
    super({ pglite });
    this.#lock = lock;
  }
  override createDriver(): Driver {
    const driver = super.createDriver();
    const destroy = driver.destroy.bind(driver);
    const lock = this.#lock;
    driver.destroy = async () => {
      try {
        await destroy();
      } finally {
        lock.release();
      }
    };
    return driver;
  }
}

/**
 * Opens the database. A data folder is taken for this process first (see data-dir-lock.ts):
 * `command` names this process in the message that another one gets.
 */
export async function createDb(target: DbTarget, command = 'boligsocial'): Promise<Db> {
  const plugins = [new CamelCasePlugin()];
  if (target.kind === 'postgres') {
    // Loaded only for PostgreSQL: the embedded database starts without it.
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({
      connectionString: target.url,
      max: 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
          if (oid === INT8) return toSafeNumber;
          if (oid === DATE) return (v: string) => v;
          return pg.types.getTypeParser(oid, format);
        }) as typeof pg.types.getTypeParser,
      },
    });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins });
  }
  if (!target.dataDir) return new Kysely<Database>({ dialect: new PGliteDialect({ pglite: await PGlite.create({ parsers, startParams }) }), plugins });
  const { pglite, lock } = await openDataDir(target.dataDir, command);
  return new Kysely<Database>({ dialect: new LockedPGliteDialect(pglite, lock), plugins });
}

const parsers = { [pgliteTypes.INT8]: toSafeNumber, [pgliteTypes.DATE]: (v: string) => v };

/**
 * PGlite's PostgreSQL with 16 MB of shared buffers instead of PostgreSQL's 128 MB: in PGlite they
 * live in the process's WebAssembly memory, and filled under load they were most of the server's
 * resident memory (docs/performance-notes.md, "Memory"); the pages it reads past them come from the
 * operating system's file cache.
 */
const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/**
 * Opens PGlite on a data folder after taking the folder for this process. Also used by the backup
 * and restore commands, which need PGlite itself; `loadDataDir` fills a new folder from a backup.
 */
export async function openDataDir(dataDir: string, command: string, loadDataDir?: Blob): Promise<{ pglite: PGlite; lock: DataDirLock }> {
  const lock = acquireDataDirLock(dataDir, command);
  try {
    const pglite = await PGlite.create({ dataDir, parsers, startParams, ...(loadDataDir ? { loadDataDir } : {}) });
    return { pglite, lock };
  } catch (err) {
    lock.release();
    throw err;
  }
}
