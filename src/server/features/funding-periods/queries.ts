import type { Db } from '../../db/create-db.ts';
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

export const findFundingPeriod = (db: Db, id: string) =>
  db.selectFrom('fundingPeriod').selectAll().where('id', '=', id).executeTakeFirst();

export const listInterventionAreas = (db: Db, fundingPeriodId: string) =>
  db
    .selectFrom('interventionArea')
    .select(['id', 'number', 'name', 'municipalInterface'])
    .where('fundingPeriodId', '=', fundingPeriodId)
    .orderBy('number')
    .execute();

export const findInterventionArea = (db: Db, id: string) =>
  db.selectFrom('interventionArea').select(['id', 'number', 'name', 'municipalInterface']).where('id', '=', id).executeTakeFirst();
