import type { Db } from '../../db/create-db.ts';
import type { Row } from '../../db/schema.ts';
import { type Keyset, type KeysetPage, inKeyOrder } from '../../db/keyset.ts';
import { containing } from '../../db/search.ts';

export type EstateFilter = {
  housingOrganisationId?: string | undefined;
  urbanAreaId?: string | undefined;
  q?: string | undefined;
};

const estates = (db: Db) =>
  db
    .selectFrom('estate')
    .innerJoin('housingOrganisation', 'housingOrganisation.id', 'estate.housingOrganisationId')
    .innerJoin('urbanArea', 'urbanArea.id', 'estate.urbanAreaId')
    .selectAll('estate')
    .select(['housingOrganisation.name as housingOrganisationName', 'urbanArea.name as urbanAreaName']);

/** The list's order (keyset paging). */
export const estateOrder: Keyset = {
  tag: 'estates',
  keys: [
    { ref: 'estate.name', dir: 'asc', field: 'name', kind: 'text' },
    { ref: 'estate.id', dir: 'asc', field: 'id', kind: 'uuid' },
  ],
};

export const listEstates = (db: Db, filter: EstateFilter, page: KeysetPage) =>
  estates(db)
    .$if(filter.housingOrganisationId !== undefined, (q) =>
      q.where('estate.housingOrganisationId', '=', filter.housingOrganisationId!),
    )
    .$if(filter.urbanAreaId !== undefined, (q) => q.where('estate.urbanAreaId', '=', filter.urbanAreaId!))
    .$if(!!filter.q, (q) =>
      q.where((eb) =>
        eb.or([eb('estate.name', 'ilike', containing(filter.q!)), eb('estate.departmentNumber', '=', filter.q!)]),
      ),
    )
    .$call((q) => inKeyOrder(q, estateOrder, page))
    .execute();

export const findEstate = (db: Db, id: string) => estates(db).where('estate.id', '=', id).executeTakeFirst();

/** A written estate as the API shows it: with the names of its organisation and urban area. */
export async function withPlaceNames(estate: Row<'estate'>, db: Db) {
  const names = await db
    .selectFrom('housingOrganisation')
    .innerJoin('urbanArea', (j) => j.on('urbanArea.id', '=', estate.urbanAreaId))
    .select(['housingOrganisation.name as housingOrganisationName', 'urbanArea.name as urbanAreaName'])
    .where('housingOrganisation.id', '=', estate.housingOrganisationId)
    .executeTakeFirstOrThrow();
  return { ...estate, ...names };
}
