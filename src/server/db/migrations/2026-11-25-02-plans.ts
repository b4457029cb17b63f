/**
 * Plans, their content (goals, success criteria, indicator targets with revisions, activities,
 * budget lines) and the municipal pools. Frozen: never edit after it has run; change the schema
 * with a new dated migration. Money is bigint øre.
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
  // Plan content: versioned through its plan (editing it bumps the plan's version).
  const content = (t: string) =>
    db.schema
      .createTable(t)
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`));

  await editable('plan')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('funding_period_id', 'uuid', (c) => c.notNull().references('funding_period.id'))
    .addColumn('urban_area_id', 'uuid', (c) => c.notNull().references('urban_area.id'))
    .addColumn('housing_organisation_id', 'uuid', (c) => c.notNull().references('housing_organisation.id'))
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('challenges', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('cooperation_agreement_date', 'date')
    .addColumn('cooperation_reference', 'text')
    .addColumn('provenance', 'text', (c) => c.notNull().defaultTo('example'))
    .addCheckConstraint('plan_period', sql`start_date <= end_date`)
    .execute();
  await db.schema.createIndex('plan_urban_area').on('plan').column('urban_area_id').execute();
  await db.schema.createIndex('plan_housing_organisation').on('plan').column('housing_organisation_id').execute();

  await db.schema
    .createTable('plan_estate')
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('estate_id', 'uuid', (c) => c.notNull().references('estate.id'))
    .addPrimaryKeyConstraint('plan_estate_pk', ['plan_id', 'estate_id'])
    .execute();
  await db.schema.createIndex('plan_estate_estate').on('plan_estate').column('estate_id').execute();

  await db.schema
    .createTable('plan_committee')
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('committee_id', 'uuid', (c) => c.notNull().references('committee.id'))
    .addPrimaryKeyConstraint('plan_committee_pk', ['plan_id', 'committee_id'])
    .execute();

  // FIN-COOPERATION: the administrations the plan is made in cooperation with.
  await db.schema
    .createTable('plan_partner_administration')
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('administration_id', 'uuid', (c) => c.notNull().references('administration.id'))
    .addPrimaryKeyConstraint('plan_partner_administration_pk', ['plan_id', 'administration_id'])
    .execute();

  await content('goal')
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('goal_plan').on('goal').columns(['plan_id', 'position']).execute();

  await content('success_criterion')
    .addColumn('goal_id', 'uuid', (c) => c.notNull().references('goal.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('indicator_name', 'text', (c) => c.notNull())
    .addColumn('indicator_unit', 'text', (c) => c.notNull())
    .addColumn('baseline_value', 'double precision')
    .addColumn('baseline_year', 'integer')
    .execute();
  await db.schema.createIndex('success_criterion_goal').on('success_criterion').column('goal_id').execute();

  // The current target per plan year; `original_value` keeps what was first set.
  await content('indicator_target')
    .addColumn('success_criterion_id', 'uuid', (c) => c.notNull().references('success_criterion.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('original_value', 'double precision', (c) => c.notNull())
    .addUniqueConstraint('indicator_target_year_unique', ['success_criterion_id', 'year'])
    .execute();

  // Every change of a target after it was first set: who, when, why, from → to. Never edited.
  await db.schema
    .createTable('target_revision')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('indicator_target_id', 'uuid', (c) => c.notNull().references('indicator_target.id').onDelete('cascade'))
    .addColumn('from_value', 'double precision', (c) => c.notNull())
    .addColumn('to_value', 'double precision', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'uuid')
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('target_revision_target').on('target_revision').column('indicator_target_id').execute();

  await content('activity')
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('intervention_area_id', 'uuid', (c) => c.notNull().references('intervention_area.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('carried_out_by', 'text', (c) =>
      c.notNull().check(sql`carried_out_by in ('plan_staff', 'administration', 'both')`),
    )
    .addColumn('administration_id', 'uuid', (c) => c.references('administration.id'))
    .execute();
  await db.schema.createIndex('activity_plan').on('activity').column('plan_id').execute();

  await db.schema
    .createTable('activity_goal')
    .addColumn('activity_id', 'uuid', (c) => c.notNull().references('activity.id').onDelete('cascade'))
    .addColumn('goal_id', 'uuid', (c) => c.notNull().references('goal.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('activity_goal_pk', ['activity_id', 'goal_id'])
    .execute();

  await content('budget_line')
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('intervention_area_id', 'uuid', (c) => c.notNull().references('intervention_area.id'))
    .addColumn('activity_id', 'uuid', (c) => c.references('activity.id').onDelete('set null'))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('fund', 'municipal', 'housing', 'other')`))
    .addColumn('municipal_part', 'text', (c) => c.check(sql`municipal_part in ('contract', 'facilitation')`))
    .addColumn('amount_ore', 'bigint', (c) => c.notNull().check(sql`amount_ore >= 0`))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addCheckConstraint('budget_line_municipal_part', sql`(source = 'municipal') = (municipal_part is not null)`)
    .execute();
  await db.schema.createIndex('budget_line_plan').on('budget_line').columns(['plan_id', 'year']).execute();

  await editable('pool')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipality.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('budget_year', 'integer', (c) => c.notNull())
    .addColumn('capacity_ore', 'bigint', (c) => c.notNull().check(sql`capacity_ore >= 0`))
    .addColumn('provenance', 'text', (c) => c.notNull().defaultTo('example'))
    .addUniqueConstraint('pool_name_unique', ['municipality_id', 'name'])
    .execute();

  await editable('pool_allocation')
    .addColumn('pool_id', 'uuid', (c) => c.notNull().references('pool.id'))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plan.id'))
    .addColumn('amount_ore', 'bigint', (c) => c.notNull().check(sql`amount_ore > 0`))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('pool_allocation_pool').on('pool_allocation').column('pool_id').execute();
  await db.schema.createIndex('pool_allocation_plan').on('pool_allocation').column('plan_id').execute();
}

export async function down(): Promise<void> {
  throw new Error('The plans migration cannot be undone');
}
