/**
 * Two versions of a plan side by side (`/planer/:id/sammenlign?fra=1&til=current`): the structured
 * comparison the API computes with the domain's `comparePlanSnapshots`, in DiffTables.
 */
import { Link, useParams, useSearchParams } from 'react-router';
import { fundingSourceNames, type FundingSource } from '../../../domain/plans.ts';
import type { PlanComparison } from '../../../domain/schemas/approval.ts';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ChangeMarker, DiffTable, type DiffRow, valueText } from '../../components/DiffTable.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { kroner, numberText } from '../../components/format.ts';
import { commonTexts } from '../../components/texts.ts';
import { type Language, useLanguage } from '../../i18n.ts';
import { useTexts } from '../../texts.ts';
import { type AT, approvalTexts } from './texts.ts';
import './approval.css';

const versionLabel = (v: number | 'current', t: AT) => (v === 'current' ? t('revisions.current') : t('revisions.versionN', { n: v }));

export function PlanComparePage() {
  const t = useTexts(approvalTexts);
  const { id } = useParams();
  const [params] = useSearchParams();
  const from = params.get('fra') ?? '1';
  const to = params.get('til') ?? 'current';
  const comparison = useGet(apiPath('/api/plans/{id}/revisions/compare', { id: id! }, { from, to }));
  return (
    <>
      <BackLink to={`/planer/${id}`} page={t('approval.heading')} />
      <Loaded resources={[comparison]}>{() => <CompareView c={comparison.data!} />}</Loaded>
    </>
  );
}

type Amounts = { key: string; label: string; fromOre: number; toOre: number; differenceOre: number };

function amountsRows(rows: Amounts[], lang: Language): DiffRow[] {
  return rows.map((r) => ({
    key: r.key,
    label: r.label,
    from: kroner(r.fromOre, lang),
    to: kroner(r.toOre, lang),
    change: r.differenceOre === 0 ? 'unchanged' : r.fromOre === 0 ? 'added' : r.toOre === 0 ? 'removed' : 'changed',
    extra: r.differenceOre !== 0 ? <> ({r.differenceOre > 0 ? '+' : '−'}{kroner(Math.abs(r.differenceOre), lang)})</> : undefined,
  }));
}

/** Changed fields of a compared item, one row each. */
const fieldRows = (fields: PlanComparison['fields']): DiffRow[] =>
  fields.map((f) => ({ key: f.field, label: f.field, from: valueText(f.from), to: valueText(f.to), change: 'changed' }));

function CompareView({ c }: { c: PlanComparison }) {
  const t = useTexts(commonTexts, approvalTexts);
  const lang = useLanguage();
  const fromLabel = versionLabel(c.from, t);
  const toLabel = versionLabel(c.to, t);
  const sourceName = (s: string) => fundingSourceNames[s as FundingSource]?.[lang] ?? s;
  const diff = (caption: string, rows: DiffRow[]) => <DiffTable caption={caption} fromLabel={fromLabel} toLabel={toLabel} rows={rows} />;
  return (
    <Page title={t('compare.title', { from: fromLabel, to: toLabel })}>
      <p>{c.changed ? t('compare.legend') : t('compare.unchanged')}</p>
      <h2>{t('compare.fields')}</h2>
      {diff(t('compare.fields'), fieldRows(c.fields))}
      <h2>{t('compare.estates')}</h2>
      {diff(t('compare.estates'), [
        ...c.estates.added.map((e) => ({ key: `a-${e.id}`, label: e.name, from: '–', to: e.name, change: 'added' as const })),
        ...c.estates.removed.map((e) => ({ key: `r-${e.id}`, label: e.name, from: e.name, to: '–', change: 'removed' as const })),
      ])}
      <h2>{t('compare.goals')}</h2>
      {c.goals.length === 0 && <p>{t('compare.noItems')}</p>}
      {c.goals.map((g) => (
        <div key={g.id} className="goal-block">
          <h3>
            {g.title} (<ChangeMarker change={g.change} />)
          </h3>
          {g.fields.length > 0 && diff(g.title, fieldRows(g.fields))}
          {g.criteria.map((cr) => (
            <DiffTable
              key={cr.id}
              caption={`${t('compare.criterion')}: ${cr.description}`}
              fromLabel={fromLabel}
              toLabel={toLabel}
              rows={[
                ...fieldRows(cr.fields),
                ...cr.targets.map((target): DiffRow => ({
                  key: `t-${target.year}`,
                  label: t('compare.target', { year: target.year }),
                  from: target.from === null ? '–' : numberText(target.from, lang),
                  to: target.to === null ? '–' : numberText(target.to, lang),
                  change: target.from === null ? 'added' : target.to === null ? 'removed' : target.difference ? 'changed' : 'unchanged',
                  extra: target.difference ? <> ({target.difference > 0 ? '+' : '−'}{numberText(Math.abs(target.difference), lang)})</> : undefined,
                })),
              ]}
            />
          ))}
        </div>
      ))}
      <h2>{t('compare.activities')}</h2>
      {diff(
        t('compare.activities'),
        c.activities.map((a) => ({
          key: a.id,
          label: a.name,
          from: a.change === 'added' ? '–' : a.fields.map((f) => `${f.field}: ${valueText(f.from)}`).join('; ') || a.name,
          to: a.change === 'removed' ? '–' : a.fields.map((f) => `${f.field}: ${valueText(f.to)}`).join('; ') || a.name,
          change: a.change,
        })),
      )}
      <h2>{t('compare.budget')}</h2>
      {diff(t('compare.total'), amountsRows([{ key: 'total', label: t('compare.total'), ...c.budget.total }], lang))}
      {diff(t('compare.byYear'), amountsRows(c.budget.byYear.map((y) => ({ key: String(y.year), label: String(y.year), ...y })), lang))}
      {diff(t('compare.byArea'), amountsRows(c.budget.byArea.map((a) => ({ key: a.interventionAreaId, label: a.interventionAreaName, ...a })), lang))}
      {diff(t('compare.bySource'), amountsRows(c.budget.bySource.map((s) => ({ key: s.source, label: sourceName(s.source), ...s })), lang))}
      {diff(
        t('compare.cells'),
        amountsRows(
          c.budget.cells
            .filter((x) => x.differenceOre !== 0)
            .map((x) => ({ key: `${x.year}-${x.interventionAreaId}-${x.source}`, label: `${x.year}, ${x.interventionAreaName}, ${sourceName(x.source)}`, ...x })),
          lang,
        ),
      )}
      <p>
        <Link to={`/planer/${c.planId}`}>{t('approval.heading')}</Link>
      </p>
    </Page>
  );
}
