/** Opens the configured database for a command, and closes it whatever happens. */
import type { Config } from '../server/config.ts';
import { type Db, createDb } from '../server/db/create-db.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { summariseStalePlans } from '../server/features/plans/summary.ts';
import { redact } from './errors.ts';

export const describeTarget = (config: Config): string =>
  config.db.kind === 'postgres' ? `at ${redact(config.db.url)}` : `in ${config.db.dataDir ?? '(memory)'}`;

let command = 'boligsocial';
/** What this process is, for the message that another process gets while this one holds ./data. */
export const nameCommand = (name: string): void => {
  command = `boligsocial ${name}`;
};

export async function withDb<T>(config: Config, run: (db: Db) => Promise<T>, options: { migrate?: boolean } = {}): Promise<T> {
  const db = await createDb(config.db, command);
  try {
    if (options.migrate ?? true) {
      await migrateToLatest(db);
      await summariseStalePlans(db); // as the server does on start
    }
    return await run(db);
  } finally {
    await db.destroy();
  }
}
