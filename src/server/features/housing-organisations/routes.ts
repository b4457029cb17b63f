import { SearchText } from '../../../domain/schemas/common.ts';
import { HousingOrganisation, HousingOrganisationInput, HousingOrganisationPatch } from '../../../domain/schemas/registry.ts';
import type { App } from '../../app.ts';
import { presentDated } from '../../http/present.ts';
import { resourceRoutes } from '../registry/resource-routes.ts';
import { createHousingOrganisation } from './create-housing-organisation.ts';
import { findHousingOrganisation, listHousingOrganisations, housingOrganisationOrder } from './queries.ts';
import { updateHousingOrganisation } from './update-housing-organisation.ts';

export function housingOrganisationRoutes(app: App): void {
  resourceRoutes(app, {
    path: '/api/housing-organisations',
    tags: ['registry'],
    what: { da: 'Boligorganisationen', en: 'The housing organisation' },
    item: HousingOrganisation,
    present: presentDated,
    list: { summary: 'Housing organisations (almene boligorganisationer)', filter: { q: SearchText.optional() }, keyset: housingOrganisationOrder, rows: listHousingOrganisations },
    get: { summary: 'One housing organisation', find: findHousingOrganisation },
    create: { summary: 'Add a housing organisation', access: 'housing_organisation.write', body: HousingOrganisationInput, write: createHousingOrganisation },
    patch: {
      summary: 'Change a housing organisation (If-Match required)',
      access: 'housing_organisation.write',
      body: HousingOrganisationPatch,
      write: updateHousingOrganisation,
    },
  });
}
