/**
 * The budget of a plan (`/planer/:id/budget`): a matrix year × intervention area × source (the
 * municipal source split into its contract and facilitation parts) with kroner inputs in Danish
 * notation, totals per year, per area and per source, each source's share of the frame, and the
 * rule report running LIVE on the unsaved matrix (the domain's `snapshotOfPlan` + `ruleReport`).
 * Saved whole with one PUT /api/plans/:id/budget-lines (If-Match: the plan's version).
 */
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { budgetMatrix } from '../../../domain/budget.ts';
import { formatKroner, parseKroner, shareBp, sumOre } from '../../../domain/money.ts';
import { planYears } from '../../../domain/plans.ts';
import { snapshotOfPlan } from '../../../domain/plan-snapshot.ts';
import { ruleReport } from '../../../domain/rules/report.ts';
import type { BudgetLineInput, Plan } from '../../../domain/schemas/plans.ts';
import { ApiError, request } from '../../api.ts';
import { Alert } from '../../components/Alert.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorSummary, StaleNotice, type SummaryItem } from '../../components/Form.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { type Language, useLanguage, useT } from '../../i18n.ts';
import { kroner, share } from './format.ts';
import { usePlan } from './plan-access.ts';
import { RuleReportView, RuleStatusBadge } from './parts.tsx';
import { type BudgetColumn, budgetColumns, usePT } from './texts.ts';
import './plans.css';

export function BudgetPage() {
  const pt = usePT();
  const { id } = useParams();
  const { plan, editable } = usePlan(id);
  return (
    <>
      <BackLink to={`/planer/${id}`} page={plan.data?.name ?? pt('plans.backToPlan')} />
      <Loaded resources={[plan]}>
        {() => (
          <BudgetEditor
            key={plan.data!.version}
            plan={plan.data!}
            version={plan.version ?? plan.data!.version}
            editable={editable}
            onSaved={plan.reload}
          />
        )}
      </Loaded>
    </>
  );
}

type Line = BudgetLineInput;
const cellKey = (year: number, areaId: string, col: number) => `${year}|${areaId}|${col}`;
const columnOf = (l: { source: string; municipalPart: string | null }) =>
  budgetColumns.findIndex((c) => c.source === l.source && (c.part === null || c.part === l.municipalPart));
const inputId = (key: string) => `budget-${key.replaceAll('|', '-')}`;
const asInput = (l: Plan['budgetLines'][number]): Line => ({
  year: l.year,
  interventionAreaId: l.interventionAreaId,
  activityId: l.activityId,
  source: l.source,
  municipalPart: l.municipalPart,
  amountOre: l.amountOre,
  note: l.note,
});

/** The saved lines per matrix cell, and the lines the matrix has no cell for (kept as they are). */
function cellsOf(plan: Plan, years: number[]) {
  const saved = new Map<string, Line[]>();
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

/** What a cell holds now: its amount, or null when the text is no amount in kroner. */
function amountOf(text: string): number | null {
  if (text.trim() === '') return 0;
  const ore = parseKroner(text);
  return ore === null || ore < 0 ? null : ore;
}

function BudgetEditor({ plan, version, editable, onSaved }: { plan: Plan; version: number; editable: boolean; onSaved: () => void }) {
  const pt = usePT();
  const t = useT();
  const lang = useLanguage();
  const navigate = useNavigate();
  const years = useMemo(() => planYears(plan.startDate, plan.endDate), [plan.startDate, plan.endDate]);
  const areas = plan.interventionAreas;
  const areaOrder = useMemo(() => areas.map((a) => a.id), [areas]);
  const { saved, extra } = useMemo(() => cellsOf(plan, years), [plan, years]);
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries([...saved].map(([k, ls]) => [k, formatKroner(sumOre(ls.map((l) => l.amountOre)), { unit: false })])),
  );
  const [left, setLeft] = useState<Set<string>>(new Set());
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [stale, setStale] = useState(false);
  const [saving, setSaving] = useState(false);

  const cellName = (year: number, areaName: string, col: BudgetColumn) => `${year}, ${areaName}, ${pt(col.key)}`;

  /** The budget as the matrix says now; invalid cells keep their saved lines. `cells[i]`: the cell of line i. */
  const current = useMemo(() => {
    const lines: Line[] = [];
    const cells: (string | null)[] = [];
    const invalid: string[] = [];
    for (const year of years) {
      for (const area of areas) {
        budgetColumns.forEach((col, c) => {
          const key = cellKey(year, area.id, c);
          const before = saved.get(key) ?? [];
          const text = texts[key] ?? '';
          const ore = amountOf(text);
          if (ore === null) invalid.push(key);
          const keep = ore === null || ore === sumOre(before.map((l) => l.amountOre));
          const add = keep
            ? before
            : ore! > 0
              ? [{ year, interventionAreaId: area.id, activityId: null, source: col.source, municipalPart: col.part, amountOre: ore!, note: '' }]
              : [];
          for (const l of add) {
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
  }, [texts, years, areas, saved, extra]);

  const matrix = budgetMatrix(current.lines, areaOrder);
  const report = useMemo(() => {
    const snapshot = snapshotOfPlan(plan);
    snapshot.budgetLines = current.lines.map((l) => ({
      year: l.year,
      interventionAreaId: l.interventionAreaId,
      activityId: l.activityId,
      source: l.source,
      municipalPart: l.municipalPart,
      amountOre: l.amountOre,
    }));
    return ruleReport(snapshot);
  }, [plan, current.lines]);

  const parseError = (key: string) => (left.has(key) && current.invalid.includes(key) ? pt('plans.notKroner') : undefined);
  const errorOf = (key: string) => parseError(key) ?? serverErrors[key];

  const setCell = (key: string, value: string) => {
    setTexts((all) => ({ ...all, [key]: value }));
    if (serverErrors[key]) setServerErrors(({ [key]: _gone, ...rest }) => rest);
  };
  const leaveCell = (key: string) => {
    setLeft((s) => new Set(s).add(key));
    const ore = amountOf(texts[key] ?? '');
    if (ore !== null && (texts[key] ?? '').trim() !== '') setTexts((all) => ({ ...all, [key]: formatKroner(ore, { unit: false }) }));
  };

  const describe = (key: string) => {
    const [year, areaId, col] = key.split('|') as [string, string, string];
    const area = areas.find((a) => a.id === areaId);
    return cellName(Number(year), area?.name ?? areaId, budgetColumns[Number(col)]!);
  };

  const save = async () => {
    setSummary([]);
    setStale(false);
    if (current.invalid.length > 0) {
      setLeft(new Set([...left, ...current.invalid]));
      setSummary(current.invalid.map((k) => ({ href: inputId(k), message: `${describe(k)}: ${pt('plans.notKroner')}` })));
      return;
    }
    setSaving(true);
    try {
      await request<unknown>('PUT', `/api/plans/${plan.id}/budget-lines`, { body: { lines: current.lines }, version });
      setSaving(false);
      void navigate(`/planer/${plan.id}/budget`, { replace: true, state: { saved: pt('plans.budgetSaved') } });
      onSaved();
    } catch (err) {
      setSaving(false);
      if (err instanceof ApiError && err.isStale) {
        setStale(true);
        return;
      }
      if (!(err instanceof ApiError)) {
        setSummary([{ href: null, message: String(err) }]);
        return;
      }
      const byCell: Record<string, string> = {};
      const items: SummaryItem[] = [];
      for (const v of err.violations) {
        const m = /^body\.lines\.(\d+)/.exec(v.path);
        const key = m ? current.cells[Number(m[1])] : null;
        const message = `${v.rule}: ${v.message}`;
        if (key) {
          byCell[key] ??= message;
          items.push({ href: inputId(key), message: `${describe(key)}: ${message}` });
        } else {
          items.push({ href: null, message });
        }
      }
      if (items.length === 0) items.push({ href: null, message: err.detail || err.title });
      setServerErrors(byCell);
      setSummary(items);
    }
  };

  const money = (ore: number) => kroner(ore, lang);

  return (
    <Page title={pt('plans.budgetTitle', { name: plan.name })}>
      <p className="font-lead">{pt('plans.budgetLead')}</p>
      {!editable && <Alert variant="info">{pt('plans.readOnly')}</Alert>}
      {stale && <StaleNotice onReload={onSaved} />}
      {summary.length > 0 && <ErrorSummary items={summary} />}
      <p>
        <a className="function-link" href={`/api/plans/${plan.id}/exports/budget.xlsx`} download>
          <Icon name="file-download" />
          {pt('plans.exportXlsx')}
        </a>
      </p>
      <div className="budget-layout">
        <RuleReportView report={report} live heading={pt('plans.reportLive')} id="budget-report" />
        <form
          className="budget-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {editable && <p className="form-hint">{pt('plans.cellHint')}</p>}
          {extra.length > 0 && <Alert variant="warning">{pt('plans.extraLines', { n: extra.length })}</Alert>}
          {years.map((year) => {
            const ofYear = budgetMatrix(current.lines.filter((l) => l.year === year), areaOrder);
            const columnTotal = (col: BudgetColumn) =>
              col.source === 'municipal'
                ? col.part === 'contract'
                  ? ofYear.municipalParts.contractOre
                  : ofYear.municipalParts.facilitationOre
                : ofYear.bySource[col.source];
            return (
              <div className="table--responsive-scroll" key={year}>
                <table className="table budget-table" data-year={year}>
                  <caption>{pt('plans.budgetYearCaption', { year })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{pt('plans.interventionArea')}</th>
                      {budgetColumns.map((col) => (
                        <th key={col.key} scope="col" className="align-text-right">
                          {pt(col.key)}
                        </th>
                      ))}
                      <th scope="col" className="align-text-right">
                        {pt('plans.total')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {areas.map((area) => (
                      <tr key={area.id}>
                        <th scope="row">
                          {area.number}. {area.name}
                        </th>
                        {budgetColumns.map((col, c) => {
                          const key = cellKey(year, area.id, c);
                          const error = errorOf(key);
                          const id = inputId(key);
                          return (
                            <td key={col.key} className={error ? 'form-error' : undefined}>
                              {editable ? (
                                <>
                                  <input
                                    id={id}
                                    className="form-input"
                                    type="text"
                                    inputMode="decimal"
                                    autoComplete="off"
                                    aria-label={cellName(year, area.name, col)}
                                    aria-invalid={error ? true : undefined}
                                    aria-describedby={error ? `${id}-error` : undefined}
                                    value={texts[key] ?? ''}
                                    onChange={(e) => setCell(key, e.target.value)}
                                    onBlur={() => leaveCell(key)}
                                  />
                                  {error && (
                                    <span className="form-error-message" id={`${id}-error`}>
                                      <span className="sr-only">{t('common.error')}: </span>
                                      {error}
                                    </span>
                                  )}
                                </>
                              ) : (
                                <span className="align-text-right d-block">{texts[key] ? money(amountOf(texts[key]) ?? 0) : '–'}</span>
                              )}
                            </td>
                          );
                        })}
                        <td className="align-text-right">{money(ofYear.areas.find((a) => a.interventionAreaId === area.id)?.totalOre ?? 0)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{pt('plans.totalYear', { year })}</th>
                      {budgetColumns.map((col) => (
                        <td key={col.key} className="align-text-right">
                          <strong>{money(columnTotal(col))}</strong>
                        </td>
                      ))}
                      <td className="align-text-right">
                        <strong>{money(ofYear.frameOre)}</strong>
                      </td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            );
          })}
          <AreaTotals plan={plan} years={years} matrix={matrix} lang={lang} />
          <SourceTotals matrix={matrix} lang={lang} />
          {editable && (
            <div className="budget-actions mt-6">
              <button type="submit" className="button button-primary" disabled={saving}>
                {pt('plans.saveBudget')}
              </button>
              <button type="button" className="button button-secondary ml-4" onClick={() => void navigate(`/planer/${plan.id}`)}>
                {t('common.cancel')}
              </button>
              {/* Always in view while typing; the report itself (a live region) says the details. */}
              <a href="#budget-report" className="budget-status ml-5">
                <RuleStatusBadge errors={report.errors.length} warnings={report.warnings.length} />
                <span className="ml-3">{pt('plans.toReport')}</span>
              </a>
            </div>
          )}
        </form>
      </div>
    </Page>
  );
}

type Matrix = ReturnType<typeof budgetMatrix>;

function AreaTotals({ plan, years, matrix, lang }: { plan: Plan; years: number[]; matrix: Matrix; lang: Language }) {
  const pt = usePT();
  const cell = (year: number, areaId: string) => matrix.cells.find((c) => c.year === year && c.interventionAreaId === areaId)?.totalOre ?? 0;
  return (
    <div className="table--responsive-scroll mt-6">
      <table className="table table--zebra budget-area-totals">
        <caption>{pt('plans.areaTotalsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{pt('plans.interventionArea')}</th>
            {years.map((y) => (
              <th key={y} scope="col" className="align-text-right">
                {y}
              </th>
            ))}
            <th scope="col" className="align-text-right">
              {pt('plans.total')}
            </th>
          </tr>
        </thead>
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
            <th scope="row">{pt('plans.total')}</th>
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

function SourceTotals({ matrix, lang }: { matrix: Matrix; lang: Language }) {
  const pt = usePT();
  const rows: { key: string; label: string; ore: number; bp: number; sub?: boolean }[] = [
    { key: 'fund', label: pt('source.fund'), ore: matrix.bySource.fund, bp: matrix.shareBp.fund },
    { key: 'municipal', label: pt('source.municipal'), ore: matrix.bySource.municipal, bp: matrix.shareBp.municipal },
    {
      key: 'contract',
      label: pt('source.municipal.contract'),
      ore: matrix.municipalParts.contractOre,
      bp: shareBp(matrix.municipalParts.contractOre, matrix.frameOre),
      sub: true,
    },
    {
      key: 'facilitation',
      label: pt('source.municipal.facilitation'),
      ore: matrix.municipalParts.facilitationOre,
      bp: shareBp(matrix.municipalParts.facilitationOre, matrix.frameOre),
      sub: true,
    },
    { key: 'housing', label: pt('source.housing'), ore: matrix.bySource.housing, bp: matrix.shareBp.housing },
    { key: 'other', label: pt('source.other'), ore: matrix.bySource.other, bp: matrix.shareBp.other },
    { key: 'local', label: pt('plans.localShare'), ore: matrix.localOre, bp: matrix.localShareBp },
  ];
  return (
    <div className="table--responsive-scroll mt-6">
      <table className="table table--zebra budget-source-totals">
        <caption>{pt('plans.budgetTotalsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{pt('plans.source')}</th>
            <th scope="col" className="align-text-right">
              {pt('plans.amount')}
            </th>
            <th scope="col" className="align-text-right">
              {pt('plans.share')}
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
            <th scope="row">{pt('plans.frame')}</th>
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
