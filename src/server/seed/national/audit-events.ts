/**
 * The audit trail of the synthetic Denmark: millions of events made inside the database with
 * `insert … select … from generate_series`, in batches (for the progress bar), on the resources the
 * data set has just made. No randomness in SQL: event g takes resource number
 * (g · 2654435761 + seed) mod R (a multiplicative hash), so the same seed gives the same trail.
 * Events spread evenly from 1 January 2011 to the data set's "today"; every one says it is synthetic
 * (`request_id` 'national-seed', `"synthetic": true` in before and after).
 */
import { sql } from 'kysely';
import { type Trx, bulkInsert } from './bulk.ts';
import { syntheticToday } from './routes.ts';

export type AuditResource = { resourceType: string; resourceId: string; actions: string[] };

export const auditRequestId = 'national-seed';
const batch = 100_000;
const from = '2011-01-01T00:00:00Z';

export async function writeAuditEvents(
  trx: Trx,
  seed: number,
  count: number,
  resources: readonly AuditResource[],
  onRows: (n: number) => void,
): Promise<void> {
  if (count === 0 || resources.length === 0) return;
  await sql`create temporary table national_audit_resource (n integer primary key, resource_type text not null, resource_id text not null, actions text[] not null) on commit drop`.execute(trx);
  await bulkInsert(
    trx,
    'national_audit_resource',
    resources.map((r, n) => ({ n, ...r })),
  );
  const spanSeconds = (Date.parse(`${syntheticToday}T23:59:59Z`) - Date.parse(from)) / 1000;
  const step = spanSeconds / count;
  for (let first = 1; first <= count; first += batch) {
    const last = Math.min(count, first + batch - 1);
    await sql`
      insert into audit_event (at, actor_id, action, resource_type, resource_id, before, after, request_id)
      select ${from}::timestamptz + ((g - 1) * ${step}::float8) * interval '1 second',
             null,
             r.actions[1 + (g % array_length(r.actions, 1))],
             r.resource_type,
             r.resource_id,
             jsonb_build_object('synthetic', true, 'version', 1 + g % 7),
             jsonb_build_object('synthetic', true, 'version', 2 + g % 7, 'event', g),
             ${auditRequestId}
      from generate_series(${first}::bigint, ${last}::bigint) as g
      join national_audit_resource r on r.n = ((g * 2654435761 + ${seed}::bigint) % ${resources.length}::bigint)::integer
      order by g`.execute(trx);
    onRows(last - first + 1);
  }
}
