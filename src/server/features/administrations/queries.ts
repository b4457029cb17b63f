import type { Db } from '../../db/create-db.ts';
import type { Row } from '../../db/schema.ts';
import { type Keyset, type KeysetPage, inKeyOrder } from '../../db/keyset.ts';

export type AdministrationFilter = { municipalityId?: string | undefined };

const committeeColumns = [
  'committee.id as committeeId',
  'committee.name as committeeName',
  'committee.abbreviation as committeeAbbreviation',
  'committee.kind as committeeKind',
] as const;

const administrations = (db: Db) =>
  db.selectFrom('administration').leftJoin('committee', 'committee.administrationId', 'administration.id').selectAll('administration').select(committeeColumns);

/** The list's order (keyset paging). */
export const administrationOrder: Keyset = {
  tag: 'administrations',
  keys: [
    { ref: 'administration.name', dir: 'asc', field: 'name', kind: 'text' },
    { ref: 'administration.id', dir: 'asc', field: 'id', kind: 'uuid' },
  ],
};

export const listAdministrations = (db: Db, filter: AdministrationFilter, page: KeysetPage) =>
  administrations(db)
    .$if(filter.municipalityId !== undefined, (q) => q.where('administration.municipalityId', '=', filter.municipalityId!))
    .$call((q) => inKeyOrder(q, administrationOrder, page))
    .execute();

export const findAdministration = (db: Db, id: string) =>
  administrations(db).where('administration.id', '=', id).executeTakeFirst();

const noCommittee = { committeeId: null, committeeName: null, committeeAbbreviation: null, committeeKind: null };

/** A written administration as the API shows it: with the committee over it, if any. */
export async function withCommittee(administration: Row<'administration'>, db: Db) {
  const committee = await db.selectFrom('committee').select(committeeColumns).where('committee.administrationId', '=', administration.id).executeTakeFirst();
  return { ...administration, ...(committee ?? noCommittee) };
}

/** A new administration: no committee is over it yet. */
export const withoutCommittee = async (administration: Row<'administration'>) => ({ ...administration, ...noCommittee });
