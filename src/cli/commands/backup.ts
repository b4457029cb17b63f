/**
 * `boligsocial backup` and `boligsocial restore` for the embedded database. Both take the data
 * folder for themselves first, so neither copies nor fills a folder that a running server holds.
 * On PostgreSQL, pg_dump and pg_restore are the tools.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '../../server/config.ts';
import { LOCK_FILE, acquireDataDirLock } from '../../server/db/data-dir-lock.ts';
import { openDataDir } from '../../server/db/create-db.ts';
import { parse } from '../args.ts';
import { CliError, usageError } from '../errors.ts';

export const backupHelp = `Usage: boligsocial backup --out FILE

Writes the whole embedded database (DATA_DIR, default ./data) to FILE, a gzipped tar archive
(e.g. boligsocial-2026-12-04.tar.gz). It takes the data folder for itself while it copies, so it
refuses while the server runs: stop the server first. FILE must not exist yet.
On PostgreSQL use pg_dump (pg_dump -Fc "$DATABASE_URL" > boligsocial.dump).`;

export const restoreHelp = `Usage: boligsocial restore --from FILE

Fills the embedded database folder (DATA_DIR, default ./data) from a backup written by
"boligsocial backup". The folder must be empty or missing: move the old one away first. Refuses
while another process (the server) holds the folder.
On PostgreSQL use pg_restore.`;

function embeddedDir(help: string): string {
  const config = loadConfig();
  if (config.db.kind === 'postgres') {
    throw new CliError(`DATABASE_URL is set: this command is for the embedded database. ${help.split('\n').at(-1) ?? ''}`);
  }
  if (!config.db.dataDir) throw new CliError('No DATA_DIR: there is no embedded database folder to work on.');
  return config.db.dataDir;
}

export async function backup(args: string[]): Promise<void> {
  const { values } = parse(args, { out: { type: 'string' } }, backupHelp);
  if (!values.out) throw usageError('Name the backup file with --out FILE', backupHelp);
  const out = resolve(values.out);
  if (existsSync(out)) throw new CliError(`${out} exists already; name a new file.`);
  const dataDir = embeddedDir(backupHelp);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) throw new CliError(`There is no embedded database in ${dataDir} to back up.`);
  const { pglite, lock } = await openDataDir(dataDir, 'boligsocial backup');
  try {
    const archive = await pglite.dumpDataDir('gzip');
    writeFileSync(out, Buffer.from(await archive.arrayBuffer()), { flag: 'wx' });
    console.log(`Wrote the embedded database in ${dataDir} to ${out} (${archive.size} bytes).`);
  } finally {
    await pglite.close();
    lock.release();
  }
}

export async function restore(args: string[]): Promise<void> {
  const { values } = parse(args, { from: { type: 'string' } }, restoreHelp);
  if (!values.from) throw usageError('Name the backup file with --from FILE', restoreHelp);
  const from = resolve(values.from);
  if (!existsSync(from)) throw new CliError(`${from} does not exist.`);
  const dataDir = resolve(embeddedDir(restoreHelp));
  const lock = acquireDataDirLock(dataDir, 'boligsocial restore');
  // Unpacked beside the folder first, so that a broken archive leaves the folder as it was.
  const staging = mkdtempSync(join(dirname(dataDir), `.restore-${randomBytes(4).toString('hex')}-`));
  try {
    const present = readdirSync(dataDir).filter((name) => name !== LOCK_FILE);
    if (present.length > 0) throw new CliError(`${dataDir} is not empty: move it away (or set DATA_DIR to a new folder) and run the restore again.`);
    const pglite = await PGlite.create({ dataDir: staging, loadDataDir: new Blob([readFileSync(from)]) });
    const { rows } = await pglite.query<{ n: number }>('select count(*)::int as n from kysely_migration');
    await pglite.close();
    for (const name of readdirSync(staging)) if (name !== LOCK_FILE) renameSync(join(staging, name), join(dataDir, name));
    console.log(`Restored ${from} into ${dataDir} (${rows[0]?.n ?? 0} migrations applied in it).`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
    lock.release();
  }
}
