import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';
import { cleanBudget, createPlanVia, ifMatch, loadRefs, planBody } from '../helpers/plans.ts';

const t = useTestApp();

const ore = (kroner: unknown) => Math.round(Number(kroner) * 100);

describe('the budget as XLSX', () => {
  it('has the same matrix, totals and shares as the API', async () => {
    const r = await loadRefs(t);
    const s = await t.signIn('boligorganisation@demo.example');
    const plan = await createPlanVia(s, planBody(r, { name: 'Eksport' }));
    const lines = [...cleanBudget(r, 1_234_567_80), { year: 2014, interventionAreaId: r.areaIds[2]!, source: 'other', amountOre: 3 }];
    const put = await s.request({ method: 'PUT', url: `/api/plans/${plan.id}/budget-lines`, headers: ifMatch(1), payload: { lines } });
    expect(put.statusCode, put.body).toBe(200);
    const matrix = put.json().matrix;

    const res = await s.request({ method: 'GET', url: `/api/plans/${plan.id}/exports/budget.xlsx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('attachment');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Budget')!;
    expect(ws.getCell('A1').value).toBe('Eksport');
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const total = rows.find((row) => row[0] === 'I alt')!;
    expect(total.slice(2).map(ore)).toEqual([matrix.bySource.fund, matrix.bySource.municipal, matrix.bySource.housing, matrix.bySource.other, matrix.frameOre]);
    const shares = rows.find((row) => row[0] === 'Andel af rammen')!;
    expect(shares.slice(2, 6).map((v) => Math.round(Number(v) * 10000))).toEqual([matrix.shareBp.fund, matrix.shareBp.municipal, matrix.shareBp.housing, matrix.shareBp.other]);
    const years = rows.filter((row) => typeof row[0] === 'number' && row[1] === 'Alle');
    expect(years.map((row) => [row[0], ore(row[6])])).toEqual(matrix.years.map((y: { year: number; totalOre: number }) => [y.year, y.totalOre]));
    const cells = rows.filter((row) => typeof row[0] === 'number' && row[1] !== 'Alle');
    expect(cells).toHaveLength(matrix.cells.length);

    // The lines sheet carries exact øre; they sum to the frame.
    const linesSheet = wb.getWorksheet('Linjer')!;
    let sum = 0;
    linesSheet.eachRow((row, n) => {
      if (n > 1) sum += Number(row.getCell(7).value);
    });
    expect(sum).toBe(matrix.frameOre);
  });

  it('is refused to those who may not read the plan', async () => {
    const r = await loadRefs(t);
    const s = await t.signIn('boligorganisation@demo.example');
    const plan = await createPlanVia(s, planBody(r));
    const researcher = await t.signIn('forsker@demo.example');
    expect((await researcher.request({ method: 'GET', url: `/api/plans/${plan.id}/exports/budget.xlsx` })).statusCode).toBe(404);
  });
});
