/**
 * The vocabularies of cooperation contracts and the empty content a draft starts from, without
 * zod, so that the web can use them without the schemas (src/domain/schemas/contracts.ts).
 */
import type { ContractContent } from './schemas/contracts.ts';

export const contractStatuses = ['draft', 'approved'] as const;
export const adoptingBodies = ['city_council', 'forum'] as const;
export const municipalPartKinds = ['staff', 'activity', 'network'] as const;
export const partyKinds = ['administration', 'housing_organisation'] as const;

export const emptyContractContent = (): ContractContent => ({
  parties: { administrationIds: [], housingOrganisationIds: [] },
  purpose: '',
  goals: [],
  activities: [],
  tasks: [],
  municipalPart: [],
  contactPersons: [],
  validFrom: null,
  validTo: null,
  revisionClause: '',
});
