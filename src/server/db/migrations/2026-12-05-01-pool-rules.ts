/**
 * The pool rules of issue #9: the funding periods a pool serves (FIN-POOL-PERIOD) and the state of
 * an allocation — reserved until the City Council approves the plan, committed from then on,
 * released when the plan is refused or withdrawn (FIN-POOL-COMMITTED). Frozen: never edit after it
 * has run; change the schema with a new dated migration.
 *
 * Rows that exist when this runs (inference, said here and in docs/plans-and-pools.md):
 * - a pool serves the funding periods whose years hold its budget year (Budget 2012 → 2011–14);
 * - an allocation is released when its plan is refused or withdrawn, committed when its plan has
 *   passed the City Council (the statuses after it on the approval route), reserved otherwise.
 */
import { type Kysely, sql } from 'kysely';

// Migrations take Kysely<any> by Kysely's own convention: they must not depend on today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('pool_funding_period')
    .addColumn('pool_id', 'uuid', (c) => c.notNull().references('pool.id').onDelete('cascade'))
    .addColumn('funding_period_id', 'uuid', (c) => c.notNull().references('funding_period.id'))
    .addPrimaryKeyConstraint('pool_funding_period_pk', ['pool_id', 'funding_period_id'])
    .execute();
  await db.schema.createIndex('pool_funding_period_period').on('pool_funding_period').column('funding_period_id').execute();
  await sql`
    insert into pool_funding_period (pool_id, funding_period_id)
    select pool.id, funding_period.id from pool
    join funding_period on pool.budget_year between funding_period.start_year and funding_period.end_year`.execute(db);

  await db.schema
    .alterTable('pool_allocation')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('reserved').check(sql`state in ('reserved', 'committed', 'released')`))
    .execute();
  await sql`
    update pool_allocation set state = case
      when plan.status in ('refused', 'withdrawn') then 'released'
      when plan.status in ('housing_organisation_approval', 'sent_to_fund', 'fund_commitment', 'running', 'closed', 'revision_draft') then 'committed'
      else 'reserved' end
    from plan where plan.id = pool_allocation.plan_id`.execute(db);
  // What a plan holds from the pools (FIN-POOL-PLAN-CAP) and a pool has given (FIN-POOL-CAP).
  await db.schema.createIndex('pool_allocation_plan_state').on('pool_allocation').columns(['plan_id', 'state']).execute();
}

export async function down(): Promise<void> {
  throw new Error('The pool rules migration cannot be undone');
}
