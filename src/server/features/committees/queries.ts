import type { CommitteeKind } from '../../../domain/schemas/registry.ts';
import type { Db } from '../../db/create-db.ts';
import { type Keyset, type KeysetPage, inKeyOrder } from '../../db/keyset.ts';

export type CommitteeFilter = { municipalityId?: string | undefined; kind?: CommitteeKind | undefined };

/** The list's order (keyset paging). */
export const committeeOrder: Keyset = {
  tag: 'committees',
  keys: [
    { ref: 'committee.name', dir: 'asc', field: 'name', kind: 'text' },
    { ref: 'committee.id', dir: 'asc', field: 'id', kind: 'uuid' },
  ],
};

export const listCommittees = (db: Db, filter: CommitteeFilter, page: KeysetPage) =>
  db
    .selectFrom('committee')
    .selectAll()
    .$if(filter.municipalityId !== undefined, (q) => q.where('municipalityId', '=', filter.municipalityId!))
    .$if(filter.kind !== undefined, (q) => q.where('kind', '=', filter.kind!))
    .$call((q) => inKeyOrder(q, committeeOrder, page))
    .execute();

export const findCommittee = (db: Db, id: string) =>
  db.selectFrom('committee').selectAll().where('id', '=', id).executeTakeFirst();
