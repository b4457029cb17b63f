/**
 * Two versions of a plan side by side (`/planer/:id/sammenlign?fra=1&til=current`): the structured
 * comparison the API computes with the domain's `comparePlanSnapshots`. Every difference is marked
 * in words ("Ændret", "Tilføjet", "Fjernet") and in bold, never by colour alone.
 */
import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { fundingSourceNames, type FundingSource } from '../../../domain/plans.ts';
import type { PlanComparison } from '../../../domain/schemas/approval.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { type Language, useLanguage } from '../../i18n.ts';
import { useApi } from '../../use-api.ts';
import { kroner, numberText } from '../plans/format.ts';
import { type AT, useAT } from './texts.ts';
import './approval.css';

type Change = 'added' | 'removed' | 'changed' | 'unchanged';

export function ChangeMarker({ change, at }: { change: Change; at: AT }) {
  if (change === 'unchanged') return <span>{at('change.unchanged')}</span>;
  return <span className="diff-marker">{at(`change.${change}`)}</span>;
}

export const valueText = (v: unknown): string =>
  v === null || v === undefined || v === '' ? '–' : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);

/** A table of rows with a "from" and "to" column and a difference marker. */
export function DiffTable({
  caption,
  fromLabel,
  toLabel,
  rows,
  at,
}: {
  caption: string;
  fromLabel: string;
  toLabel: string;
  rows: { key: string; label: ReactNode; from: ReactNode; to: ReactNode; change: Change; extra?: ReactNode }[];
  at: AT;
}) {
  if (rows.length === 0) return <p>{at('compare.noItems')}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{at('compare.field')}</th>
            <th scope="col">{fromLabel}</th>
            <th scope="col">{toLabel}</th>
            <th scope="col">{at('compare.change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.change !== 'unchanged' ? 'diff-row' : undefined}>
              <th scope="row">{r.label}</th>
              <td>{r.from}</td>
              <td>{r.to}</td>
              <td>
                <ChangeMarker change={r.change} at={at} />
                {r.extra}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const versionLabel = (v: number | 'current', at: AT) => (v === 'current' ? at('revisions.current') : at('revisions.versionN', { n: v }));

export function PlanComparePage() {
  const at = useAT();
  const { id } = useParams();
  const [params] = useSearchParams();
  const from = params.get('fra') ?? '1';
  const to = params.get('til') ?? 'current';
  const comparison = useApi<PlanComparison>(`/api/plans/${id}/revisions/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
  return (
    <>
      <BackLink to={`/planer/${id}`} page={at('approval.heading')} />
      <Loaded resources={[comparison]}>{() => <CompareView c={comparison.data!} at={at} />}</Loaded>
    </>
  );
}

function amountsRows(
  rows: { key: string; label: string; fromOre: number; toOre: number; differenceOre: number }[],
  lang: Language,
) {
  return rows.map((r) => ({
    key: r.key,
    label: r.label,
    from: kroner(r.fromOre, lang),
    to: kroner(r.toOre, lang),
    change: (r.differenceOre === 0 ? 'unchanged' : r.fromOre === 0 ? 'added' : r.toOre === 0 ? 'removed' : 'changed') as Change,
    extra: r.differenceOre !== 0 ? <> ({r.differenceOre > 0 ? '+' : '−'}{kroner(Math.abs(r.differenceOre), lang)})</> : undefined,
  }));
}

function CompareView({ c, at }: { c: PlanComparison; at: AT }) {
  const lang = useLanguage();
  const fromLabel = versionLabel(c.from, at);
  const toLabel = versionLabel(c.to, at);
  const sourceName = (s: string) => fundingSourceNames[s as FundingSource]?.[lang] ?? s;
  return (
    <Page title={at('compare.title', { from: fromLabel, to: toLabel })}>
      <p>{c.changed ? at('compare.legend') : at('compare.unchanged')}</p>
      <h2>{at('compare.fields')}</h2>
      <DiffTable
        caption={at('compare.fields')}
        fromLabel={fromLabel}
        toLabel={toLabel}
        at={at}
        rows={c.fields.map((f) => ({ key: f.field, label: f.field, from: valueText(f.from), to: valueText(f.to), change: 'changed' }))}
      />
      <h2>{at('compare.estates')}</h2>
      <DiffTable
        caption={at('compare.estates')}
        fromLabel={fromLabel}
        toLabel={toLabel}
        at={at}
        rows={[
          ...c.estates.added.map((e) => ({ key: `a-${e.id}`, label: e.name, from: '–', to: e.name, change: 'added' as const })),
          ...c.estates.removed.map((e) => ({ key: `r-${e.id}`, label: e.name, from: e.name, to: '–', change: 'removed' as const })),
        ]}
      />
      <h2>{at('compare.goals')}</h2>
      {c.goals.length === 0 && <p>{at('compare.noItems')}</p>}
      {c.goals.map((g) => (
        <div key={g.id} className="goal-block">
          <h3>
            {g.title} (<ChangeMarker change={g.change} at={at} />)
          </h3>
          {g.fields.length > 0 && (
            <DiffTable
              caption={g.title}
              fromLabel={fromLabel}
              toLabel={toLabel}
              at={at}
              rows={g.fields.map((f) => ({ key: f.field, label: f.field, from: valueText(f.from), to: valueText(f.to), change: 'changed' }))}
            />
          )}
          {g.criteria.map((cr) => (
            <DiffTable
              key={cr.id}
              caption={`${at('compare.criterion')}: ${cr.description}`}
              fromLabel={fromLabel}
              toLabel={toLabel}
              at={at}
              rows={[
                ...cr.fields.map((f) => ({ key: f.field, label: f.field, from: valueText(f.from), to: valueText(f.to), change: 'changed' as const })),
                ...cr.targets.map((t) => ({
                  key: `t-${t.year}`,
                  label: at('compare.target', { year: t.year }),
                  from: t.from === null ? '–' : numberText(t.from, lang),
                  to: t.to === null ? '–' : numberText(t.to, lang),
                  change: (t.from === null ? 'added' : t.to === null ? 'removed' : t.difference ? 'changed' : 'unchanged') as Change,
                  extra: t.difference ? <> ({t.difference > 0 ? '+' : '−'}{numberText(Math.abs(t.difference), lang)})</> : undefined,
                })),
              ]}
            />
          ))}
        </div>
      ))}
      <h2>{at('compare.activities')}</h2>
      <DiffTable
        caption={at('compare.activities')}
        fromLabel={fromLabel}
        toLabel={toLabel}
        at={at}
        rows={c.activities.map((a) => ({
          key: a.id,
          label: a.name,
          from: a.change === 'added' ? '–' : a.fields.map((f) => `${f.field}: ${valueText(f.from)}`).join('; ') || a.name,
          to: a.change === 'removed' ? '–' : a.fields.map((f) => `${f.field}: ${valueText(f.to)}`).join('; ') || a.name,
          change: a.change,
        }))}
      />
      <h2>{at('compare.budget')}</h2>
      <DiffTable
        caption={at('compare.total')}
        fromLabel={fromLabel}
        toLabel={toLabel}
        at={at}
        rows={amountsRows([{ key: 'total', label: at('compare.total'), ...c.budget.total }], lang)}
      />
      <DiffTable
        caption={at('compare.byYear')}
        fromLabel={fromLabel}
        toLabel={toLabel}
        at={at}
        rows={amountsRows(c.budget.byYear.map((y) => ({ key: String(y.year), label: String(y.year), ...y })), lang)}
      />
      <DiffTable
        caption={at('compare.byArea')}
        fromLabel={fromLabel}
        toLabel={toLabel}
        at={at}
        rows={amountsRows(c.budget.byArea.map((a) => ({ key: a.interventionAreaId, label: a.interventionAreaName, ...a })), lang)}
      />
      <DiffTable
        caption={at('compare.bySource')}
        fromLabel={fromLabel}
        toLabel={toLabel}
        at={at}
        rows={amountsRows(c.budget.bySource.map((s) => ({ key: s.source, label: sourceName(s.source), ...s })), lang)}
      />
      <DiffTable
        caption={at('compare.cells')}
        fromLabel={fromLabel}
        toLabel={toLabel}
        at={at}
        rows={amountsRows(
          c.budget.cells
            .filter((x) => x.differenceOre !== 0)
            .map((x) => ({ key: `${x.year}-${x.interventionAreaId}-${x.source}`, label: `${x.year}, ${x.interventionAreaName}, ${sourceName(x.source)}`, ...x })),
          lang,
        )}
      />
      <p>
        <Link to={`/planer/${c.planId}`}>{at('approval.heading')}</Link>
      </p>
    </Page>
  );
}
