/**
 * Foundation: registry, people, sessions and the audit trail. Frozen: never edit after it has run;
 * change the schema with a new dated migration.
 */
import { type Kysely, sql } from 'kysely';

// Migrations take Kysely<any> by Kysely's own convention: they must not depend on today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;


export async function up(db: Db): Promise<void> {
  const editable = (t: string) =>
    db.schema
      .createTable(t)
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`));

  await editable('municipality')
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .execute();

  await editable('urban_area')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipality.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('vulnerable', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('aliases', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('provenance', 'text', (c) => c.notNull().defaultTo('example'))
    .addUniqueConstraint('urban_area_name_unique', ['municipality_id', 'name'])
    .execute();

  await editable('forum')
    .addColumn('urban_area_id', 'uuid', (c) => c.notNull().unique().references('urban_area.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await editable('forum_member')
    .addColumn('forum_id', 'uuid', (c) => c.notNull().references('forum.id'))
    .addColumn('person_name', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('forum_role', 'text', (c) => c.notNull())
    .addColumn('provenance', 'text', (c) => c.notNull().defaultTo('example'))
    .execute();

  await editable('working_group')
    .addColumn('forum_id', 'uuid', (c) => c.notNull().references('forum.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('provenance', 'text', (c) => c.notNull().defaultTo('example'))
    .execute();

  await editable('housing_organisation')
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('short_name', 'text', (c) => c.notNull())
    .addColumn('administrator', 'text')
    .addColumn('provenance', 'text', (c) => c.notNull().defaultTo('example'))
    .execute();

  await editable('estate')
    .addColumn('housing_organisation_id', 'uuid', (c) => c.notNull().references('housing_organisation.id'))
    .addColumn('urban_area_id', 'uuid', (c) => c.notNull().references('urban_area.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('department_number', 'text')
    .addColumn('dwellings', 'integer', (c) => c.check(sql`dwellings is null or dwellings >= 0`))
    .addColumn('provenance', 'text', (c) => c.notNull().defaultTo('example'))
    .addUniqueConstraint('estate_name_unique', ['housing_organisation_id', 'name'])
    .execute();

  await editable('administration')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipality.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('abbreviation', 'text', (c) => c.notNull())
    .addUniqueConstraint('administration_abbreviation_unique', ['municipality_id', 'abbreviation'])
    .execute();

  await editable('committee')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipality.id'))
    .addColumn('administration_id', 'uuid', (c) => c.references('administration.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('abbreviation', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('committee', 'finance_committee', 'city_council')`),
    )
    .addUniqueConstraint('committee_abbreviation_unique', ['municipality_id', 'abbreviation'])
    .execute();
  await sql`create unique index committee_one_per_administration on committee (administration_id)
    where administration_id is not null`.execute(db);

  await editable('funding_period')
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('start_year', 'integer', (c) => c.notNull())
    .addColumn('end_year', 'integer', (c) => c.notNull())
    .addColumn('rules', 'jsonb', (c) => c.notNull())
    .addCheckConstraint('funding_period_years', sql`start_year <= end_year`)
    .execute();

  await editable('intervention_area')
    .addColumn('funding_period_id', 'uuid', (c) => c.notNull().references('funding_period.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('municipal_interface', 'boolean', (c) => c.notNull().defaultTo(false))
    .addUniqueConstraint('intervention_area_number_unique', ['funding_period_id', 'number'])
    .execute();

  await editable('app_user')
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(
        sql`role in ('admin', 'case_worker', 'housing_staff', 'forum_member', 'fund_officer', 'researcher')`,
      ),
    )
    .addColumn('municipality_id', 'uuid', (c) => c.references('municipality.id'))
    .addColumn('administration_id', 'uuid', (c) => c.references('administration.id'))
    .addColumn('housing_organisation_id', 'uuid', (c) => c.references('housing_organisation.id'))
    .addColumn('urban_area_id', 'uuid', (c) => c.references('urban_area.id'))
    .addColumn('demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();

  await db.schema
    .createTable('session')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('login_attempt')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('succeeded', 'boolean', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('login_attempt_email_at').on('login_attempt').columns(['email', 'at']).execute();

  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_id', 'uuid')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addColumn('request_id', 'text')
    .execute();
  await db.schema.createIndex('audit_event_resource').on('audit_event').columns(['resource_type', 'resource_id']).execute();
  await db.schema.createIndex('audit_event_actor').on('audit_event').columns(['actor_id', 'at']).execute();

  // The audit trail is append-only, enforced by the database itself.
  await sql`create function audit_event_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql`create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only()`.execute(db);
  await sql`create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only()`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The foundation migration cannot be undone');
}
