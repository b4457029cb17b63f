import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { missingReference } from '../registry/scopes.ts';

export const committeeWhat = { da: 'Udvalget', en: 'The committee' };

/** A committee can only be over an administration of its own municipality. */
export async function requireAdministrationOf(
  trx: Transaction<Database>,
  municipalityId: string,
  administrationId: string | null | undefined,
): Promise<void> {
  if (!administrationId) return;
  const row = await trx
    .selectFrom('administration')
    .select('id')
    .where('id', '=', administrationId)
    .where('municipalityId', '=', municipalityId)
    .executeTakeFirst();
  if (!row) {
    throw missingReference('body.administrationId', {
      da: 'Forvaltningen (i udvalgets kommune)',
      en: "The administration (in the committee's municipality)",
    });
  }
}
