import { Id } from '../../../domain/schemas/common.ts';
import { Administration, AdministrationInput, AdministrationPatch } from '../../../domain/schemas/registry.ts';
import type { App } from '../../app.ts';
import { presentDated } from '../../http/present.ts';
import { resourceRoutes } from '../registry/resource-routes.ts';
import { createAdministration } from './create-administration.ts';
import { findAdministration, listAdministrations, administrationOrder } from './queries.ts';
import { updateAdministration } from './update-administration.ts';

type AdministrationRow = NonNullable<Awaited<ReturnType<typeof findAdministration>>>;
const presentAdministration = ({
  committeeId,
  committeeName,
  committeeAbbreviation,
  committeeKind,
  ...administration
}: AdministrationRow) =>
  presentDated({
    ...administration,
    committee:
      committeeId && committeeName !== null && committeeAbbreviation !== null && committeeKind !== null
        ? { id: committeeId, name: committeeName, abbreviation: committeeAbbreviation, kind: committeeKind }
        : null,
  });

export function administrationRoutes(app: App): void {
  resourceRoutes(app, {
    path: '/api/administrations',
    tags: ['registry'],
    what: { da: 'Forvaltningen', en: 'The administration' },
    item: Administration,
    present: presentAdministration,
    list: { summary: 'Municipal administrations (forvaltninger) with their committee', filter: { municipalityId: Id.optional() }, keyset: administrationOrder, rows: listAdministrations },
    get: { summary: 'One administration', find: findAdministration },
    create: { summary: 'Add an administration', access: 'registry.write', body: AdministrationInput, write: createAdministration },
    patch: { summary: 'Change an administration (If-Match required)', access: 'registry.write', body: AdministrationPatch, write: updateAdministration },
  });
}
