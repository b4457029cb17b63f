/** The budget's totals under the matrix: per intervention area and year, and per source with its share of the frame. */
import type { BudgetMatrix } from '../../../domain/budget.ts';
import { shareBp } from '../../../domain/money.ts';
import type { Plan } from '../../../domain/schemas/plans.ts';
import { kroner, share } from '../../components/format.ts';
import type { Language } from '../../i18n.ts';
import { useTexts } from '../../texts.ts';
import { planTexts } from './texts.ts';

/** The head of a table with a row per intervention area: the area, the amount columns, the total. */
export function AreaHead({ columns }: { columns: { key: string; label: string }[] }) {
  const t = useTexts(planTexts);
  return (
    <thead>
      <tr>
        <th scope="col">{t('plans.interventionArea')}</th>
        {columns.map((c) => (
          <th key={c.key} scope="col" className="align-text-right">
            {c.label}
          </th>
        ))}
        <th scope="col" className="align-text-right">
          {t('plans.total')}
        </th>
      </tr>
    </thead>
  );
}

export function AreaTotals({ plan, years, matrix, lang }: { plan: Plan; years: number[]; matrix: BudgetMatrix; lang: Language }) {
  const t = useTexts(planTexts);
  const cell = (year: number, areaId: string) => matrix.cells.find((c) => c.year === year && c.interventionAreaId === areaId)?.totalOre ?? 0;
  return (
    <div className="table--responsive-scroll mt-6">
      <table className="table table--zebra budget-area-totals">
        <caption>{t('plans.areaTotalsCaption')}</caption>
        <AreaHead columns={years.map((y) => ({ key: String(y), label: String(y) }))} />
        <tbody>
          {plan.interventionAreas.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                {a.number}. {a.name}
              </th>
              {years.map((y) => (
                <td key={y} className="align-text-right">
                  {kroner(cell(y, a.id), lang)}
                </td>
              ))}
              <td className="align-text-right">{kroner(matrix.areas.find((x) => x.interventionAreaId === a.id)?.totalOre ?? 0, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('plans.total')}</th>
            {years.map((y) => (
              <td key={y} className="align-text-right">
                <strong>{kroner(matrix.years.find((x) => x.year === y)?.totalOre ?? 0, lang)}</strong>
              </td>
            ))}
            <td className="align-text-right" data-frame={matrix.frameOre}>
              <strong>{kroner(matrix.frameOre, lang)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function SourceTotals({ matrix, lang }: { matrix: BudgetMatrix; lang: Language }) {
  const t = useTexts(planTexts);
  const rows: { key: string; label: string; ore: number; bp: number; sub?: boolean }[] = [
    { key: 'fund', label: t('source.fund'), ore: matrix.bySource.fund, bp: matrix.shareBp.fund },
    { key: 'municipal', label: t('source.municipal'), ore: matrix.bySource.municipal, bp: matrix.shareBp.municipal },
    {
      key: 'contract',
      label: t('source.municipal.contract'),
      ore: matrix.municipalParts.contractOre,
      bp: shareBp(matrix.municipalParts.contractOre, matrix.frameOre),
      sub: true,
    },
    {
      key: 'facilitation',
      label: t('source.municipal.facilitation'),
      ore: matrix.municipalParts.facilitationOre,
      bp: shareBp(matrix.municipalParts.facilitationOre, matrix.frameOre),
      sub: true,
    },
    { key: 'housing', label: t('source.housing'), ore: matrix.bySource.housing, bp: matrix.shareBp.housing },
    { key: 'other', label: t('source.other'), ore: matrix.bySource.other, bp: matrix.shareBp.other },
    { key: 'local', label: t('plans.localShare'), ore: matrix.localOre, bp: matrix.localShareBp },
  ];
  return (
    <div className="table--responsive-scroll mt-6">
      <table className="table table--zebra budget-source-totals">
        <caption>{t('plans.budgetTotalsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.source')}</th>
            <th scope="col" className="align-text-right">
              {t('plans.amount')}
            </th>
            <th scope="col" className="align-text-right">
              {t('plans.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-source={r.key}>
              <th scope="row" className={r.sub ? 'pl-6' : undefined}>
                {r.label}
              </th>
              <td className="align-text-right">{kroner(r.ore, lang)}</td>
              <td className="align-text-right">{share(r.bp, lang)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('plans.frame')}</th>
            <td className="align-text-right">
              <strong>{kroner(matrix.frameOre, lang)}</strong>
            </td>
            <td className="align-text-right">
              <strong>{share(matrix.frameOre === 0 ? 0 : 10_000, lang)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
