/** Runs the frozen migrations in order. Safe to call from several instances at once. */
import { sql } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';
import type { Db } from './create-db.ts';
import * as foundation from './migrations/2026-11-25-01-foundation.ts';
import * as plans from './migrations/2026-11-25-02-plans.ts';
import * as approval from './migrations/2026-11-25-03-approval.ts';
import * as contracts from './migrations/2026-11-25-04-contracts.ts';
import * as readPath from './migrations/2026-12-01-01-read-path.ts';
import * as poolRules from './migrations/2026-12-05-01-pool-rules.ts';
import * as foraAndPeriodOwners from './migrations/2026-12-05-03-fora-and-period-owners.ts';
import * as decisionContracts from './migrations/2026-12-05-04-decision-contracts.ts';
import * as planDocument from './migrations/2026-12-05-05-plan-document.ts';

/** Every migration, by name. Names sort in the order they run; never rename or edit one. */
export const migrations: Record<string, Migration> = {
  '2026-11-25-01-foundation': foundation,
  '2026-11-25-02-plans': plans,
  '2026-11-25-03-approval': approval,
  '2026-11-25-04-contracts': contracts,
  '2026-12-01-01-read-path': readPath,
  '2026-12-05-01-pool-rules': poolRules,
  '2026-12-05-03-fora-and-period-owners': foraAndPeriodOwners,
  '2026-12-05-04-decision-contracts': decisionContracts,
  '2026-12-05-05-plan-document': planDocument,
};

/**
 * Whether every migration has run and no other (one query: a start with nothing to do skips the
 * migrator's table checks and lock). Anything else, a database without the table included, is the
 * migrator's to decide.
 */
export async function upToDate(db: Db): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const done = new Set(rows.map((r) => r.name));
    const known = Object.keys(migrations);
    return done.size === known.length && known.every((name) => done.has(name));
  } catch {
    return false;
  }
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  if (await upToDate(db)) return [];
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
