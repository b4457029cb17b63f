/**
 * Who may write which estate, as the server decides it (`estate.write`): the admin of the
 * municipality of the estate's urban area, or staff of the owning organisation. The urban areas
 * are loaded to know each estate's municipality.
 */
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { useSession } from '../../session.tsx';

export type EstatePlace = { housingOrganisationId: string; urbanAreaId: string };

export function useEstateAccess() {
  const { may } = useSession();
  const areas = useGet(apiPath('/api/urban-areas', { limit: 500 }));
  const municipalityOf = (urbanAreaId: string) =>
    areas.data?.items.find((a) => a.id === urbanAreaId)?.municipalityId ?? null;
  return {
    areas,
    /** May write an estate that is (or would be) at this place. */
    mayWrite: (place: EstatePlace) =>
      may('estate.write', {
        municipalityId: municipalityOf(place.urbanAreaId),
        urbanAreaId: place.urbanAreaId,
        housingOrganisationIds: [place.housingOrganisationId],
      }),
    /** May register estates for this organisation (in some urban area). */
    mayCreateFor: (housingOrganisationId: string) => may('estate.write', { housingOrganisationIds: [housingOrganisationId] }),
  };
}
