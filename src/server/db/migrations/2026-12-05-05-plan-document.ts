/**
 * The plan's document: `GET /api/plans/:id`'s JSON, composed once per plan version in the
 * transaction of the write that made it (with the plan's summary, features/plans/summary.ts) and
 * sent as it is stored; `document_hash` names its content (a server keeps documents it sent in
 * memory by it). `document_by_write`: the document is the one the write of its plan version
 * composed, so that a 304 by the version's ETag stands for it; a document composed again without a
 * new version (a pool, a registry name, start) is not. Frozen: never edit after it has run.
 *
 * Summaries of existing plans have no document yet: the application composes them on start
 * (`summariseStalePlans`), as it does summaries.
 */
import type { Kysely } from 'kysely';

// Migrations take Kysely<any> by Kysely's own convention: they must not depend on today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('plan_summary').addColumn('document', 'text').execute();
  await db.schema.alterTable('plan_summary').addColumn('document_hash', 'text').execute();
  await db.schema.alterTable('plan_summary').addColumn('document_by_write', 'boolean', (c) => c.notNull().defaultTo(false)).execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.alterTable('plan_summary').dropColumn('document_by_write').execute();
  await db.schema.alterTable('plan_summary').dropColumn('document_hash').execute();
  await db.schema.alterTable('plan_summary').dropColumn('document').execute();
}
