/**
 * The budget page's matrix as data: one cell per year × intervention area × column (the four
 * sources, the municipal one split into its contract and facilitation parts), each holding the
 * text typed into it. A cell that sums several saved lines (e.g. per activity) keeps them as they
 * are until its amount changes; then it becomes one line. Saved lines the matrix has no cell for
 * (a year outside the plan period, another intervention area) are kept unchanged.
 */
import type { BudgetMatrix } from '../../../domain/budget.ts';
import { formatKroner, parseKroner, sumOre, type Ore } from '../../../domain/money.ts';
import { type FundingSource, type MunicipalPart, budgetLineData } from '../../../domain/plans.ts';
import type { BudgetLineInput, Plan } from '../../../domain/schemas/plans.ts';
import type { TextKey } from '../../texts.ts';
import type { planTexts } from './texts.ts';

export type Line = BudgetLineInput;

/** The columns of the budget matrix: the four sources, the municipal one split into its parts. */
export type BudgetColumn = { source: FundingSource; part: MunicipalPart | null; key: TextKey<typeof planTexts> };
export const budgetColumns: BudgetColumn[] = [
  { source: 'fund', part: null, key: 'source.fund' },
  { source: 'municipal', part: 'contract', key: 'source.municipal.contract' },
  { source: 'municipal', part: 'facilitation', key: 'source.municipal.facilitation' },
  { source: 'housing', part: null, key: 'source.housing' },
  { source: 'other', part: null, key: 'source.other' },
];

/** A cell's key: `year|areaId|column`. */
export const cellKey = (year: number, areaId: string, column: number) => `${year}|${areaId}|${column}`;

export function cellOfKey(key: string): { year: number; areaId: string; column: BudgetColumn } {
  const [year, areaId, column] = key.split('|') as [string, string, string];
  return { year: Number(year), areaId, column: budgetColumns[Number(column)]! };
}

/** The id of a cell's input (error summaries link to it). */
export const inputId = (key: string) => `budget-${key.replaceAll('|', '-')}`;

/** The column of a line, or -1 when it fits none (a municipal line without its part). */
export const columnOf = (l: { source: string; municipalPart: string | null }) =>
  budgetColumns.findIndex((c) => c.source === l.source && (c.part === null || c.part === l.municipalPart));

const asInput = (l: Plan['budgetLines'][number]): Line => ({ ...budgetLineData(l), note: l.note });

type Saved = Map<string, Line[]>;

/** The saved lines per matrix cell, and the lines the matrix has no cell for (kept as they are). */
export function cellsOf(
  plan: { interventionAreas: readonly { id: string }[]; budgetLines: readonly Plan['budgetLines'][number][] },
  years: readonly number[],
): { saved: Saved; extra: Line[] } {
  const saved: Saved = new Map();
  const extra: Line[] = [];
  const areaIds = new Set(plan.interventionAreas.map((a) => a.id));
  for (const l of plan.budgetLines) {
    const col = columnOf(l);
    if (!years.includes(l.year) || !areaIds.has(l.interventionAreaId) || col === -1) {
      extra.push(asInput(l));
      continue;
    }
    const key = cellKey(l.year, l.interventionAreaId, col);
    saved.set(key, [...(saved.get(key) ?? []), asInput(l)]);
  }
  return { saved, extra };
}

/** The texts the cells start with: each cell's saved sum in Danish notation, without the unit. */
export const initialTexts = (saved: Saved): Record<string, string> =>
  Object.fromEntries([...saved].map(([k, ls]) => [k, formatKroner(sumOre(ls.map((l) => l.amountOre)), { unit: false })]));

/** What a cell holds now: its amount (empty is 0), or null when the text is no amount in kroner. */
export function amountOf(text: string): Ore | null {
  if (text.trim() === '') return 0;
  const ore = parseKroner(text);
  return ore === null || ore < 0 ? null : ore;
}

/** A cell's text as it is shown once the user leaves it: a valid amount in Danish notation. */
export function tidyText(text: string): string {
  const ore = amountOf(text);
  return ore !== null && text.trim() !== '' ? formatKroner(ore, { unit: false }) : text;
}

/**
 * The budget as the matrix says now. A cell whose text is no amount keeps its saved lines (and is
 * listed in `invalid`); a changed cell becomes one line, or none at 0. `cells[i]` is the cell of
 * `lines[i]` (null for the lines outside the matrix), to place the API's violations.
 */
export function linesOf(
  texts: Readonly<Record<string, string>>,
  years: readonly number[],
  areaIds: readonly string[],
  saved: Saved,
  extra: readonly Line[],
): { lines: Line[]; cells: (string | null)[]; invalid: string[] } {
  const lines: Line[] = [];
  const cells: (string | null)[] = [];
  const invalid: string[] = [];
  for (const year of years) {
    for (const areaId of areaIds) {
      budgetColumns.forEach((col, c) => {
        const key = cellKey(year, areaId, c);
        const before = saved.get(key) ?? [];
        const ore = amountOf(texts[key] ?? '');
        if (ore === null) invalid.push(key);
        const keep = ore === null || ore === sumOre(before.map((l) => l.amountOre));
        const now: Line[] = keep
          ? before
          : ore > 0
            ? [{ year, interventionAreaId: areaId, activityId: null, source: col.source, municipalPart: col.part, amountOre: ore, note: '' }]
            : [];
        for (const l of now) {
          lines.push(l);
          cells.push(key);
        }
      });
    }
  }
  for (const l of extra) {
    lines.push(l);
    cells.push(null);
  }
  return { lines, cells, invalid };
}

/** The cell a violation of the saved budget points at (`body.lines.3.amountOre`), if any. */
export function cellOfViolation(path: string, cells: readonly (string | null)[]): string | null {
  const m = /^body\.lines\.(\d+)/.exec(path);
  return m ? (cells[Number(m[1])] ?? null) : null;
}

/** A column's total in a matrix (the municipal parts from the split). */
export function columnTotal(matrix: BudgetMatrix, col: BudgetColumn): Ore {
  if (col.source !== 'municipal') return matrix.bySource[col.source];
  return col.part === 'contract' ? matrix.municipalParts.contractOre : matrix.municipalParts.facilitationOre;
}
