/** Appends to the audit trail; called inside the transaction of the write it records. */
import type { Transaction } from 'kysely';
import type { Ctx } from './context.ts';
import type { Database } from './db/schema.ts';

export type AuditEntry = {
  action: string;
  resourceType: string;
  resourceId: string;
  before: unknown;
  after: unknown;
};

const json = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));

export async function recordAudit(
  trx: Transaction<Database>,
  ctx: Pick<Ctx, 'actor' | 'requestId'>,
  entry: AuditEntry,
): Promise<void> {
  await trx
    .insertInto('auditEvent')
    .values({
      actorId: ctx.actor?.userId ?? null,
      action: entry.action,
      resourceType: entry.resourceType,
      resourceId: entry.resourceId,
      before: json(entry.before),
      after: json(entry.after),
      requestId: ctx.requestId,
    })
    .execute();
}
