/**
 * The shape every registry write shares: one transaction that locks the row, checks who may edit
 * it, checks the version, writes, and appends the audit event. Use cases supply what differs. A
 * write returns the row as written, so that the route presents it without reading it again.
 */
import type { Insertable, Transaction, Updateable } from 'kysely';
import type { Text } from '../../../domain/errors.ts';
import { recordAudit } from '../../audit.ts';
import type { SignedInCtx } from '../../context.ts';
import type { Database, Row } from '../../db/schema.ts';
import { type EditableTable, type VersionedRow, lockRow, staleVersion, updateLocked } from '../../db/versioned.ts';

type Trx = Transaction<Database>;

type Shown<T extends EditableTable, R> = {
  /**
   * The written row as its resource shows it, when that holds more than the row (names or ids
   * from other tables): looked up in the write's transaction. Default: the written row.
   */
  shown?: (row: Row<T>, trx: Trx) => Promise<R>;
};

const shownRow = <T extends EditableTable, R>(spec: Shown<T, R>, row: Row<T>, trx: Trx): Promise<R> | R =>
  spec.shown ? spec.shown(row, trx) : (row as unknown as R);

type EditSpec<T extends EditableTable> = {
  table: T;
  id: string;
  version: number;
  patch: Updateable<Database[T]>;
  what: Text;
  /**
   * Throws if the actor may not edit this row (called with the locked row). Look up anything else
   * it needs through `trx`: the transaction holds the connection.
   */
  authorizeRow: (row: VersionedRow, trx: Trx) => void | Promise<void>;
  /** What else the write changes, in its transaction (e.g. the summaries of the plans that read the row). */
  afterWrite?: (row: Row<T>, trx: Trx) => Promise<unknown>;
};

export function editRow<T extends EditableTable, R = Row<T>>(ctx: SignedInCtx, spec: EditSpec<T> & Shown<T, R>): Promise<R> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await lockRow(trx, spec.table, spec.id, spec.what);
    await spec.authorizeRow(before, trx);
    const after = await updateLocked(trx, spec.table, before, spec.version, spec.patch);
    await spec.afterWrite?.(after as Row<T>, trx);
    await recordAudit(trx, ctx, {
      action: 'update',
      resourceType: spec.table,
      resourceId: spec.id,
      before,
      after,
    });
    return shownRow(spec, after, trx);
  });
}

type CreateSpec<T extends EditableTable> = {
  table: T;
  values: Insertable<Database[T]>;
  /** Throws if the actor may not create this row; runs in the transaction before the insert. */
  authorizeCreate?: (trx: Trx) => void | Promise<void>;
};

export function createRow<T extends EditableTable, R = Row<T>>(ctx: SignedInCtx, spec: CreateSpec<T> & Shown<T, R>): Promise<R> {
  return ctx.db.transaction().execute(async (trx) => {
    await spec.authorizeCreate?.(trx);
    const row = (await trx
      .insertInto(spec.table as EditableTable)
      .values(spec.values as never)
      .returningAll()
      .executeTakeFirstOrThrow()) as unknown as Row<T> & VersionedRow;
    await recordAudit(trx, ctx, { action: 'create', resourceType: spec.table, resourceId: row.id, before: null, after: row });
    return shownRow(spec, row, trx);
  });
}

type DeleteSpec<T extends EditableTable> = Omit<EditSpec<T>, 'patch'>;

/** Deletes a row if it still has `version` (else 412), leaving the row as `before` in the trail. */
export function deleteRow<T extends EditableTable>(ctx: SignedInCtx, spec: DeleteSpec<T>): Promise<void> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await lockRow(trx, spec.table, spec.id, spec.what);
    await spec.authorizeRow(before, trx);
    if (before.version !== spec.version) throw staleVersion();
    await trx.deleteFrom(spec.table as EditableTable).where('id', '=', spec.id).execute();
    await recordAudit(trx, ctx, { action: 'delete', resourceType: spec.table, resourceId: spec.id, before, after: null });
  });
}
