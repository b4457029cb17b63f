import { shareBp } from '../../../domain/money.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { planSorts } from '../../../domain/plans.ts';
import type { PlanList } from '../../../domain/schemas/plans.ts';
import type { Db } from '../../db/create-db.ts';
import { cursorKey, keysetPage } from '../../db/keyset.ts';
import type { Page } from '../../http/lists.ts';
import { type PlanFilter, listPlanRows, planOrder, planTotals } from './list-queries.ts';
import { presentListItem } from './present.ts';

type Sort = (typeof planSorts)[number];

/**
 * The plans the actor may read that match the filter, a page in the order asked for, with the
 * totals of the whole filtered set. Everything is decided in SQL: who may read which plan (the
 * access policy as a condition), the order and the page (keyset: the cursor holds the sort key of
 * the last row), the totals (from the plans' summaries, made when each plan was written).
 */
export async function listPlans(db: Db, actor: Actor, filter: PlanFilter & { sort: Sort }, page: Page): Promise<PlanList> {
  const { sort, ...where } = filter;
  const keyset = planOrder(sort);
  const after = cursorKey(page.cursor, keyset);
  const [rows, t] = await Promise.all([listPlanRows(db, actor, where, keyset, { limit: page.limit, after }), planTotals(db, actor, where)]);
  const bySource = { fund: t.fundOre, municipal: t.municipalOre, housing: t.housingOre, other: t.otherOre };
  return {
    ...keysetPage(rows, page, keyset, presentListItem),
    totals: {
      count: t.count,
      frameOre: t.frameOre,
      bySource,
      municipalShareBp: shareBp(bySource.municipal, t.frameOre),
      localShareBp: shareBp(t.frameOre - bySource.fund, t.frameOre),
      withErrors: t.withErrors,
    },
  };
}
