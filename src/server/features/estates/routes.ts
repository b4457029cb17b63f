import { Id, SearchText } from '../../../domain/schemas/common.ts';
import { Estate, EstateInput, EstatePatch } from '../../../domain/schemas/registry.ts';
import type { App } from '../../app.ts';
import { presentDated } from '../../http/present.ts';
import { resourceRoutes } from '../registry/resource-routes.ts';
import { createEstate } from './create-estate.ts';
import { estateWhat } from './estate-scope.ts';
import { findEstate, listEstates, estateOrder } from './queries.ts';
import { updateEstate } from './update-estate.ts';

export function estateRoutes(app: App): void {
  resourceRoutes(app, {
    path: '/api/estates',
    tags: ['registry'],
    what: estateWhat,
    item: Estate,
    present: presentDated,
    list: {
      summary: 'Estates (afdelinger) with their housing organisation and urban area',
      filter: {
        housingOrganisationId: Id.optional(),
        urbanAreaId: Id.optional(),
        q: SearchText.optional().describe('Part of the name, or the department number'),
      },
      keyset: estateOrder, rows: listEstates,
    },
    get: { summary: 'One estate', find: findEstate },
    create: { summary: 'Register an estate', access: 'estate.write', body: EstateInput, write: createEstate },
    patch: { summary: 'Change or move an estate (If-Match required)', access: 'estate.write', body: EstatePatch, write: updateEstate },
  });
}
