/**
 * FORUM-MEMBERS: whom a member represents. An administration must be one of the forum's
 * municipality, a housing organisation must exist, and a member represents at most one of the two
 * (422 naming the field).
 */
import type { Transaction } from 'kysely';
import { ruleViolation } from '../../../domain/errors.ts';
import type { Database } from '../../db/schema.ts';
import { missingReference } from '../registry/scopes.ts';

export type Represents = { administrationId?: string | null | undefined; housingOrganisationId?: string | null | undefined };

export async function checkRepresents(trx: Transaction<Database>, forumId: string, given: Represents, stored: Represents = {}): Promise<void> {
  const administrationId = given.administrationId !== undefined ? given.administrationId : (stored.administrationId ?? null);
  const housingOrganisationId = given.housingOrganisationId !== undefined ? given.housingOrganisationId : (stored.housingOrganisationId ?? null);
  if (administrationId && housingOrganisationId) {
    throw ruleViolation([
      {
        rule: 'FORUM-MEMBERS',
        path: 'body.housingOrganisationId',
        message: { da: 'Et medlem repræsenterer enten en forvaltning eller en boligorganisation', en: 'A member represents either an administration or a housing organisation' },
      },
    ]);
  }
  if (given.administrationId) {
    const found = await trx
      .selectFrom('administration')
      .innerJoin('urbanArea', 'urbanArea.municipalityId', 'administration.municipalityId')
      .innerJoin('forum', 'forum.urbanAreaId', 'urbanArea.id')
      .select('administration.id')
      .where('forum.id', '=', forumId)
      .where('administration.id', '=', given.administrationId)
      .executeTakeFirst();
    if (!found) throw missingReference('body.administrationId', { da: 'Forvaltningen i forummets kommune', en: "The administration of the forum's municipality" });
  }
  if (given.housingOrganisationId) {
    const found = await trx.selectFrom('housingOrganisation').select('id').where('id', '=', given.housingOrganisationId).executeTakeFirst();
    if (!found) throw missingReference('body.housingOrganisationId', { da: 'Boligorganisationen', en: 'The housing organisation' });
  }
}
