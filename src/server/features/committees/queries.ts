import type { CommitteeKind } from '../../../domain/schemas/registry.ts';
import type { Db } from '../../db/create-db.ts';
import { type Page, offsetOf } from '../../http/lists.ts';

export type CommitteeFilter = { municipalityId?: string | undefined; kind?: CommitteeKind | undefined };

export const listCommittees = (db: Db, filter: CommitteeFilter, page: Page) =>
  db
    .selectFrom('committee')
    .selectAll()
    .$if(filter.municipalityId !== undefined, (q) => q.where('municipalityId', '=', filter.municipalityId!))
    .$if(filter.kind !== undefined, (q) => q.where('kind', '=', filter.kind!))
    .orderBy('name')
    .orderBy('id')
    .limit(page.limit + 1)
    .offset(offsetOf(page))
    .execute();

export const findCommittee = (db: Db, id: string) =>
  db.selectFrom('committee').selectAll().where('id', '=', id).executeTakeFirst();
