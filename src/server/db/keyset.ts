/**
 * Keyset paging: a list is ordered by a key (columns with directions, ending in a unique id), a
 * page is the rows after the key of the previous page's last row, and the cursor is that key as
 * opaque base64url JSON. A page costs the same however deep it is, and an index on the key serves it.
 */
import { type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { AppError } from '../../domain/errors.ts';

/**
 * A column of a key: its SQL reference, its direction, its field in a row of the list, and what
 * it holds (`timestamp`: an ISO string to the microsecond, which a JS Date cannot hold).
 */
export type KeyColumn = { ref: string; dir: 'asc' | 'desc'; field: string; kind: 'text' | 'int' | 'uuid' | 'date' | 'timestamp' };
export type KeyValue = string | number;
/** A list's order: its key, and a tag that its cursors carry (so another list's or order's is refused). */
export type Keyset = { tag: string; keys: readonly KeyColumn[] };
/** A page: how many rows, after which key (null: the first page). */
export type KeysetPage = { limit: number; after: KeyValue[] | null };

export const badCursor = (): AppError =>
  new AppError('invalid_input', { da: 'Markøren (cursor) er ugyldig for denne liste', en: 'The cursor is not valid for this list' }, [
    { rule: 'SCHEMA', path: 'querystring.cursor', message: { da: 'Brug `next` fra den forrige side', en: 'Use `next` of the previous page' } },
  ]);

const valid: Record<KeyColumn['kind'], (v: unknown) => boolean> = {
  text: (v) => typeof v === 'string',
  int: (v) => Number.isSafeInteger(v),
  uuid: (v) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v),
  date: (v) => typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v),
  timestamp: (v) => typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(v),
};

/** The key of a row of the list. */
export const keyOf = (row: object, keys: readonly KeyColumn[]): KeyValue[] => keys.map((k) => (row as Record<string, KeyValue>)[k.field]!);

export const encodeCursor = ({ tag }: Keyset, values: readonly KeyValue[]): string => Buffer.from(JSON.stringify([tag, ...values])).toString('base64url');

/** The key a cursor of this keyset holds (null without a cursor); 400 for anything else. */
export function cursorKey(cursor: string | undefined, { tag, keys }: Keyset): KeyValue[] | null {
  if (cursor === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== keys.length + 1 || parsed[0] !== tag) throw badCursor();
  const values = parsed.slice(1);
  if (!keys.every((k, i) => valid[k.kind](values[i]))) throw badCursor();
  return values as KeyValue[];
}

/**
 * The rows after `values` in the order of `keys`. One direction: a row comparison, which an index
 * on the columns answers as a range. Mixed directions: the expanded comparison, with the first
 * column's bound repeated so that an index on it still starts at the cursor.
 */
export function afterKey(keys: readonly KeyColumn[], values: readonly KeyValue[]): RawBuilder<SqlBool> {
  const col = (k: KeyColumn) => sql.ref(k.ref);
  const val = (i: number) => (keys[i]!.kind === 'timestamp' ? sql`${values[i]}::timestamptz` : sql`${values[i]}`);
  const op = (k: KeyColumn, strict: boolean) => sql.raw(k.dir === 'asc' ? (strict ? '>' : '>=') : strict ? '<' : '<=');
  if (keys.every((k) => k.dir === keys[0]!.dir)) {
    return sql<SqlBool>`(${sql.join(keys.map(col))}) ${op(keys[0]!, true)} (${sql.join(keys.map((_, i) => val(i)))})`;
  }
  const branches = keys.map((k, i) => {
    const equal = keys.slice(0, i).map((e, j) => sql`${col(e)} = ${val(j)}`);
    return sql`(${sql.join([...equal, sql`${col(k)} ${op(k, true)} ${val(i)}`], sql` and `)})`;
  });
  return sql<SqlBool>`(${col(keys[0]!)} ${op(keys[0]!, false)} ${val(0)} and (${sql.join(branches, sql` or `)}))`;
}

/** A select in the keyset's order, the page after its key, one row more than the page to know of a next. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function inKeyOrder<QB extends SelectQueryBuilder<any, any, any>>(q: QB, { keys }: Keyset, page: KeysetPage): QB {
  let out = page.after === null ? q : q.where(afterKey(keys, page.after));
  for (const k of keys) out = out.orderBy(sql.ref(k.ref), k.dir);
  return out.limit(page.limit + 1) as QB;
}

/** A page of rows fetched with `limit + 1`: the items, and the cursor of the last when there are more. */
export function keysetPage<R extends object, T>(rows: readonly R[], page: { limit: number }, keyset: Keyset, present: (row: R) => T): { items: T[]; next?: string } {
  if (rows.length <= page.limit) return { items: rows.map(present) };
  const items = rows.slice(0, page.limit);
  return { items: items.map(present), next: encodeCursor(keyset, keyOf(items.at(-1)!, keyset.keys)) };
}
