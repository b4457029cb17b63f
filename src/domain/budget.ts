/**
 * The budget matrix of a plan (FIN-FRAME): totals per year, per intervention area, per source, and
 * each source's share of the total frame. One function, used by the API, the XLSX export and the web.
 */
import { type Ore, shareBp, sumOre } from './money.ts';
import { type BudgetLineData, type FundingSource, fundingSources } from './plans.ts';

export type SourceAmounts = Record<FundingSource, Ore>;

export type BudgetMatrix = {
  /** FIN-FRAME: the sum of all budget lines, all years, all sources. */
  frameOre: Ore;
  bySource: SourceAmounts;
  /** Each source's share of the frame in basis points, rounded for display; rules never use it. */
  shareBp: SourceAmounts;
  /** Local co-financing: all sources but the fund (FIN-LOCAL-SHARE). */
  localOre: Ore;
  localShareBp: number;
  /** The municipal source split into its parts (FIN-MUNICIPAL-SPLIT). */
  municipalParts: { contractOre: Ore; facilitationOre: Ore };
  years: { year: number; totalOre: Ore; bySource: SourceAmounts }[];
  areas: { interventionAreaId: string; totalOre: Ore; bySource: SourceAmounts }[];
  cells: { year: number; interventionAreaId: string; totalOre: Ore; bySource: SourceAmounts }[];
};

const emptySources = (): Record<FundingSource, Ore[]> => ({ fund: [], municipal: [], housing: [], other: [] });
const summed = (s: Record<FundingSource, Ore[]>): SourceAmounts => ({
  fund: sumOre(s.fund),
  municipal: sumOre(s.municipal),
  housing: sumOre(s.housing),
  other: sumOre(s.other),
});
const totalOf = (s: SourceAmounts): Ore => sumOre(fundingSources.map((k) => s[k]));

function group<K>(lines: readonly BudgetLineData[], key: (l: BudgetLineData) => K): Map<K, SourceAmounts> {
  const groups = new Map<K, Record<FundingSource, Ore[]>>();
  for (const line of lines) {
    const k = key(line);
    const g = groups.get(k) ?? emptySources();
    g[line.source].push(line.amountOre);
    groups.set(k, g);
  }
  return new Map([...groups].map(([k, g]) => [k, summed(g)]));
}

/**
 * Builds the matrix. `areaOrder` orders the areas (e.g. by their number in the period's catalogue);
 * areas not in it follow in first-seen order. Years ascend.
 */
export function budgetMatrix(lines: readonly BudgetLineData[], areaOrder: readonly string[] = []): BudgetMatrix {
  const all = group(lines, () => 'all').get('all') ?? summed(emptySources());
  const frameOre = totalOf(all);
  const byYear = group(lines, (l) => l.year);
  const byArea = group(lines, (l) => l.interventionAreaId);
  const byCell = group(lines, (l) => `${l.year}|${l.interventionAreaId}`);
  const rank = (id: string) => {
    const i = areaOrder.indexOf(id);
    return i === -1 ? areaOrder.length : i;
  };
  const areaIds = [...byArea.keys()].sort((a, b) => rank(a) - rank(b));
  const municipal = lines.filter((l) => l.source === 'municipal');
  const localOre = frameOre - all.fund;
  return {
    frameOre,
    bySource: all,
    shareBp: {
      fund: shareBp(all.fund, frameOre),
      municipal: shareBp(all.municipal, frameOre),
      housing: shareBp(all.housing, frameOre),
      other: shareBp(all.other, frameOre),
    },
    localOre,
    localShareBp: shareBp(localOre, frameOre),
    municipalParts: {
      contractOre: sumOre(municipal.filter((l) => l.municipalPart === 'contract').map((l) => l.amountOre)),
      facilitationOre: sumOre(municipal.filter((l) => l.municipalPart === 'facilitation').map((l) => l.amountOre)),
    },
    years: [...byYear.keys()]
      .sort((a, b) => a - b)
      .map((year) => {
        const bySource = byYear.get(year)!;
        return { year, totalOre: totalOf(bySource), bySource };
      }),
    areas: areaIds.map((interventionAreaId) => {
      const bySource = byArea.get(interventionAreaId)!;
      return { interventionAreaId, totalOre: totalOf(bySource), bySource };
    }),
    cells: [...byCell.entries()]
      .map(([key, bySource]) => {
        const [year, interventionAreaId] = key.split('|') as [string, string];
        return { year: Number(year), interventionAreaId, totalOre: totalOf(bySource), bySource };
      })
      .sort((a, b) => a.year - b.year || rank(a.interventionAreaId) - rank(b.interventionAreaId)),
  };
}
