import { can } from '../../../domain/authorization.ts';
import { sumOre, shareBp } from '../../../domain/money.ts';
import type { Actor } from '../../../domain/roles.ts';
import type { PlanList, PlanListItem } from '../../../domain/schemas/plans.ts';
import type { Db } from '../../db/create-db.ts';
import { type Page, pageOf } from '../../http/lists.ts';
import { presentListItem } from './present.ts';
import { type PlanFilter, findPlanIds, loadPlans, planTarget } from './queries.ts';

type Sort = 'name' | '-name' | 'startDate' | '-startDate' | 'frame' | '-frame' | 'municipalShare' | '-municipalShare' | 'status';

const compare: Record<string, (a: PlanListItem, b: PlanListItem) => number> = {
  name: (a, b) => a.name.localeCompare(b.name, 'da'),
  startDate: (a, b) => a.startDate.localeCompare(b.startDate),
  frame: (a, b) => a.frameOre - b.frameOre,
  municipalShare: (a, b) => a.municipalShareBp - b.municipalShareBp,
  status: (a, b) => a.status.localeCompare(b.status),
};

/**
 * The plans the actor may read that match the filter, sorted, with totals of the whole filtered
 * set. Visibility is decided by the access policy itself (`can`), row by row.
 */
export async function listPlans(db: Db, actor: Actor, filter: PlanFilter & { sort: Sort }, page: Page): Promise<PlanList> {
  const ids = await findPlanIds(db, filter);
  const details = [...(await loadPlans(db, ids)).values()].filter((d) => can(actor, 'plan.read', planTarget(d)));
  const items = details.map(presentListItem);
  const desc = filter.sort.startsWith('-');
  const by = compare[filter.sort.replace(/^-/, '')]!;
  items.sort((a, b) => (desc ? -1 : 1) * by(a, b) || a.name.localeCompare(b.name, 'da') || a.id.localeCompare(b.id));

  const frameOre = sumOre(items.map((i) => i.frameOre));
  const source = (k: 'fund' | 'municipal' | 'housing' | 'other') => sumOre(details.map((d) => sumOre(d.budgetLines.filter((l) => l.source === k).map((l) => l.amountOre))));
  const bySource = { fund: source('fund'), municipal: source('municipal'), housing: source('housing'), other: source('other') };
  const offset = page.cursor ? Number(page.cursor) : 0;
  return {
    ...pageOf(items.slice(offset, offset + page.limit + 1), page),
    totals: {
      count: items.length,
      frameOre,
      bySource,
      municipalShareBp: shareBp(bySource.municipal, frameOre),
      localShareBp: shareBp(frameOre - bySource.fund, frameOre),
      withErrors: items.filter((i) => i.ruleStatus.errors > 0).length,
    },
  };
}
