/** Plan revision queries. */
import type { Kysely } from 'kysely';
import type { Database, NewRow, Row } from '../../db/schema.ts';

type Q = Kysely<Database>;

export const findRevisions = (db: Q, planId: string) =>
  db.selectFrom('planRevision').selectAll().where('planId', '=', planId).orderBy('number').execute();

export const findRevision = (db: Q, planId: string, number: number) =>
  db.selectFrom('planRevision').selectAll().where('planId', '=', planId).where('number', '=', number).executeTakeFirst();

/** The plan's decisions as the dating of its revisions reads them (`effectiveDateOf`). */
export const findDecisionDates = (db: Q, planId: string) =>
  db.selectFrom('decision').select(['id', 'decidedOn', 'correctsDecisionId']).where('planId', '=', planId).execute();

export const findOpenRevision = (db: Q, planId: string) =>
  db.selectFrom('planRevision').selectAll().where('planId', '=', planId).where('status', '=', 'in_progress').executeTakeFirst();

export async function nextRevisionNumber(db: Q, planId: string): Promise<number> {
  const row = await db
    .selectFrom('planRevision')
    .select((eb) => eb.fn.max<number | null>('number').as('n'))
    .where('planId', '=', planId)
    .executeTakeFirst();
  return (row?.n ?? 0) + 1;
}

export const hasApprovedRevision = async (db: Q, planId: string): Promise<boolean> =>
  (await db.selectFrom('planRevision').select('id').where('planId', '=', planId).where('status', '=', 'approved').executeTakeFirst()) !== undefined;

export const insertRevision = (db: Q, row: NewRow<'planRevision'>): Promise<Row<'planRevision'>> =>
  db.insertInto('planRevision').values(row).returningAll().executeTakeFirstOrThrow();

/** Approves an open change: its snapshot is taken now and frozen (the database refuses later updates). */
export const approveRevision = (db: Q, id: string, snapshot: string, decisionId: string | null): Promise<Row<'planRevision'>> =>
  db
    .updateTable('planRevision')
    .set({ status: 'approved', snapshot, decisionId, approvedAt: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
