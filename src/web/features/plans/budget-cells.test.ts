import { describe, expect, it } from 'vitest';
import { budgetMatrix } from '../../../domain/budget.ts';
import type { Plan } from '../../../domain/schemas/plans.ts';
import {
  amountOf,
  budgetColumns,
  cellKey,
  cellOfKey,
  cellOfViolation,
  cellsOf,
  columnOf,
  columnTotal,
  initialTexts,
  inputId,
  linesOf,
  tidyText,
} from './budget-cells.ts';

type Saved = Plan['budgetLines'][number];

let n = 0;
const line = (over: Partial<Saved>): Saved => ({
  id: `line-${++n}`,
  year: 2024,
  interventionAreaId: 'ia-1',
  activityId: null,
  source: 'fund',
  municipalPart: null,
  amountOre: 100_00,
  note: '',
  ...over,
});

const years = [2024, 2025];
const areaIds = ['ia-1', 'ia-2'];
const plan = (budgetLines: Saved[]) => ({ interventionAreas: areaIds.map((id) => ({ id })), budgetLines });
const fund = 0;
const contractPart = budgetColumns.findIndex((c) => c.part === 'contract');
const housing = budgetColumns.findIndex((c) => c.source === 'housing');

describe('the cells of the budget matrix', () => {
  it('puts each saved line in the cell of its year, area and column; the rest outside the matrix', () => {
    const perActivity = [line({ activityId: 'a-1', amountOre: 100_00 }), line({ activityId: 'a-2', amountOre: 250_50 })];
    const contract = line({ year: 2025, interventionAreaId: 'ia-2', source: 'municipal', municipalPart: 'contract', amountOre: 7_00 });
    const outsideYear = line({ year: 2030 });
    const otherArea = line({ interventionAreaId: 'ia-9' });
    const noPart = line({ source: 'municipal', municipalPart: null });
    const { saved, extra } = cellsOf(plan([...perActivity, contract, outsideYear, otherArea, noPart]), years);
    expect([...saved.keys()].sort()).toEqual([cellKey(2024, 'ia-1', fund), cellKey(2025, 'ia-2', contractPart)].sort());
    expect(saved.get(cellKey(2024, 'ia-1', fund))!.map((l) => l.amountOre)).toEqual([100_00, 250_50]);
    expect(extra.map((l) => [l.year, l.interventionAreaId, l.municipalPart])).toEqual([
      [2030, 'ia-1', null],
      [2024, 'ia-9', null],
      [2024, 'ia-1', null],
    ]);
    expect(initialTexts(saved)).toEqual({ [cellKey(2024, 'ia-1', fund)]: '350,50', [cellKey(2025, 'ia-2', contractPart)]: '7,00' });
  });

  it('finds the column of a line: the municipal source by its part', () => {
    expect(columnOf({ source: 'fund', municipalPart: null })).toBe(fund);
    expect(columnOf({ source: 'municipal', municipalPart: 'contract' })).toBe(contractPart);
    expect(columnOf({ source: 'municipal', municipalPart: 'facilitation' })).toBe(contractPart + 1);
    expect(columnOf({ source: 'municipal', municipalPart: null })).toBe(-1);
    expect(columnOf({ source: 'housing', municipalPart: null })).toBe(housing);
  });

  it('names a cell by its key and its input', () => {
    const key = cellKey(2025, 'ia-2', housing);
    expect(cellOfKey(key)).toEqual({ year: 2025, areaId: 'ia-2', column: budgetColumns[housing] });
    expect(inputId(key)).toBe(`budget-2025-ia-2-${housing}`);
  });
});

describe('what a cell holds', () => {
  it('reads kroner in Danish notation; empty is 0; negative or other text is no amount', () => {
    expect(amountOf('')).toBe(0);
    expect(amountOf('  ')).toBe(0);
    expect(amountOf('1.234,56')).toBe(123_456);
    expect(amountOf('1234,5')).toBe(123_450);
    expect(amountOf('-5,00')).toBeNull();
    expect(amountOf('abc')).toBeNull();
    expect(amountOf('12.5')).toBeNull();
  });

  it('tidies a valid amount when the user leaves the cell, and leaves anything else as typed', () => {
    expect(tidyText('1234,5')).toBe('1.234,50');
    expect(tidyText('0')).toBe('0,00');
    expect(tidyText('abc')).toBe('abc');
    expect(tidyText('')).toBe('');
  });
});

describe('the budget the matrix says', () => {
  const perActivity = [line({ activityId: 'a-1', amountOre: 100_00, note: 'x' }), line({ activityId: 'a-2', amountOre: 250_50 })];
  const outside = line({ year: 2030, amountOre: 1_00 });
  const { saved, extra } = cellsOf(plan([...perActivity, outside]), years);
  const fundCell = cellKey(2024, 'ia-1', fund);
  const housingCell = cellKey(2025, 'ia-2', housing);

  it('keeps the saved lines of an unchanged cell, and the lines outside the matrix, in order', () => {
    const { lines, cells, invalid } = linesOf(initialTexts(saved), years, areaIds, saved, extra);
    expect(lines.map((l) => [l.activityId, l.amountOre, l.note])).toEqual([
      ['a-1', 100_00, 'x'],
      ['a-2', 250_50, ''],
      [null, 1_00, ''],
    ]);
    expect(cells).toEqual([fundCell, fundCell, null]);
    expect(invalid).toEqual([]);
  });

  it('keeps the lines when the text only changes its notation', () => {
    const { lines } = linesOf({ [fundCell]: '350,5' }, years, areaIds, saved, extra);
    expect(lines.filter((l) => l.year === 2024).map((l) => l.activityId)).toEqual(['a-1', 'a-2']);
  });

  it('turns a changed cell into one line, and a new amount into a line of its column', () => {
    const { lines, cells } = linesOf({ [fundCell]: '400', [housingCell]: '12,25' }, years, areaIds, saved, extra);
    expect(lines).toEqual([
      { year: 2024, interventionAreaId: 'ia-1', activityId: null, source: 'fund', municipalPart: null, amountOre: 400_00, note: '' },
      { year: 2025, interventionAreaId: 'ia-2', activityId: null, source: 'housing', municipalPart: null, amountOre: 12_25, note: '' },
      extra[0],
    ]);
    expect(cells).toEqual([fundCell, housingCell, null]);
  });

  it('drops the lines of a cell set to 0 or emptied', () => {
    for (const text of ['0', '']) {
      const { lines } = linesOf({ [fundCell]: text }, years, areaIds, saved, extra);
      expect(lines).toEqual([extra[0]]);
    }
  });

  it('keeps the saved lines of a cell that holds no amount, and names it', () => {
    const { lines, invalid } = linesOf({ [fundCell]: 'abc', [housingCell]: '-1' }, years, areaIds, saved, extra);
    expect(lines.map((l) => l.activityId)).toEqual(['a-1', 'a-2', null]);
    expect(invalid).toEqual([fundCell, housingCell]);
  });

  it('places a violation of a saved line at its cell', () => {
    const { cells } = linesOf({ ...initialTexts(saved), [housingCell]: '5' }, years, areaIds, saved, extra);
    expect(cellOfViolation('body.lines.2.amountOre', cells)).toBe(housingCell);
    expect(cellOfViolation('body.lines.3', cells)).toBeNull();
    expect(cellOfViolation('body.lines.9.amountOre', cells)).toBeNull();
    expect(cellOfViolation('body', cells)).toBeNull();
  });
});

it('totals a column of the matrix, the municipal parts apart', () => {
  const matrix = budgetMatrix([
    line({ source: 'municipal', municipalPart: 'contract', amountOre: 3_00 }),
    line({ source: 'municipal', municipalPart: 'facilitation', amountOre: 5_00 }),
    line({ source: 'housing', amountOre: 7_00 }),
  ]);
  expect(budgetColumns.map((c) => columnTotal(matrix, c))).toEqual([0, 3_00, 5_00, 7_00, 0]);
});
