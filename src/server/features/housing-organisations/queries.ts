import type { Db } from '../../db/create-db.ts';
import { type Keyset, type KeysetPage, inKeyOrder } from '../../db/keyset.ts';
import { containing } from '../../db/search.ts';

export type HousingOrganisationFilter = { q?: string | undefined };

/** The list's order (keyset paging). */
export const housingOrganisationOrder: Keyset = {
  tag: 'housing-organisations',
  keys: [
    { ref: 'housingOrganisation.name', dir: 'asc', field: 'name', kind: 'text' },
    { ref: 'housingOrganisation.id', dir: 'asc', field: 'id', kind: 'uuid' },
  ],
};

export const listHousingOrganisations = (db: Db, filter: HousingOrganisationFilter, page: KeysetPage) =>
  db
    .selectFrom('housingOrganisation')
    .selectAll()
    .$if(!!filter.q, (q) =>
      q.where((eb) => eb.or([eb('name', 'ilike', containing(filter.q!)), eb('shortName', 'ilike', containing(filter.q!))])),
    )
    .$call((q) => inKeyOrder(q, housingOrganisationOrder, page))
    .execute();

export const findHousingOrganisation = (db: Db, id: string) =>
  db.selectFrom('housingOrganisation').selectAll().where('id', '=', id).executeTakeFirst();
