/** The budget of a plan as an XLSX workbook: the same matrix, totals and shares as the API. */
import { availableParallelism } from 'node:os';
import { type SourceAmounts } from '../../../domain/budget.ts';
import { fullBp } from '../../../domain/money.ts';
import { fundingSourceNames, fundingSources, municipalPartNames } from '../../../domain/plans.ts';
import { limitConcurrency } from '../../http/limit.ts';
import { matrixOf } from './present.ts';
import type { PlanRead } from './queries.ts';

const kroner = (ore: number): number => ore / 100;
const money = '#,##0.00';

/** Workbooks built at once: one per core (each holds its whole workbook in memory while it is built). */
const inTurn = limitConcurrency(availableParallelism());

export function budgetWorkbook(d: PlanRead<'budgetLines' | 'interventionAreas' | 'activities'>): Promise<Buffer> {
  return inTurn(() => buildWorkbook(d));
}

async function buildWorkbook(d: PlanRead<'budgetLines' | 'interventionAreas' | 'activities'>): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs'); // large: loaded with the first export, not at start
  const m = matrixOf(d);
  const areaName = new Map(d.interventionAreas.map((a) => [a.id, `${a.number}. ${a.name}`]));
  const activityName = new Map(d.activities.map((a) => [a.id, a.name]));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Boligsocial';
  wb.created = new Date(d.plan.updatedAt);

  const ws = wb.addWorksheet('Budget');
  ws.addRow([d.plan.name]).font = { bold: true, size: 14 };
  ws.addRow([`Periode ${d.plan.startDate} – ${d.plan.endDate}`, `Byområde ${d.plan.urbanAreaName}`, `Version ${d.plan.version}`]);
  ws.addRow(['Beløb i kr.']);
  ws.addRow([]);
  const header = ['År', 'Indsatsområde', ...fundingSources.map((s) => fundingSourceNames[s].da), 'I alt'];
  const amounts = (s: SourceAmounts, total: number) => [...fundingSources.map((k) => kroner(s[k])), kroner(total)];
  const section = (title: string) => {
    ws.addRow([title]).font = { bold: true };
    ws.addRow(header).font = { bold: true };
  };

  section('Budget pr. år og indsatsområde');
  for (const c of m.cells) ws.addRow([c.year, areaName.get(c.interventionAreaId) ?? c.interventionAreaId, ...amounts(c.bySource, c.totalOre)]);
  ws.addRow([]);
  section('I alt pr. år');
  for (const y of m.years) ws.addRow([y.year, 'Alle', ...amounts(y.bySource, y.totalOre)]);
  ws.addRow([]);
  section('I alt pr. indsatsområde');
  for (const a of m.areas) ws.addRow(['Alle', areaName.get(a.interventionAreaId) ?? a.interventionAreaId, ...amounts(a.bySource, a.totalOre)]);
  ws.addRow([]);
  const total = ws.addRow(['I alt', 'Samlet ramme', ...amounts(m.bySource, m.frameOre)]);
  total.font = { bold: true };
  const shares = ws.addRow(['Andel af rammen', '', ...fundingSources.map((k) => m.shareBp[k] / fullBp), m.frameOre > 0 ? 1 : 0]);
  ws.addRow(['Lokal medfinansiering', '', kroner(m.localOre), m.localShareBp / fullBp]);
  ws.addRow(['Kommunal kontraktdel', '', kroner(m.municipalParts.contractOre)]);
  ws.addRow(['Kommunal facilitering', '', kroner(m.municipalParts.facilitationOre)]);

  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 42;
  for (let c = 3; c <= 3 + fundingSources.length; c++) {
    ws.getColumn(c).width = 20;
    ws.getColumn(c).numFmt = money;
  }
  shares.eachCell((cell, col) => {
    if (col >= 3) cell.numFmt = '0.00%';
  });
  ws.getRow(shares.number + 1).getCell(4).numFmt = '0.00%';

  const lines = wb.addWorksheet('Linjer');
  lines.addRow(['År', 'Indsatsområde', 'Aktivitet', 'Kilde', 'Kommunal del', 'Beløb (kr.)', 'Beløb (øre)', 'Note']).font = { bold: true };
  for (const l of d.budgetLines) {
    lines.addRow([
      l.year,
      areaName.get(l.interventionAreaId) ?? l.interventionAreaId,
      l.activityId ? (activityName.get(l.activityId) ?? '') : '',
      fundingSourceNames[l.source].da,
      l.municipalPart ? municipalPartNames[l.municipalPart].da : '',
      kroner(l.amountOre),
      l.amountOre,
      l.note,
    ]);
  }
  lines.getColumn(6).numFmt = money;
  lines.columns.forEach((c) => (c.width = 20));

  return Buffer.from(await wb.xlsx.writeBuffer());
}
