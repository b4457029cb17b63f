import { SearchText } from '../../../domain/schemas/common.ts';
import { Municipality, MunicipalityInput, MunicipalityPatch } from '../../../domain/schemas/registry.ts';
import type { App } from '../../app.ts';
import { presentDated } from '../../http/present.ts';
import { resourceRoutes } from '../registry/resource-routes.ts';
import { createMunicipality } from './create-municipality.ts';
import { findMunicipality, listMunicipalities, municipalityOrder } from './queries.ts';
import { updateMunicipality } from './update-municipality.ts';

export function municipalityRoutes(app: App): void {
  resourceRoutes(app, {
    path: '/api/municipalities',
    tags: ['registry'],
    what: { da: 'Kommunen', en: 'The municipality' },
    item: Municipality,
    present: presentDated,
    list: { summary: 'Municipalities (kommuner)', filter: { q: SearchText.optional() }, keyset: municipalityOrder, rows: listMunicipalities },
    get: { summary: 'One municipality', find: findMunicipality },
    create: { summary: 'Add a municipality', access: 'municipality.create', body: MunicipalityInput, write: createMunicipality },
    patch: { summary: 'Change a municipality (If-Match required)', access: 'registry.write', body: MunicipalityPatch, write: updateMunicipality },
  });
}
