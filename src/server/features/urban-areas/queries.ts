import type { Db } from '../../db/create-db.ts';
import { type Keyset, type KeysetPage, inKeyOrder } from '../../db/keyset.ts';
import { containing } from '../../db/search.ts';

export type UrbanAreaFilter = { municipalityId?: string | undefined; vulnerable?: boolean | undefined; q?: string | undefined };

const urbanAreas = (db: Db) =>
  db
    .selectFrom('urbanArea')
    .leftJoin('forum', 'forum.urbanAreaId', 'urbanArea.id')
    .selectAll('urbanArea')
    .select('forum.id as forumId');

/** The list's order (keyset paging). */
export const urbanAreaOrder: Keyset = {
  tag: 'urban-areas',
  keys: [
    { ref: 'urbanArea.name', dir: 'asc', field: 'name', kind: 'text' },
    { ref: 'urbanArea.id', dir: 'asc', field: 'id', kind: 'uuid' },
  ],
};

export const listUrbanAreas = (db: Db, filter: UrbanAreaFilter, page: KeysetPage) =>
  urbanAreas(db)
    .$if(filter.municipalityId !== undefined, (q) => q.where('urbanArea.municipalityId', '=', filter.municipalityId!))
    .$if(filter.vulnerable !== undefined, (q) => q.where('urbanArea.vulnerable', '=', filter.vulnerable!))
    .$if(!!filter.q, (q) => q.where('urbanArea.name', 'ilike', containing(filter.q!)))
    .$call((q) => inKeyOrder(q, urbanAreaOrder, page))
    .execute();

export const findUrbanArea = (db: Db, id: string) =>
  urbanAreas(db).where('urbanArea.id', '=', id).executeTakeFirst();

/** The forum of an urban area (a vulnerable area has one, FORUM-VULNERABLE). */
export const forumIdOf = async (db: Db, urbanAreaId: string): Promise<string | null> =>
  (await db.selectFrom('forum').select('id').where('urbanAreaId', '=', urbanAreaId).executeTakeFirst())?.id ?? null;
