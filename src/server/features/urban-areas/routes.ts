import { z } from 'zod';
import { Id, SearchText } from '../../../domain/schemas/common.ts';
import { UrbanArea, UrbanAreaInput, UrbanAreaPatch } from '../../../domain/schemas/registry.ts';
import type { App } from '../../app.ts';
import { presentDated } from '../../http/present.ts';
import { resourceRoutes } from '../registry/resource-routes.ts';
import { createUrbanArea } from './create-urban-area.ts';
import { findUrbanArea, listUrbanAreas, urbanAreaOrder } from './queries.ts';
import { updateUrbanArea } from './update-urban-area.ts';

export function urbanAreaRoutes(app: App): void {
  resourceRoutes(app, {
    path: '/api/urban-areas',
    tags: ['registry'],
    what: { da: 'Byområdet', en: 'The urban area' },
    item: UrbanArea,
    present: presentDated,
    list: {
      summary: 'Urban areas (byområder), with the vulnerable flag, aliases and forum',
      filter: {
        municipalityId: Id.optional(),
        vulnerable: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
        q: SearchText.optional(),
      },
      keyset: urbanAreaOrder, rows: listUrbanAreas,
    },
    get: { summary: 'One urban area', find: findUrbanArea },
    create: { summary: 'Create an urban area, with its forum when it is vulnerable (FORUM-VULNERABLE)', access: 'registry.write', body: UrbanAreaInput, write: createUrbanArea },
    patch: { summary: 'Change an urban area (If-Match required); becoming vulnerable creates its forum, ceasing to closes it (409 while the forum has members or working groups)', access: 'registry.write', body: UrbanAreaPatch, write: updateUrbanArea },
  });
}
