import type { Db } from '../../db/create-db.ts';
import { type Page, offsetOf } from '../../http/lists.ts';
import { containing } from '../../db/search.ts';

export type HousingOrganisationFilter = { q?: string | undefined };

export const listHousingOrganisations = (db: Db, filter: HousingOrganisationFilter, page: Page) =>
  db
    .selectFrom('housingOrganisation')
    .selectAll()
    .$if(!!filter.q, (q) =>
      q.where((eb) => eb.or([eb('name', 'ilike', containing(filter.q!)), eb('shortName', 'ilike', containing(filter.q!))])),
    )
    .orderBy('name')
    .orderBy('id')
    .limit(page.limit + 1)
    .offset(offsetOf(page))
    .execute();

export const findHousingOrganisation = (db: Db, id: string) =>
  db.selectFrom('housingOrganisation').selectAll().where('id', '=', id).executeTakeFirst();
