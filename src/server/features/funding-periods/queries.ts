import type { Db } from '../../db/create-db.ts';
import type { Row } from '../../db/schema.ts';
import { type Keyset, type KeysetPage, inKeyOrder } from '../../db/keyset.ts';

/** The list's order (keyset paging). */
export const fundingPeriodOrder: Keyset = {
  tag: 'funding-periods',
  keys: [
    { ref: 'fundingPeriod.startYear', dir: 'asc', field: 'startYear', kind: 'int' },
    { ref: 'fundingPeriod.id', dir: 'asc', field: 'id', kind: 'uuid' },
  ],
};

export const listFundingPeriods = (db: Db, page: KeysetPage) =>
  db
    .selectFrom('fundingPeriod')
    .selectAll()
    .$call((q) => inKeyOrder(q, fundingPeriodOrder, page))
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
