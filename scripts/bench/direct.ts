/**
 * "The same SQL run directly": the plan read's and the list's statements, recorded from the app's
 * own query functions and replayed on the driver (no HTTP, no Kysely, no JSON); beside them the
 * same functions called in process (Kysely, camel-casing and the JavaScript around the SQL).
 */
import type { Actor } from '../../src/domain/roles.ts';
import { listPlans } from '../../src/server/features/plans/list-plans.ts';
import { contentParts, findPlan } from '../../src/server/features/plans/queries.ts';
import type { CapturedQuery, InProcess } from './databases.ts';
import { measureLoop } from './load.ts';
import { type Row, type RowPlan, measureRow } from './rows.ts';

const describe = (queries: CapturedQuery[]) => {
  const chars = queries.reduce((n, q) => n + q.sql.length, 0);
  return `${queries.length} statement${queries.length === 1 ? '' : 's'}, ${(chars / 1000).toFixed(1)} kB of SQL`;
};

/** Replays the statements one after the other, as one operation. */
const replay = (conn: InProcess, queries: CapturedQuery[]) => async () => {
  for (const q of queries) await conn.raw(q);
  return true;
};

export async function directRows(conn: InProcess, plan: RowPlan, planId: string, admin: Actor, pageSize: number): Promise<Row[]> {
  const read = () => findPlan(conn.db, planId, { include: [...contentParts, 'summary'] }); // as GET /api/plans/:id
  const list = () => listPlans(conn.db, admin, { sort: 'name' }, { limit: pageSize });
  const readSql = (await conn.capture(read)).queries;
  const listSql = (await conn.capture(list)).queries;
  const loop = (op: () => Promise<unknown>) => (c: number, s: number) => measureLoop(c, s, async () => (await op(), true));
  return [
    await measureRow('plan read: its SQL on the driver', 'sql', plan, loop(replay(conn, readSql)), describe(readSql)),
    await measureRow('plan read: findPlan in process (Kysely)', 'sql', plan, loop(read)),
    await measureRow(`list as admin: its SQL on the driver`, 'sql', plan, loop(replay(conn, listSql)), describe(listSql)),
    await measureRow(`list as admin: listPlans in process (Kysely + JS)`, 'sql', plan, loop(list)),
  ];
}
