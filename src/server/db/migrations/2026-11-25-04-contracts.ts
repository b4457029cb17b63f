/**
 * Cooperation contracts (Kontrakter om boligsocialt samarbejde) and their immutable revisions.
 * Frozen: never edit after it has run; change the schema with a new dated migration.
 *
 * A contract is the editable head (urban area × intervention area, working group, status, the
 * working draft); every adopted version is a `contract_revision` row that the database itself
 * refuses to update or delete, like the audit trail.
 */
import { type Kysely, sql } from 'kysely';

// Migrations take Kysely<any> by Kysely's own convention: they must not depend on today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('contract')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('urban_area_id', 'uuid', (c) => c.notNull().references('urban_area.id'))
    .addColumn('intervention_area_id', 'uuid', (c) => c.notNull().references('intervention_area.id'))
    .addColumn('working_group_id', 'uuid', (c) => c.notNull().references('working_group.id'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft', 'approved')`))
    // The working draft; null once the contract is approved (then revisions carry the content).
    .addColumn('draft', 'jsonb')
    .addColumn('created_by', 'uuid')
    // CON-PER-AREA: at most one contract per urban area and intervention area.
    .addUniqueConstraint('contract_per_area_unique', ['urban_area_id', 'intervention_area_id'])
    .addCheckConstraint('contract_draft_while_draft', sql`(status = 'draft') = (draft is not null)`)
    .execute();
  await db.schema.createIndex('contract_intervention_area').on('contract').column('intervention_area_id').execute();

  await db.schema
    .createTable('contract_revision')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('contract_id', 'uuid', (c) => c.notNull().references('contract.id'))
    .addColumn('number', 'integer', (c) => c.notNull().check(sql`number >= 1`))
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('adopted_by', 'text', (c) => c.notNull().check(sql`adopted_by in ('city_council', 'forum')`))
    .addColumn('decision_date', 'date', (c) => c.notNull())
    .addColumn('decision_reference', 'text', (c) => c.notNull())
    // The plan decision (City Council) a first version was approved with; text, so that this table
    // does not depend on how the approval workflow stores its decisions.
    .addColumn('decision_id', 'text')
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('contract_revision_number_unique', ['contract_id', 'number'])
    // The first version is the political approval (APP-CONTRACTS-WITH-PLANS).
    .addCheckConstraint('contract_revision_first_by_council', sql`number > 1 or adopted_by = 'city_council'`)
    .execute();

  // Versions are immutable, enforced by the database itself (as the audit trail).
  await sql`create function contract_revision_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'contract_revision is immutable' using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql`create trigger contract_revision_no_update before update or delete on contract_revision
    for each row execute function contract_revision_immutable()`.execute(db);
  await sql`create trigger contract_revision_no_truncate before truncate on contract_revision
    for each statement execute function contract_revision_immutable()`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The contracts migration cannot be undone');
}
