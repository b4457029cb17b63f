/**
 * Bulk writing for the national data set, the same on PGlite and PostgreSQL: rows go to the
 * database as one JSON array per batch (one parameter, a few MB) and are inserted with
 * `insert … select … from json_populate_recordset(null::table, $1)`, which takes each column's type
 * from the table itself. Measured faster than multi-row VALUES on both engines, and never near the
 * 65,535-parameter limit of a statement.
 */
import { type Transaction, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

export type Trx = Transaction<Database>;

/** Keys of the generator's rows (camelCase) as column names (snake_case). */
const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Flush a batch once its JSON passes this many characters. */
const batchChars = 2_000_000;

/**
 * Inserts `rows` (objects with the same keys, camelCase; nested objects go to json/jsonb columns,
 * arrays to array or jsonb columns) into `table` (snake_case), calling `onRows` after each batch.
 */
export async function bulkInsert(trx: Trx, table: string, rows: readonly object[], onRows: (n: number) => void = () => {}): Promise<void> {
  if (rows.length === 0) return;
  const keys = Object.keys(rows[0]!);
  const columns = keys.map(snake);
  const target = sql.table(table);
  const list = sql.join(columns.map((c) => sql.ref(c)));
  let parts: string[] = [];
  let chars = 0;
  const flush = async () => {
    if (parts.length === 0) return;
    const json = `[${parts.join(',')}]`;
    await sql`insert into ${target} (${list}) select ${list} from json_populate_recordset(null::${target}, ${json}::json)`.execute(trx);
    onRows(parts.length);
    parts = [];
    chars = 0;
  };
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    const text = JSON.stringify(Object.fromEntries(keys.map((k, i) => [columns[i]!, record[k]])));
    parts.push(text);
    chars += text.length;
    if (chars >= batchChars) await flush();
  }
  await flush();
}
