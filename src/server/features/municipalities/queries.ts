import type { Db } from '../../db/create-db.ts';
import { type Keyset, type KeysetPage, inKeyOrder } from '../../db/keyset.ts';
import { containing } from '../../db/search.ts';

export type MunicipalityFilter = { q?: string | undefined };

/** The list's order (keyset paging). */
export const municipalityOrder: Keyset = {
  tag: 'municipalities',
  keys: [
    { ref: 'municipality.code', dir: 'asc', field: 'code', kind: 'text' },
    { ref: 'municipality.id', dir: 'asc', field: 'id', kind: 'uuid' },
  ],
};

export const listMunicipalities = (db: Db, filter: MunicipalityFilter, page: KeysetPage) =>
  db
    .selectFrom('municipality')
    .selectAll()
    .$if(!!filter.q, (q) => q.where('name', 'ilike', containing(filter.q!)))
    .$call((q) => inKeyOrder(q, municipalityOrder, page))
    .execute();

export const findMunicipality = (db: Db, id: string) =>
  db.selectFrom('municipality').selectAll().where('id', '=', id).executeTakeFirst();
