/**
 * APP-CONTRACTS-WITH-PLANS: a City Council decision names the contracts it approves with the plan.
 * `decision_contract` is that list, append-only like the decision itself; and a first contract
 * version adopted by the City Council must be named by its decision — the database refuses it
 * otherwise, whatever code runs. Frozen: never edit after it has run; change the schema with a new
 * dated migration.
 *
 * Installations that approved contracts before the list existed get it from their revisions: each
 * City Council revision with a decision named the contract it approved.
 */
import { type Kysely, sql } from 'kysely';

// Migrations take Kysely<any> by Kysely's own convention: they must not depend on today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('decision_contract')
    .addColumn('decision_id', 'uuid', (c) => c.notNull().references('decision.id'))
    .addColumn('contract_id', 'uuid', (c) => c.notNull().references('contract.id'))
    .addPrimaryKeyConstraint('decision_contract_pk', ['decision_id', 'contract_id'])
    .execute();
  await db.schema.createIndex('decision_contract_contract').on('decision_contract').column('contract_id').execute();

  await sql`insert into decision_contract (decision_id, contract_id)
    select distinct r.decision_id::uuid, r.contract_id from contract_revision r
    join decision d on d.id::text = r.decision_id
    where r.adopted_by = 'city_council'`.execute(db);

  // Append-only, as the decision it belongs to (the function comes from the approval migration).
  await sql`create trigger decision_contract_no_update before update or delete on decision_contract
    for each row execute function approval_append_only()`.execute(db);
  await sql`create trigger decision_contract_no_truncate before truncate on decision_contract
    for each statement execute function approval_append_only()`.execute(db);

  // A contract is approved by the City Council only when the decision names it.
  await sql`create function contract_revision_named() returns trigger language plpgsql as $$
    begin
      if new.adopted_by = 'city_council' and not exists (
        select 1 from decision_contract dc where dc.decision_id::text = new.decision_id and dc.contract_id = new.contract_id
      ) then
        raise exception 'APP-CONTRACTS-WITH-PLANS: the City Council decision does not name contract %', new.contract_id
          using errcode = 'check_violation';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger contract_revision_named before insert on contract_revision
    for each row execute function contract_revision_named()`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The decision contracts migration cannot be undone');
}
