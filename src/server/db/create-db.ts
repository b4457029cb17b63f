/** Opens the database: PGlite (embedded, a data folder or in memory) or a PostgreSQL server. */
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
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

export async function createDb(target: DbTarget): Promise<Db> {
  const plugins = [new CamelCasePlugin()];
  if (target.kind === 'postgres') {
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
  const pglite = await PGlite.create({
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    parsers: { [pgliteTypes.INT8]: toSafeNumber, [pgliteTypes.DATE]: (v: string) => v },
  });
  return new Kysely<Database>({ dialect: new PGliteDialect({ pglite }), plugins });
}
