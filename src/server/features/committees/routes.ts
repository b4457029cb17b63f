import { Id } from '../../../domain/schemas/common.ts';
import { Committee, CommitteeInput, CommitteeKind, CommitteePatch } from '../../../domain/schemas/registry.ts';
import type { App } from '../../app.ts';
import { presentDated } from '../../http/present.ts';
import { resourceRoutes } from '../registry/resource-routes.ts';
import { committeeWhat } from './committee-scope.ts';
import { createCommittee } from './create-committee.ts';
import { findCommittee, listCommittees, committeeOrder } from './queries.ts';
import { updateCommittee } from './update-committee.ts';

export function committeeRoutes(app: App): void {
  resourceRoutes(app, {
    path: '/api/committees',
    tags: ['registry'],
    what: committeeWhat,
    item: Committee,
    present: presentDated,
    list: {
      summary: 'Political bodies: committees (fagudvalg), the finance committee (ØU) and the city council (BR)',
      filter: { municipalityId: Id.optional(), kind: CommitteeKind.optional() },
      keyset: committeeOrder, rows: listCommittees,
    },
    get: { summary: 'One committee or council', find: findCommittee },
    create: { summary: 'Add a committee or council', access: 'registry.write', body: CommitteeInput, write: createCommittee },
    patch: { summary: 'Change a committee or council (If-Match required)', access: 'registry.write', body: CommitteePatch, write: updateCommittee },
  });
}
