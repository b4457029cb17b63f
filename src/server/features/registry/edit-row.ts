/**
 * The shape every registry write shares: one transaction that locks the row, checks who may edit
 * it, checks the version, writes, and appends the audit event. Use cases supply what differs.
 */
import type { Insertable, Transaction, Updateable } from 'kysely';
import type { Text } from '../../../domain/errors.ts';
import { recordAudit } from '../../audit.ts';
import type { SignedInCtx } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { type EditableTable, type VersionedRow, lockRow, staleVersion, updateLocked } from '../../db/versioned.ts';

type Trx = Transaction<Database>;

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
};

export function editRow<T extends EditableTable>(ctx: SignedInCtx, spec: EditSpec<T>): Promise<VersionedRow> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await lockRow(trx, spec.table, spec.id, spec.what);
    await spec.authorizeRow(before, trx);
    const after = await updateLocked(trx, spec.table, before, spec.version, spec.patch);
    await recordAudit(trx, ctx, {
      action: 'update',
      resourceType: spec.table,
      resourceId: spec.id,
      before,
      after,
    });
    return after;
  });
}

type CreateSpec<T extends EditableTable> = {
  table: T;
  values: Insertable<Database[T]>;
  /** Throws if the actor may not create this row; runs in the transaction before the insert. */
  authorizeCreate?: (trx: Trx) => void | Promise<void>;
};

export function createRow<T extends EditableTable>(ctx: SignedInCtx, spec: CreateSpec<T>): Promise<VersionedRow> {
  return ctx.db.transaction().execute(async (trx) => {
    await spec.authorizeCreate?.(trx);
    const row = (await trx
      .insertInto(spec.table as EditableTable)
      .values(spec.values as never)
      .returningAll()
      .executeTakeFirstOrThrow()) as unknown as VersionedRow;
    await recordAudit(trx, ctx, { action: 'create', resourceType: spec.table, resourceId: row.id, before: null, after: row });
    return row;
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
