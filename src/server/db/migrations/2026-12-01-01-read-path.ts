/**
 * The read path: a summary per plan kept with every write (what the plan list shows, sorts and
 * totals, and the counts of its rule report, computed once per plan version), and the indexes the
 * lists filter, sort and page by (keyset: the sort key and the id). Frozen: never edit after it
 * has run; change the schema with a new dated migration.
 *
 * Plans that exist when this runs get their summaries from the application on start
 * (`summariseMissingPlans`): the rule report is TypeScript, which a migration does not import.
 */
import { type Kysely, sql } from 'kysely';

// Migrations take Kysely<any> by Kysely's own convention: they must not depend on today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('plan_summary')
    .addColumn('plan_id', 'uuid', (c) => c.primaryKey().references('plan.id').onDelete('cascade'))
    // The plan version the summary was computed for.
    .addColumn('plan_version', 'integer', (c) => c.notNull())
    // The plan's name as Danish alphabetical order sorts it, compared byte by byte.
    .addColumn('name_key', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('frame_ore', 'bigint', (c) => c.notNull())
    .addColumn('fund_ore', 'bigint', (c) => c.notNull())
    .addColumn('municipal_ore', 'bigint', (c) => c.notNull())
    .addColumn('housing_ore', 'bigint', (c) => c.notNull())
    .addColumn('other_ore', 'bigint', (c) => c.notNull())
    .addColumn('municipal_share_bp', 'integer', (c) => c.notNull())
    .addColumn('local_share_bp', 'integer', (c) => c.notNull())
    .addColumn('pool_allocated_ore', 'bigint', (c) => c.notNull())
    .addColumn('errors', 'integer', (c) => c.notNull())
    .addColumn('warnings', 'integer', (c) => c.notNull())
    // The rule report's findings, and the version of the rules that found them (a summary made by
    // other rules is made again).
    .addColumn('findings', 'jsonb', (c) => c.notNull())
    .addColumn('rules_version', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // The plan list's sorts: each key, then the name, then the id (a descending sort reads the index
  // backwards and orders ties by name incrementally).
  await db.schema.createIndex('plan_summary_name').on('plan_summary').columns(['name_key', 'plan_id']).execute();
  await db.schema.createIndex('plan_summary_frame').on('plan_summary').columns(['frame_ore', 'name_key', 'plan_id']).execute();
  await db.schema.createIndex('plan_summary_municipal_share').on('plan_summary').columns(['municipal_share_bp', 'name_key', 'plan_id']).execute();
  await db.schema.createIndex('plan_start_date').on('plan').columns(['start_date', 'id']).execute();
  // The plan list's filters (urban area and lead organisation have theirs since the plans migration).
  await db.schema.createIndex('plan_status').on('plan').columns(['status', 'id']).execute();
  await db.schema.createIndex('plan_funding_period').on('plan').column('funding_period_id').execute();

  // The registry lists' filters and order that no index served: estates by urban area and by name
  // (71,000 at the national set's largest scale), a forum's members and working groups.
  await db.schema.createIndex('estate_urban_area').on('estate').column('urban_area_id').execute();
  await db.schema.createIndex('estate_name').on('estate').columns(['name', 'id']).execute();
  await db.schema.createIndex('forum_member_forum').on('forum_member').column('forum_id').execute();
  await db.schema.createIndex('working_group_forum').on('working_group').column('forum_id').execute();

  // The audit trail, newest first, by each filter: keyset on (at, id). A resource id is all but
  // unique across types, so (resource_id, …) serves it with or without its type.
  await db.schema.createIndex('audit_event_at').on('audit_event').columns(['at', 'id']).execute();
  await db.schema.createIndex('audit_event_resource_at').on('audit_event').columns(['resource_id', 'at', 'id']).execute();
  await db.schema.createIndex('audit_event_type_at').on('audit_event').columns(['resource_type', 'at', 'id']).execute();
  await db.schema.createIndex('audit_event_actor_at').on('audit_event').columns(['actor_id', 'at', 'id']).execute();
  // These serve what the old ones did.
  await db.schema.dropIndex('audit_event_resource').execute();
  await db.schema.dropIndex('audit_event_actor').execute();
}

export async function down(): Promise<void> {
  throw new Error('The read path migration cannot be undone');
}
