import type { Db } from '../../db/create-db.ts';
import { type Page, offsetOf } from '../../http/lists.ts';

export type AdministrationFilter = { municipalityId?: string | undefined };

const administrations = (db: Db) =>
  db
    .selectFrom('administration')
    .leftJoin('committee', 'committee.administrationId', 'administration.id')
    .selectAll('administration')
    .select([
      'committee.id as committeeId',
      'committee.name as committeeName',
      'committee.abbreviation as committeeAbbreviation',
      'committee.kind as committeeKind',
    ]);

export const listAdministrations = (db: Db, filter: AdministrationFilter, page: Page) =>
  administrations(db)
    .$if(filter.municipalityId !== undefined, (q) => q.where('administration.municipalityId', '=', filter.municipalityId!))
    .orderBy('administration.name')
    .orderBy('administration.id')
    .limit(page.limit + 1)
    .offset(offsetOf(page))
    .execute();

export const findAdministration = (db: Db, id: string) =>
  administrations(db).where('administration.id', '=', id).executeTakeFirst();
