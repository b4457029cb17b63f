import type { Db } from '../../db/create-db.ts';
import type { Row } from '../../db/schema.ts';
import { type Page, offsetOf } from '../../http/lists.ts';

export const listFundingPeriods = (db: Db, page: Page) =>
  db
    .selectFrom('fundingPeriod')
    .selectAll()
    .orderBy('startYear')
    .orderBy('id')
    .limit(page.limit + 1)
    .offset(offsetOf(page))
    .execute();

export const listInterventionAreas = (db: Db, fundingPeriodId: string) =>
  db
    .selectFrom('interventionArea')
    .select(['id', 'number', 'name', 'municipalInterface'])
    .where('fundingPeriodId', '=', fundingPeriodId)
    .orderBy('number')
    .execute();

/** A funding period as one resource shows it: with its intervention areas. */
export const withInterventionAreas = async (period: Row<'fundingPeriod'>, db: Db) => ({
  ...period,
  interventionAreas: await listInterventionAreas(db, period.id),
});

export async function findFundingPeriod(db: Db, id: string) {
  const row = await db.selectFrom('fundingPeriod').selectAll().where('id', '=', id).executeTakeFirst();
  return row && withInterventionAreas(row, db);
}
