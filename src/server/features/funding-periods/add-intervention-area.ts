import type { InterventionAreaInput } from '../../../domain/schemas/registry.ts';
import { recordAudit } from '../../audit.ts';
import type { SignedInCtx } from '../../context.ts';
import { lockRow } from '../../db/versioned.ts';
import { planIdsOfFundingPeriod } from '../plans/summary-queries.ts';
import { refreshSummaries } from '../plans/summary.ts';
import { authorizePeriodChange } from './period-owner.ts';
import { fundingPeriodWhat } from './update-funding-period.ts';

/**
 * Adds an intervention area (indsatsområde) to a funding period's catalogue (PERIOD-OWNER: the
 * fund's, so fund officers only), numbered next unless
 * a number is given. The period row is locked so that concurrent additions number in turn. The
 * period's plans' rule reports read its areas: their summaries are made again. Returns it as written.
 */
export async function addInterventionArea(ctx: SignedInCtx, fundingPeriodId: string, input: InterventionAreaInput) {
  authorizePeriodChange({ actor: ctx.actor, change: { kind: 'fund' } });
  return ctx.db.transaction().execute(async (trx) => {
    await lockRow(trx, 'fundingPeriod', fundingPeriodId, fundingPeriodWhat);
    const last = await trx
      .selectFrom('interventionArea')
      .select((eb) => eb.fn.max('number').as('number'))
      .where('fundingPeriodId', '=', fundingPeriodId)
      .executeTakeFirst();
    const number = input.number ?? (last?.number ?? 0) + 1;
    const row = await trx
      .insertInto('interventionArea')
      .values({ fundingPeriodId, number, name: input.name, municipalInterface: input.municipalInterface })
      .returningAll()
      .executeTakeFirstOrThrow();
    await refreshSummaries(trx, await planIdsOfFundingPeriod(trx, fundingPeriodId));
    await recordAudit(trx, ctx, { action: 'create', resourceType: 'interventionArea', resourceId: row.id, before: null, after: row });
    return row;
  });
}
