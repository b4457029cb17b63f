import type { Db } from '../../db/create-db.ts';
import { type Page, offsetOf } from '../../http/lists.ts';
import { containing } from '../../db/search.ts';

export type UrbanAreaFilter = { municipalityId?: string | undefined; vulnerable?: boolean | undefined; q?: string | undefined };

const urbanAreas = (db: Db) =>
  db
    .selectFrom('urbanArea')
    .leftJoin('forum', 'forum.urbanAreaId', 'urbanArea.id')
    .selectAll('urbanArea')
    .select('forum.id as forumId');

export const listUrbanAreas = (db: Db, filter: UrbanAreaFilter, page: Page) =>
  urbanAreas(db)
    .$if(filter.municipalityId !== undefined, (q) => q.where('urbanArea.municipalityId', '=', filter.municipalityId!))
    .$if(filter.vulnerable !== undefined, (q) => q.where('urbanArea.vulnerable', '=', filter.vulnerable!))
    .$if(!!filter.q, (q) => q.where('urbanArea.name', 'ilike', containing(filter.q!)))
    .orderBy('urbanArea.name')
    .orderBy('urbanArea.id')
    .limit(page.limit + 1)
    .offset(offsetOf(page))
    .execute();

export const findUrbanArea = (db: Db, id: string) =>
  urbanAreas(db).where('urbanArea.id', '=', id).executeTakeFirst();

/** The forum of an urban area (every area has one, from its creation). */
export const forumIdOf = async (db: Db, urbanAreaId: string): Promise<string | null> =>
  (await db.selectFrom('forum').select('id').where('urbanAreaId', '=', urbanAreaId).executeTakeFirst())?.id ?? null;
