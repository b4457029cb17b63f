/**
 * Plan revisions (APP-LOCK): the whole content of a plan as a frozen snapshot, and a structured
 * comparison of two snapshots — plan fields, estates, goals with their success criteria, indicators
 * and targets, activities, and the budget by cell (year × intervention area × source), by year, by
 * area and by source, each with its difference. Pure: the server stores snapshots, the web renders
 * the comparison.
 */
import type { Ore } from './money.ts';
import { type BudgetLineData, type FundingSource, fundingSources } from './plans.ts';

export type PlanContent = {
  plan: {
    name: string;
    startDate: string;
    endDate: string;
    challenges: string;
    housingOrganisationId: string;
    housingOrganisationName: string;
    urbanAreaId: string;
    urbanAreaName: string;
    fundingPeriodId: string;
    committeeIds: string[];
    cooperation: { administrationIds: string[]; agreementDate: string | null; reference: string | null };
  };
  estates: { id: string; name: string }[];
  interventionAreas: { id: string; number: number; name: string }[];
  goals: {
    id: string;
    title: string;
    description: string;
    criteria: {
      id: string;
      description: string;
      indicator: { name: string; unit: string; baselineValue: number | null; baselineYear: number | null };
      targets: { year: number; value: number }[];
    }[];
  }[];
  activities: {
    id: string;
    name: string;
    description: string;
    interventionAreaId: string;
    carriedOutBy: string;
    administrationId: string | null;
    goalIds: string[];
  }[];
  budgetLines: BudgetLineData[];
};

export type Change = 'added' | 'removed' | 'changed' | 'unchanged';
export type FieldChange = { field: string; from: unknown; to: unknown };
export type Amounts = { fromOre: Ore; toOre: Ore; differenceOre: Ore };

export type TargetDiff = { year: number; from: number | null; to: number | null; difference: number | null };
export type CriterionDiff = { id: string; description: string; change: Change; fields: FieldChange[]; targets: TargetDiff[] };
export type GoalDiff = { id: string; title: string; change: Change; fields: FieldChange[]; criteria: CriterionDiff[] };
export type ActivityDiff = { id: string; name: string; change: Change; fields: FieldChange[] };
export type BudgetCellDiff = Amounts & { year: number; interventionAreaId: string; interventionAreaName: string; source: FundingSource };

export type PlanComparison = {
  changed: boolean;
  fields: FieldChange[];
  estates: { added: { id: string; name: string }[]; removed: { id: string; name: string }[] };
  goals: GoalDiff[];
  activities: ActivityDiff[];
  budget: {
    total: Amounts;
    bySource: (Amounts & { source: FundingSource })[];
    byYear: (Amounts & { year: number })[];
    byArea: (Amounts & { interventionAreaId: string; interventionAreaName: string })[];
    /** Every cell present in either version; `differenceOre` 0 when unchanged. */
    cells: BudgetCellDiff[];
  };
};

/** JSON with object keys sorted (a snapshot read back from jsonb has its keys in another order). */
const stable = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(stable).join(',')}]`
    : v !== null && typeof v === 'object'
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(v ?? null);
const same = (a: unknown, b: unknown) => stable(a) === stable(b);
const sortedIds = (ids: readonly string[]) => [...ids].sort();

function fieldChanges<T extends Record<string, unknown>>(from: T | undefined, to: T | undefined, fields: readonly (keyof T & string)[], prefix = ''): FieldChange[] {
  if (!from || !to) return [];
  return fields.flatMap((f) => (same(from[f], to[f]) ? [] : [{ field: `${prefix}${f}`, from: from[f] ?? null, to: to[f] ?? null }]));
}

const changeOf = (from: unknown, to: unknown, changed: boolean): Change =>
  from === undefined ? 'added' : to === undefined ? 'removed' : changed ? 'changed' : 'unchanged';

/** Items of both versions matched by id, in the order of `to` and then the removed ones. */
function matched<T extends { id: string }>(from: readonly T[], to: readonly T[]): [T | undefined, T | undefined][] {
  const before = new Map(from.map((x) => [x.id, x]));
  const now = new Set(to.map((x) => x.id));
  return [...to.map((x): [T | undefined, T | undefined] => [before.get(x.id), x]), ...from.filter((x) => !now.has(x.id)).map((x): [T | undefined, T | undefined] => [x, undefined])];
}

function compareTargets(from: { year: number; value: number }[] = [], to: { year: number; value: number }[] = []): TargetDiff[] {
  const years = [...new Set([...from, ...to].map((t) => t.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const f = from.find((t) => t.year === year)?.value ?? null;
    const t = to.find((x) => x.year === year)?.value ?? null;
    return { year, from: f, to: t, difference: f !== null && t !== null ? t - f : null };
  });
}

function compareGoals(from: PlanContent['goals'], to: PlanContent['goals']): GoalDiff[] {
  return matched(from, to).map(([f, t]) => {
    const criteria = matched(f?.criteria ?? [], t?.criteria ?? []).map(([cf, ct]): CriterionDiff => {
      const fields = [
        ...fieldChanges(cf, ct, ['description']),
        ...fieldChanges(cf?.indicator, ct?.indicator, ['name', 'unit', 'baselineValue', 'baselineYear'], 'indicator.'),
      ];
      const targets = compareTargets(cf?.targets, ct?.targets);
      const changed = fields.length > 0 || targets.some((x) => x.from !== x.to);
      return { id: (ct ?? cf)!.id, description: (ct ?? cf)!.description, change: changeOf(cf, ct, changed), fields, targets };
    });
    const fields = fieldChanges(f, t, ['title', 'description']);
    const changed = fields.length > 0 || criteria.some((c) => c.change !== 'unchanged');
    return { id: (t ?? f)!.id, title: (t ?? f)!.title, change: changeOf(f, t, changed), fields, criteria };
  });
}

function compareActivities(from: PlanContent['activities'], to: PlanContent['activities']): ActivityDiff[] {
  return matched(
    from.map((a) => ({ ...a, goalIds: sortedIds(a.goalIds) })),
    to.map((a) => ({ ...a, goalIds: sortedIds(a.goalIds) })),
  ).map(([f, t]) => {
    const fields = fieldChanges(f, t, ['name', 'description', 'interventionAreaId', 'carriedOutBy', 'administrationId', 'goalIds']);
    return { id: (t ?? f)!.id, name: (t ?? f)!.name, change: changeOf(f, t, fields.length > 0), fields };
  });
}

const amounts = (fromOre: Ore, toOre: Ore): Amounts => ({ fromOre, toOre, differenceOre: toOre - fromOre });

function sumBy<K>(lines: PlanContent['budgetLines'], key: (l: PlanContent['budgetLines'][number]) => K): Map<K, Ore> {
  const m = new Map<K, Ore>();
  for (const l of lines) m.set(key(l), (m.get(key(l)) ?? 0) + l.amountOre);
  return m;
}

function compareBudget(from: PlanContent, to: PlanContent): PlanComparison['budget'] {
  const areas = new Map([...from.interventionAreas, ...to.interventionAreas].map((a) => [a.id, a]));
  const areaRank = (id: string) => areas.get(id)?.number ?? Number.MAX_SAFE_INTEGER;
  const areaName = (id: string) => areas.get(id)?.name ?? id;
  const pair = <K>(key: (l: PlanContent['budgetLines'][number]) => K) => {
    const f = sumBy(from.budgetLines, key);
    const t = sumBy(to.budgetLines, key);
    return { keys: [...new Set([...f.keys(), ...t.keys()])], at: (k: K) => amounts(f.get(k) ?? 0, t.get(k) ?? 0) };
  };
  const total = pair(() => 'all');
  const bySource = pair((l) => l.source);
  const byYear = pair((l) => l.year);
  const byArea = pair((l) => l.interventionAreaId);
  const byCell = pair((l) => `${l.year}|${l.interventionAreaId}|${l.source}`);
  return {
    total: total.at('all'),
    bySource: fundingSources.map((source) => ({ source, ...bySource.at(source) })),
    byYear: byYear.keys.sort((a, b) => a - b).map((year) => ({ year, ...byYear.at(year) })),
    byArea: byArea.keys
      .sort((a, b) => areaRank(a) - areaRank(b))
      .map((interventionAreaId) => ({ interventionAreaId, interventionAreaName: areaName(interventionAreaId), ...byArea.at(interventionAreaId) })),
    cells: byCell.keys
      .map((k) => {
        const [year, interventionAreaId, source] = k.split('|') as [string, string, FundingSource];
        return { year: Number(year), interventionAreaId, interventionAreaName: areaName(interventionAreaId), source, ...byCell.at(k) };
      })
      .sort((a, b) => a.year - b.year || areaRank(a.interventionAreaId) - areaRank(b.interventionAreaId) || fundingSources.indexOf(a.source) - fundingSources.indexOf(b.source)),
  };
}

/** Compares two versions of a plan: what changed from `from` to `to`. */
export function comparePlanSnapshots(from: PlanContent, to: PlanContent): PlanComparison {
  const normalise = (p: PlanContent['plan']) => ({
    ...p,
    committeeIds: sortedIds(p.committeeIds),
    cooperation: { ...p.cooperation, administrationIds: sortedIds(p.cooperation.administrationIds) },
  });
  const fields = fieldChanges(normalise(from.plan), normalise(to.plan), [
    'name', 'startDate', 'endDate', 'challenges', 'housingOrganisationId', 'committeeIds', 'cooperation',
  ]);
  const fromEstates = new Set(from.estates.map((e) => e.id));
  const toEstates = new Set(to.estates.map((e) => e.id));
  const estates = { added: to.estates.filter((e) => !fromEstates.has(e.id)), removed: from.estates.filter((e) => !toEstates.has(e.id)) };
  const goals = compareGoals(from.goals, to.goals);
  const activities = compareActivities(from.activities, to.activities);
  const budget = compareBudget(from, to);
  const changed =
    fields.length > 0 ||
    estates.added.length + estates.removed.length > 0 ||
    goals.some((g) => g.change !== 'unchanged') ||
    activities.some((a) => a.change !== 'unchanged') ||
    budget.cells.some((c) => c.differenceOre !== 0) ||
    !same(from.budgetLines, to.budgetLines);
  return { changed, fields, estates, goals, activities, budget };
}
