import { loadConfig } from '../../server/config.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { describeTarget, withDb } from '../database.ts';
import { parse } from '../args.ts';

export const help = `Usage: boligsocial migrate

Brings the database up to date with the frozen migrations (safe to run again, and from several
instances at once). The database is DATABASE_URL, or the embedded one in DATA_DIR (./data).`;

export async function migrate(args: string[]): Promise<void> {
  parse(args, {}, help);
  const config = loadConfig();
  const applied = await withDb(config, (db) => migrateToLatest(db), { migrate: false });
  console.log(
    applied.length > 0
      ? `Applied ${applied.length} migration(s) to the database ${describeTarget(config)}:\n${applied.map((m) => `  ${m}`).join('\n')}`
      : `The database ${describeTarget(config)} is up to date.`,
  );
}
