/**
 * Keyset paging: a list is ordered by a key (columns with directions, ending in a unique id), a
 * page is the rows after the key of the previous page's last row, and the cursor is that key as
 * opaque base64url JSON. A page costs the same however deep it is, and an index on the key serves it.
 */
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { AppError } from '../../domain/errors.ts';

/** A column of a key: its SQL reference, its direction, and its field in a row of the list. */
export type KeyColumn = { ref: string; dir: 'asc' | 'desc'; field: string };
export type KeyValue = string | number;

/** The cursor of a key: base64url of its JSON, tagged with the list's ordering so another's is refused. */
export const encodeCursor = (tag: string, values: readonly KeyValue[]): string =>
  Buffer.from(JSON.stringify([tag, ...values])).toString('base64url');

export const badCursor = (): AppError =>
  new AppError('invalid_input', { da: 'Markøren (cursor) er ugyldig for denne liste', en: 'The cursor is not valid for this list' }, [
    { rule: 'SCHEMA', path: 'querystring.cursor', message: { da: 'Brug `next` fra den forrige side', en: 'Use `next` of the previous page' } },
  ]);

/**
 * The key values of a cursor made by `encodeCursor(tag, …)` for `arity` columns, that `valid`
 * accepts (their types); 400 for anything else.
 */
export function decodeCursor(cursor: string, tag: string, arity: number, valid: (values: KeyValue[]) => boolean = () => true): KeyValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== arity + 1 || parsed[0] !== tag) throw badCursor();
  const values = parsed.slice(1);
  if (!values.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) || !valid(values)) throw badCursor();
  return values as KeyValue[];
}

/**
 * The rows after `values` in the order of `keys`. One direction: a row comparison, which an index
 * on the columns answers as a range. Mixed directions: the expanded comparison, with the first
 * column's bound repeated so that an index on it still starts at the cursor.
 */
export function afterKey(keys: readonly KeyColumn[], values: readonly (KeyValue | RawBuilder<unknown>)[]): RawBuilder<SqlBool> {
  const col = (k: KeyColumn) => sql.ref(k.ref);
  const op = (k: KeyColumn, strict: boolean) => sql.raw(k.dir === 'asc' ? (strict ? '>' : '>=') : strict ? '<' : '<=');
  if (keys.every((k) => k.dir === keys[0]!.dir)) {
    return sql<SqlBool>`(${sql.join(keys.map(col))}) ${op(keys[0]!, true)} (${sql.join(values.map((v) => sql`${v}`))})`;
  }
  const branches = keys.map((k, i) => {
    const equal = keys.slice(0, i).map((e, j) => sql`${col(e)} = ${values[j]}`);
    return sql`(${sql.join([...equal, sql`${col(k)} ${op(k, true)} ${values[i]}`], sql` and `)})`;
  });
  return sql<SqlBool>`(${col(keys[0]!)} ${op(keys[0]!, false)} ${values[0]} and (${sql.join(branches, sql` or `)}))`;
}

/** The key of a row of the list. */
export const keyOf = (row: object, keys: readonly KeyColumn[]): KeyValue[] => keys.map((k) => (row as Record<string, KeyValue>)[k.field]!);

/** A page of rows fetched with `limit + 1`: the items, and the cursor of the last when there are more. */
export function keysetPage<R, T>(rows: readonly R[], limit: number, present: (row: R) => T, cursorOf: (row: R) => string): { items: T[]; next?: string } {
  if (rows.length <= limit) return { items: rows.map(present) };
  const items = rows.slice(0, limit);
  return { items: items.map(present), next: cursorOf(items.at(-1)!) };
}
