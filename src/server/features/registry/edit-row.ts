/**
 * The shape every registry write shares: one transaction that locks the row, checks who may edit
 * it, checks the version, writes, and appends the audit event. Use cases supply what differs.
 */
import type { Insertable, Updateable } from 'kysely';
import type { Text } from '../../../domain/errors.ts';
import { recordAudit } from '../../audit.ts';
import type { SignedInCtx } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { type EditableTable, type VersionedRow, lockRow, updateLocked } from '../../db/versioned.ts';

type EditSpec<T extends EditableTable> = {
  table: T;
  id: string;
  version: number;
  patch: Updateable<Database[T]>;
  what: Text;
  /** Throws if the actor may not edit this row (called with the locked row). */
  authorizeRow: (row: VersionedRow) => void | Promise<void>;
};

export function editRow<T extends EditableTable>(ctx: SignedInCtx, spec: EditSpec<T>): Promise<VersionedRow> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await lockRow(trx, spec.table, spec.id, spec.what);
    await spec.authorizeRow(before);
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
};

export function createRow<T extends EditableTable>(ctx: SignedInCtx, spec: CreateSpec<T>): Promise<VersionedRow> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = (await trx
      .insertInto(spec.table as EditableTable)
      .values(spec.values as never)
      .returningAll()
      .executeTakeFirstOrThrow()) as unknown as VersionedRow;
    await recordAudit(trx, ctx, { action: 'create', resourceType: spec.table, resourceId: row.id, before: null, after: row });
    return row;
  });
}
