/**
 * Optimistic concurrency for editable rows: an update names the version it was based on, and only
 * succeeds if the row still has it. Used by every use case that edits a row.
 */
import type { Transaction, Updateable } from 'kysely';
import { AppError, type Text, notFound } from '../../domain/errors.ts';
import type { Database, Row } from './schema.ts';

/** Tables whose rows carry id and version. */
export type EditableTable = {
  [K in keyof Database]: Database[K] extends { id: unknown; version: unknown } ? K : never;
}[keyof Database];

export type VersionedRow = Record<string, unknown> & { id: string; version: number };

export const staleVersion = (): AppError =>
  new AppError('precondition_failed', {
    da: 'Nogen har ændret dette i mellemtiden. Hent den nyeste version og prøv igen.',
    en: 'Someone changed this in the meantime. Fetch the latest version and try again.',
  });

/** Locks and returns the row (SELECT … FOR UPDATE), or throws not found. */
export async function lockRow(trx: Transaction<Database>, table: EditableTable, id: string, what: Text) {
  const row = await trx.selectFrom(table).selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound(what);
  return row as unknown as VersionedRow;
}

/** Updates a locked row if it still has `expectedVersion` (else 412); returns the new row. */
export async function updateLocked<T extends EditableTable>(
  trx: Transaction<Database>,
  table: T,
  locked: { id: string; version: number },
  expectedVersion: number,
  patch: Updateable<Database[T]>,
): Promise<Row<T>> {
  if (locked.version !== expectedVersion) throw staleVersion();
  const after = await trx
    .updateTable(table as EditableTable)
    .set({ ...(patch as object), version: expectedVersion + 1, updatedAt: new Date() })
    .where('id', '=', locked.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return after as unknown as Row<T>;
}
