import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from './create-db.ts';
import { migrateToLatest, migrations, upToDate } from './migrate.ts';

const db = await createDb({ kind: 'pglite', dataDir: null });
afterAll(() => db.destroy());

describe('migrateToLatest', () => {
  it('runs what is missing, and on a start with nothing to do only looks', async () => {
    expect(await upToDate(db)).toBe(false); // no table yet
    expect(await migrateToLatest(db)).toEqual(Object.keys(migrations));
    expect(await upToDate(db)).toBe(true);
    expect(await migrateToLatest(db)).toEqual([]);
    // A migration not run (e.g. a newer release): the migrator decides.
    const [row] = (await sql<{ name: string; timestamp: string }>`delete from kysely_migration where name = ${Object.keys(migrations).at(-1)!} returning name, timestamp`.execute(db)).rows;
    expect(await upToDate(db)).toBe(false);
    await sql`insert into kysely_migration (name, timestamp) values (${row!.name}, ${row!.timestamp})`.execute(db);
    expect(await upToDate(db)).toBe(true);
    // One the code does not know (the database is newer than the code): not up to date either.
    await sql`insert into kysely_migration (name, timestamp) values ('2099-01-01-01-future', '2099-01-01')`.execute(db);
    expect(await upToDate(db)).toBe(false);
  });
});
