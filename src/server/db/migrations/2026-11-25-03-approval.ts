/**
 * Approval: the decisions on a plan (APP-DECISION: never edited, only followed by new ones), their
 * attached documents, and the plan's revisions (APP-LOCK: approved versions are frozen snapshots).
 * Frozen: never edit after it has run; change the schema with a new dated migration.
 */
import { type Kysely, sql } from 'kysely';

// Migrations take Kysely<any> by Kysely's own convention: they must not depend on today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  // An attached document (a PDF): bytes with their checksum. Never changed.
  await db.schema
    .createTable('document')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull().check(sql`content_type = 'application/pdf'`))
    .addColumn('size_bytes', 'integer', (c) => c.notNull().check(sql`size_bytes > 0 and size_bytes <= 5242880`))
    .addColumn('sha256', 'text', (c) => c.notNull().check(sql`sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('document_size_matches', sql`octet_length(content) = size_bytes`)
    .execute();

  await db.schema
    .createTable('decision')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plan.id'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) =>
      c.notNull().check(sql`body in ('housing_organisation', 'fund', 'committee', 'finance_committee', 'city_council', 'housing_board')`),
    )
    .addColumn('committee_id', 'uuid', (c) => c.references('committee.id'))
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('approved', 'refused', 'returned', 'withdrawn')`))
    .addColumn('decided_on', 'date', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('corrects_decision_id', 'uuid', (c) => c.references('decision.id').unique())
    .addColumn('document_id', 'uuid', (c) => c.references('document.id'))
    .addColumn('entered_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('entered_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('decision_committee', sql`(body = 'committee') = (committee_id is not null)`)
    .execute();
  await db.schema.createIndex('decision_plan').on('decision').columns(['plan_id', 'entered_at']).execute();
  await db.schema.createIndex('decision_committee_idx').on('decision').column('committee_id').execute();

  // Decisions and documents are append-only, enforced by the database itself (as the audit trail).
  await sql`create function approval_append_only() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only', tg_table_name using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  for (const table of ['decision', 'document']) {
    await sql`create trigger ${sql.raw(`${table}_no_update`)} before update or delete on ${sql.table(table)}
      for each row execute function approval_append_only()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
      for each statement execute function approval_append_only()`.execute(db);
  }

  // A version of a plan: `approved` (frozen at the fund's commitment) or `change` (a working copy
  // that goes through approval again; its snapshot is taken, and frozen, when the fund approves it).
  await db.schema
    .createTable('plan_revision')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plan.id'))
    .addColumn('number', 'integer', (c) => c.notNull().check(sql`number >= 1`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('approved', 'change')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('in_progress', 'approved')`))
    .addColumn('base_status', 'text')
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('snapshot', 'jsonb')
    .addColumn('decision_id', 'uuid', (c) => c.references('decision.id'))
    .addColumn('created_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('approved_at', 'timestamptz')
    .addUniqueConstraint('plan_revision_number_unique', ['plan_id', 'number'])
    .addCheckConstraint('plan_revision_approved', sql`(status = 'approved') = (approved_at is not null and snapshot is not null)`)
    .execute();
  // At most one open change per plan.
  await sql`create unique index plan_revision_one_open on plan_revision (plan_id) where status = 'in_progress'`.execute(db);

  // An approved revision is frozen; no revision is ever deleted.
  await sql`create function plan_revision_frozen() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' or old.status = 'approved' then
        raise exception 'an approved plan revision is frozen' using errcode = 'insufficient_privilege';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger plan_revision_frozen before update or delete on plan_revision
    for each row execute function plan_revision_frozen()`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The approval migration cannot be undone');
}
