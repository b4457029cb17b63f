/** Document queries: the urban area with its municipality, and names of parties. */
import type { Db } from '../../db/create-db.ts';

export const findAreaWithMunicipality = (db: Db, id: string) =>
  db
    .selectFrom('urbanArea')
    .innerJoin('municipality', 'municipality.id', 'urbanArea.municipalityId')
    .select(['urbanArea.id', 'urbanArea.name', 'urbanArea.municipalityId', 'municipality.name as municipalityName'])
    .where('urbanArea.id', '=', id)
    .executeTakeFirst();

/** Names of administrations and housing organisations by id. */
export async function partyNames(db: Db, administrationIds: string[], organisationIds: string[]) {
  const [administrations, organisations] = await Promise.all([
    administrationIds.length
      ? db.selectFrom('administration').select(['id', 'name']).where('id', 'in', administrationIds).execute()
      : Promise.resolve([]),
    organisationIds.length
      ? db.selectFrom('housingOrganisation').select(['id', 'name']).where('id', 'in', organisationIds).execute()
      : Promise.resolve([]),
  ]);
  return {
    administrations: new Map(administrations.map((r) => [r.id, r.name])),
    organisations: new Map(organisations.map((r) => [r.id, r.name])),
  };
}
