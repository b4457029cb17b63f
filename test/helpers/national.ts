/**
 * A fingerprint of the national data set in a database: per table, a SHA-256 of its synthetic rows
 * (as JSON, in a fixed order, without the timestamps and serial numbers the database fills in;
 * the audit trail as a sum of row hashes, computed in the database). The funding periods
 * and intervention areas come from the reference data, whose ids differ from one database to the
 * next, so their ids are replaced by their names before hashing.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../src/server/db/create-db.ts';

const plans = `select id from plan where provenance = 'synthetic'`;
const municipalities = `select id from municipality where name like 'Syntetisk %'`;
const areas = `select id from urban_area where provenance = 'synthetic'`;

/** Each table of the set and which of its rows are synthetic. */
export const nationalTables: Record<string, string> = {
  municipality: `name like 'Syntetisk %'`,
  administration: `municipality_id in (${municipalities})`,
  committee: `municipality_id in (${municipalities})`,
  urban_area: `provenance = 'synthetic'`,
  forum: `urban_area_id in (${areas})`,
  housing_organisation: `provenance = 'synthetic'`,
  estate: `provenance = 'synthetic'`,
  plan: `provenance = 'synthetic'`,
  plan_estate: `plan_id in (${plans})`,
  plan_committee: `plan_id in (${plans})`,
  plan_partner_administration: `plan_id in (${plans})`,
  goal: `plan_id in (${plans})`,
  success_criterion: `goal_id in (select id from goal where plan_id in (${plans}))`,
  indicator_target: `success_criterion_id in (select c.id from success_criterion c join goal g on g.id = c.goal_id where g.plan_id in (${plans}))`,
  activity: `plan_id in (${plans})`,
  activity_goal: `activity_id in (select id from activity where plan_id in (${plans}))`,
  budget_line: `plan_id in (${plans})`,
  pool: `provenance = 'synthetic'`,
  pool_funding_period: `pool_id in (select id from pool where provenance = 'synthetic')`,
  pool_allocation: `plan_id in (${plans})`,
  decision: `plan_id in (${plans})`,
  plan_revision: `plan_id in (${plans})`,
  working_group: `provenance = 'synthetic'`,
  contract: `urban_area_id in (${areas})`,
  contract_revision: `contract_id in (select id from contract where urban_area_id in (${areas}))`,
  audit_event: `request_id = 'national-seed'`,
};

/** A revision's snapshot lists budget lines in the order of their intervention areas' ids: sort them by content. */
function canonical(table: string, text: string): string {
  if (table !== 'plan_revision') return text;
  const row = JSON.parse(text) as { snapshot: { budgetLines: unknown[] } };
  row.snapshot.budgetLines = row.snapshot.budgetLines.map((l) => JSON.stringify(l)).sort().map((l) => JSON.parse(l) as unknown);
  return JSON.stringify(row);
}

export async function nationalFingerprint(db: Db): Promise<Record<string, { rows: number; sha256: string }>> {
  const refs = await sql<{ id: string; key: string }>`
    select id::text, 'period ' || name as key from funding_period
    union all
    select a.id::text, 'area ' || p.name || ' #' || a.number from intervention_area a join funding_period p on p.id = a.funding_period_id`.execute(db);
  const out: Record<string, { rows: number; sha256: string }> = {};
  for (const [table, where] of Object.entries(nationalTables)) {
    if (table === 'audit_event') {
      // Millions of rows on PostgreSQL: summed in the database, an order-free sum of row hashes.
      const sum = await sql<{ rows: string; sum: string }>`
        select count(*) as rows, coalesce(sum(('x' || substr(md5((to_jsonb(t) - 'id')::text), 1, 15))::bit(60)::bigint), 0)::text as sum
        from audit_event t where ${sql.raw(where)}`.execute(db);
      out[table] = { rows: Number(sum.rows[0]!.rows), sha256: sum.rows[0]!.sum };
      continue;
    }
    const rows = await sql<{ row: string }>`
      select (to_jsonb(t) - 'created_at' - 'updated_at')::text as row
      from ${sql.table(table)} t where ${sql.raw(where)}`.execute(db);
    const hash = createHash('sha256');
    const texts = rows.rows.map((r) => canonical(table, refs.rows.reduce((text, ref) => text.replaceAll(ref.id, ref.key), r.row))).sort();
    for (const text of texts) hash.update(`${text}\n`);
    out[table] = { rows: texts.length, sha256: hash.digest('hex') };
  }
  return out;
}
