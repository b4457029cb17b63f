/** The plan's links to the registry (estates, committees, partner administrations), checked and written. */
import type { CooperationInput } from '../../../domain/schemas/plans.ts';
import { type Trx, badReference } from './edit-plan.ts';

type Links = { estateIds?: string[] | undefined; committeeIds?: string[] | undefined; cooperation?: CooperationInput | undefined };

/** Every linked estate, committee and administration exists in the plan's municipality. */
export async function checkPlanReferences(trx: Trx, municipalityId: string, links: Links): Promise<void> {
  const missing = (wanted: string[], found: { id: string }[]) => wanted.findIndex((id) => !found.some((f) => f.id === id));
  if (links.estateIds?.length) {
    const found = await trx
      .selectFrom('estate')
      .innerJoin('urbanArea', 'urbanArea.id', 'estate.urbanAreaId')
      .select('estate.id')
      .where('estate.id', 'in', links.estateIds)
      .where('urbanArea.municipalityId', '=', municipalityId)
      .execute();
    const i = missing(links.estateIds, found);
    if (i >= 0) throw badReference(`body.estateIds.${i}`, { da: 'Afdelingen', en: 'The estate' });
  }
  if (links.committeeIds?.length) {
    // Only standing committees (fagudvalg): Økonomiudvalget and Borgerrepræsentationen decide in
    // their own steps of the route, after every listed committee.
    const found = await trx
      .selectFrom('committee')
      .select('id')
      .where('id', 'in', links.committeeIds)
      .where('municipalityId', '=', municipalityId)
      .where('kind', '=', 'committee')
      .execute();
    const i = missing(links.committeeIds, found);
    if (i >= 0) throw badReference(`body.committeeIds.${i}`, { da: 'Fagudvalget', en: 'The standing committee' });
  }
  const admins = links.cooperation?.administrationIds ?? [];
  if (admins.length) {
    const found = await trx.selectFrom('administration').select('id').where('id', 'in', admins).where('municipalityId', '=', municipalityId).execute();
    const i = missing(admins, found);
    if (i >= 0) throw badReference(`body.cooperation.administrationIds.${i}`, { da: 'Forvaltningen', en: 'The administration' });
  }
}

/** Replaces the links that are given (absent ones stay). */
export async function writePlanLinks(trx: Trx, planId: string, links: Links): Promise<void> {
  if (links.estateIds) {
    await trx.deleteFrom('planEstate').where('planId', '=', planId).execute();
    if (links.estateIds.length) await trx.insertInto('planEstate').values(links.estateIds.map((estateId) => ({ planId, estateId }))).execute();
  }
  if (links.committeeIds) {
    await trx.deleteFrom('planCommittee').where('planId', '=', planId).execute();
    if (links.committeeIds.length) await trx.insertInto('planCommittee').values(links.committeeIds.map((committeeId) => ({ planId, committeeId }))).execute();
  }
  if (links.cooperation) {
    await trx.deleteFrom('planPartnerAdministration').where('planId', '=', planId).execute();
    const ids = links.cooperation.administrationIds;
    if (ids.length) await trx.insertInto('planPartnerAdministration').values(ids.map((administrationId) => ({ planId, administrationId }))).execute();
  }
}
