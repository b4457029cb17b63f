/**
 * The budget of a plan (`/planer/:id/budget`): a matrix year × intervention area × source (the
 * municipal source split into its contract and facilitation parts) with kroner inputs in Danish
 * notation, totals per year, per area and per source, each source's share of the frame, and the
 * rule report running LIVE on the unsaved matrix (the domain's `snapshotOfPlan` + `ruleReport`).
 * Saved whole with one PUT /api/plans/:id/budget-lines (If-Match: the plan's version); its answer,
 * the budget with the plan's new version, goes into the cached plan, which is not read again.
 */
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { budgetMatrix } from '../../../domain/budget.ts';
import { snapshotOfPlan } from '../../../domain/plan-snapshot.ts';
import { planYears } from '../../../domain/plans.ts';
import { ruleReport } from '../../../domain/rules/report.ts';
import type { Budget, Plan } from '../../../domain/schemas/plans.ts';
import { ApiError, apiPath } from '../../api.ts';
import { entry, write } from '../../cache.ts';
import { Alert } from '../../components/Alert.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorMessage } from '../../components/Fields.tsx';
import { ErrorSummary, StaleNotice, type SummaryItem } from '../../components/Form.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { LiveStatus } from '../../components/StatusMessage.tsx';
import { kroner } from '../../components/format.ts';
import { commonTexts } from '../../components/texts.ts';
import { useLanguage } from '../../i18n.ts';
import { numberOrMessage } from '../../components/numbers.ts';
import { useTexts } from '../../texts.ts';
import { AreaHead, AreaTotals, SourceTotals } from './BudgetTotals.tsx';
import { RuleReportView, RuleStatusBadge } from './RuleReport.tsx';
import {
  type BudgetColumn,
  amountOf,
  budgetColumns,
  cellKey,
  cellOfKey,
  cellOfViolation,
  cellsOf,
  columnTotal,
  initialTexts,
  inputId,
  linesOf,
  tidyText,
} from './budget-cells.ts';
import { planPath, usePlan } from './plan-access.ts';
import { withBudget } from './saved-budget.ts';
import { planTexts } from './texts.ts';
import './plans.css';

export function BudgetPage() {
  const t = useTexts(planTexts);
  const { id } = useParams();
  const { plan, editable } = usePlan(id);
  // Kept here, as the editor opens afresh on each new version of the plan (the one it saved too).
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      <BackLink to={`/planer/${id}`} page={plan.data?.name ?? t('plans.backToPlan')} />
      <Loaded resources={[plan]}>
        {() => (
          <BudgetEditor
            key={plan.data!.version}
            plan={plan.data!}
            version={plan.version ?? plan.data!.version}
            editable={editable}
            saved={saved}
            onSaved={() => setSaved(t('plans.budgetSaved'))}
            onReload={() => {
              setSaved(null);
              plan.reload();
            }}
          />
        )}
      </Loaded>
    </>
  );
}

type EditorProps = { plan: Plan; version: number; editable: boolean; saved: string | null; onSaved: () => void; onReload: () => void };

function BudgetEditor({ plan, version, editable, saved: savedNotice, onSaved, onReload }: EditorProps) {
  const t = useTexts(commonTexts, planTexts);
  const lang = useLanguage();
  const navigate = useNavigate();
  const years = useMemo(() => planYears(plan.startDate, plan.endDate), [plan.startDate, plan.endDate]);
  const areas = plan.interventionAreas;
  const areaOrder = useMemo(() => areas.map((a) => a.id), [areas]);
  const { saved, extra } = useMemo(() => cellsOf(plan, years), [plan, years]);
  const [texts, setTexts] = useState<Record<string, string>>(() => initialTexts(saved));
  const [left, setLeft] = useState<Set<string>>(new Set());
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [stale, setStale] = useState(false);
  const [saving, setSaving] = useState(false);

  const cellName = (year: number, areaName: string, col: BudgetColumn) => `${year}, ${areaName}, ${t(col.key)}`;

  const current = useMemo(() => linesOf(texts, years, areaOrder, saved, extra), [texts, years, areaOrder, saved, extra]);

  const matrix = budgetMatrix(current.lines, areaOrder);
  // The rules read the lines as the matrix says them now, before anything is saved.
  const report = useMemo(() => ruleReport({ ...snapshotOfPlan(plan), budgetLines: current.lines }), [plan, current.lines]);

  /** Why a cell's text is no amount (components/numbers.ts, the one parser of numbers typed). */
  const notAmount = (key: string) => {
    const r = numberOrMessage(texts[key] ?? '', 'kroner', t);
    return r && 'message' in r ? r.message : t('number.kronerNotation');
  };
  const parseError = (key: string) => (left.has(key) && current.invalid.includes(key) ? notAmount(key) : undefined);
  const errorOf = (key: string) => parseError(key) ?? serverErrors[key];

  const setCell = (key: string, value: string) => {
    setTexts((all) => ({ ...all, [key]: value }));
    if (serverErrors[key]) setServerErrors(({ [key]: _gone, ...rest }) => rest);
  };
  const leaveCell = (key: string) => {
    setLeft((s) => new Set(s).add(key));
    setTexts((all) => ({ ...all, [key]: tidyText(all[key] ?? '') }));
  };

  const describe = (key: string) => {
    const { year, areaId, column } = cellOfKey(key);
    return cellName(year, areas.find((a) => a.id === areaId)?.name ?? areaId, column);
  };

  const save = async () => {
    setSummary([]);
    setStale(false);
    if (current.invalid.length > 0) {
      setLeft(new Set([...left, ...current.invalid]));
      setSummary(current.invalid.map((k) => ({ href: inputId(k), message: `${describe(k)}: ${notAmount(k)}` })));
      return;
    }
    setSaving(true);
    try {
      await write<Budget>('PUT', `/api/plans/${plan.id}/budget-lines`, {
        body: { lines: current.lines },
        version,
        cache: (saved) => [
          entry(apiPath('/api/plans/{id}/budget-lines', { id: plan.id }), saved),
          entry(planPath(plan.id), (old) => old && { data: withBudget(old.data, saved.data), version: saved.version }),
        ],
      });
      setSaving(false);
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
        const key = cellOfViolation(v.path, current.cells);
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
    <Page title={t('plans.budgetTitle', { name: plan.name })}>
      <LiveStatus message={savedNotice} />
      <p className="font-lead">{t('plans.budgetLead')}</p>
      {!editable && <Alert variant="info">{t('plans.readOnly')}</Alert>}
      {stale && <StaleNotice onReload={onReload} />}
      {summary.length > 0 && <ErrorSummary items={summary} />}
      <p>
        <a className="function-link" href={`/api/plans/${plan.id}/exports/budget.xlsx`} download>
          <Icon name="download" />
          {t('plans.exportXlsx')}
        </a>
      </p>
      <div className="budget-layout">
        <RuleReportView report={report} live heading={t('plans.reportLive')} id="budget-report" />
        <form
          className="budget-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {editable && <p className="form-hint">{t('plans.cellHint')}</p>}
          {extra.length > 0 && <Alert variant="warning">{t('plans.extraLines', { n: extra.length })}</Alert>}
          {years.map((year) => {
            const ofYear = budgetMatrix(current.lines.filter((l) => l.year === year), areaOrder);
            return (
              <div className="table--responsive-scroll" key={year}>
                <table className="table budget-table" data-year={year}>
                  <caption>{t('plans.budgetYearCaption', { year })}</caption>
                  <AreaHead columns={budgetColumns.map((col) => ({ key: col.key, label: t(col.key) }))} />
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
                                  {error && <ErrorMessage id={id} error={error} />}
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
                      <th scope="row">{t('plans.totalYear', { year })}</th>
                      {budgetColumns.map((col) => (
                        <td key={col.key} className="align-text-right">
                          <strong>{money(columnTotal(ofYear, col))}</strong>
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
                {t('plans.saveBudget')}
              </button>
              <button type="button" className="button button-secondary ml-4" onClick={() => void navigate(`/planer/${plan.id}`)}>
                {t('common.cancel')}
              </button>
              {/* Always in view while typing; the report itself (a live region) says the details. */}
              <a href="#budget-report" className="budget-status ml-5">
                <RuleStatusBadge errors={report.errors.length} warnings={report.warnings.length} />
                <span className="ml-3">{t('plans.toReport')}</span>
              </a>
            </div>
          )}
        </form>
      </div>
    </Page>
  );
}
