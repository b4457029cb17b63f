/** Reading users. Every query names its columns: the password hash never leaves `findUserForUpdate`. */
import type { Db } from '../../db/create-db.ts';
import type { Role } from '../../../domain/roles.ts';
import { type Keyset, type KeysetPage, inKeyOrder } from '../../db/keyset.ts';
import { containing } from '../../db/search.ts';
import { actorColumns } from '../auth/queries.ts';

export type UserFilter = {
  /** Only users whose scope lies in this municipality (an admin's view). */
  municipalityId?: string | undefined;
  role?: Role | undefined;
  active?: boolean | undefined;
  q?: string | undefined;
};

const publicColumns = [
  'appUser.id',
  'appUser.version',
  'appUser.createdAt',
  'appUser.updatedAt',
  'appUser.email',
  'appUser.displayName',
  ...actorColumns,
  'appUser.demo',
  'appUser.active',
] as const;

/** Housing organisations with at least one estate in the municipality. */
const organisationsIn = (db: Db, municipalityId: string) =>
  db
    .selectFrom('estate')
    .innerJoin('urbanArea', 'urbanArea.id', 'estate.urbanAreaId')
    .select('estate.housingOrganisationId')
    .where('urbanArea.municipalityId', '=', municipalityId);

/** The list's order (keyset paging). */
export const userOrder: Keyset = {
  tag: 'users',
  keys: [
    { ref: 'appUser.email', dir: 'asc', field: 'email', kind: 'text' },
    { ref: 'appUser.id', dir: 'asc', field: 'id', kind: 'uuid' },
  ],
};

export const listUsers = (db: Db, filter: UserFilter, page: KeysetPage) =>
  db
    .selectFrom('appUser')
    .select(publicColumns)
    .$if(filter.municipalityId !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('appUser.municipalityId', '=', filter.municipalityId!),
          eb('appUser.housingOrganisationId', 'in', organisationsIn(db, filter.municipalityId!)),
        ]),
      ),
    )
    .$if(filter.role !== undefined, (q) => q.where('appUser.role', '=', filter.role!))
    .$if(filter.active !== undefined, (q) => q.where('appUser.active', '=', filter.active!))
    .$if(!!filter.q, (q) =>
      q.where((eb) =>
        eb.or([eb('appUser.email', 'ilike', containing(filter.q!)), eb('appUser.displayName', 'ilike', containing(filter.q!))]),
      ),
    )
    .$call((q) => inKeyOrder(q, userOrder, page))
    .execute();

export const findUser = (db: Db, id: string) =>
  db.selectFrom('appUser').select(publicColumns).where('appUser.id', '=', id).executeTakeFirst();

export const findUserIdByEmail = (db: Db, email: string) =>
  db.selectFrom('appUser').select('id').where('email', '=', email.toLowerCase()).executeTakeFirst();

/** The municipalities a housing organisation has estates in. */
export const municipalitiesOfOrganisation = async (db: Db, housingOrganisationId: string): Promise<string[]> =>
  (
    await db
      .selectFrom('estate')
      .innerJoin('urbanArea', 'urbanArea.id', 'estate.urbanAreaId')
      .select('urbanArea.municipalityId')
      .distinct()
      .where('estate.housingOrganisationId', '=', housingOrganisationId)
      .execute()
  ).map((r) => r.municipalityId);

export type UserRow = NonNullable<Awaited<ReturnType<typeof findUser>>>;
