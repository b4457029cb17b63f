/**
 * Where registry rows live (municipality, urban area, organisation), looked up inside the write's
 * transaction so that use cases can authorize against the resource's real scope.
 */
import type { Transaction } from 'kysely';
import { authorize } from '../../../domain/authorization.ts';
import { AppError, type Text } from '../../../domain/errors.ts';
import type { SignedInCtx } from '../../context.ts';
import type { Db } from '../../db/create-db.ts';
import type { Database } from '../../db/schema.ts';

type Q = Db | Transaction<Database>;

/** A body field names something that does not exist: 422 naming the field. */
export const missingReference = (path: string, what: Text): AppError =>
  new AppError(
    'rule_violation',
    { da: `${what.da} i ${path} findes ikke`, en: `${what.en} in ${path} does not exist` },
    [{ rule: 'REFERENCE', path, message: { da: `${what.da} findes ikke`, en: `${what.en} does not exist` } }],
  );

/** The urban area with its municipality, or a 422 on `path` if it does not exist. */
export async function urbanAreaScope(q: Q, urbanAreaId: string, path: string) {
  const row = await q
    .selectFrom('urbanArea')
    .select(['id as urbanAreaId', 'municipalityId'])
    .where('id', '=', urbanAreaId)
    .executeTakeFirst();
  if (!row) throw missingReference(path, { da: 'Byområdet', en: 'The urban area' });
  return row;
}

export async function requireHousingOrganisation(q: Q, id: string, path: string): Promise<void> {
  const row = await q.selectFrom('housingOrganisation').select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw missingReference(path, { da: 'Boligorganisationen', en: 'The housing organisation' });
}

/** Adding to a municipality's registry (body.municipalityId): it must exist (else 422), and the actor be its admin. */
export async function authorizeMunicipalityWrite(ctx: SignedInCtx, q: Q, municipalityId: string): Promise<void> {
  const row = await q.selectFrom('municipality').select('id').where('id', '=', municipalityId).executeTakeFirst();
  if (!row) throw missingReference('body.municipalityId', { da: 'Kommunen', en: 'The municipality' });
  authorize(ctx.actor, 'registry.write', { municipalityId });
}

/** The forum with the urban area and municipality it belongs to, or null. */
export const findForumScope = (q: Q, forumId: string) =>
  q
    .selectFrom('forum')
    .innerJoin('urbanArea', 'urbanArea.id', 'forum.urbanAreaId')
    .select(['forum.id as forumId', 'forum.urbanAreaId', 'urbanArea.municipalityId'])
    .where('forum.id', '=', forumId)
    .executeTakeFirst();
