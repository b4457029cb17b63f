import type { Db } from '../../db/create-db.ts';
import { type Page, offsetOf } from '../../http/lists.ts';
import { containing } from '../../db/search.ts';

export type MunicipalityFilter = { q?: string | undefined };

export const listMunicipalities = (db: Db, filter: MunicipalityFilter, page: Page) =>
  db
    .selectFrom('municipality')
    .selectAll()
    .$if(!!filter.q, (q) => q.where('name', 'ilike', containing(filter.q!)))
    .orderBy('code')
    .orderBy('id')
    .limit(page.limit + 1)
    .offset(offsetOf(page))
    .execute();

export const findMunicipality = (db: Db, id: string) =>
  db.selectFrom('municipality').selectAll().where('id', '=', id).executeTakeFirst();
