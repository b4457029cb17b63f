/**
 * The plans the user may read (`/planer`): filters (urban area, status, funding period, housing
 * organisation) and sorting kept in the address, totals of the filtered set, and per row the
 * frame, the municipal share and the rule status.
 */
import { Link, useSearchParams } from 'react-router';
import { planSorts, planStatusLabel, planStatuses } from '../../../domain/plans.ts';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { SelectField } from '../../components/Fields.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ProvenanceTag } from '../../components/ProvenanceTag.tsx';
import { kroner, share } from '../../components/format.ts';
import { commonTexts } from '../../components/texts.ts';
import { useLanguage } from '../../i18n.ts';
import { useTexts } from '../../texts.ts';
import { RuleStatusBadge } from './RuleReport.tsx';
import { useMayCreatePlan } from './plan-access.ts';
import { planTexts } from './texts.ts';
import './plans.css';

const filterKeys = ['urbanAreaId', 'status', 'fundingPeriodId', 'housingOrganisationId', 'sort'] as const;
type FilterKey = (typeof filterKeys)[number];

export function PlansPage() {
  const t = useTexts(commonTexts, planTexts);
  const lang = useLanguage();
  const [params, setParams] = useSearchParams();
  const mayCreate = useMayCreatePlan();
  const filter = Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? ''])) as Record<FilterKey, string>;
  const plans = useGet(
    apiPath('/api/plans', {
      limit: 500,
      urbanAreaId: filter.urbanAreaId || undefined,
      status: filter.status || undefined,
      fundingPeriodId: filter.fundingPeriodId || undefined,
      housingOrganisationId: filter.housingOrganisationId || undefined,
      sort: filter.sort || undefined,
    }),
  );
  const areas = useGet(apiPath('/api/urban-areas', { limit: 500 }));
  const periods = useGet(apiPath('/api/funding-periods', { limit: 500 }));
  const orgs = useGet(apiPath('/api/housing-organisations', { limit: 500 }));

  const setFilter = (key: FilterKey, value: string) => {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'da');
  const all = { value: 'all', label: t('plans.all') };

  return (
    <Page title={t('plans.title')} lead={t('plans.intro')}>
      {mayCreate && (
        <p>
          <Link to="/planer/ny" className="button button-primary">
            <Icon name="plus" />
            {t('plans.new')}
          </Link>
        </p>
      )}
      <Loaded resources={[areas, periods, orgs]}>
        {() => (
          <form className="plan-filters" aria-labelledby="plan-filters-heading" onSubmit={(e) => e.preventDefault()}>
            <h2 id="plan-filters-heading" className="h3">
              {t('plans.filters')}
            </h2>
            <div className="plan-filter-grid">
              <SelectField
                id="filter-urbanAreaId"
                label={t('plans.urbanArea')}
                value={filter.urbanAreaId || 'all'}
                onChange={(v) => setFilter('urbanAreaId', v === 'all' ? '' : v)}
                options={[all, ...[...areas.data!.items].sort(byName).map((a) => ({ value: a.id, label: a.name }))]}
              />
              <SelectField
                id="filter-status"
                label={t('plans.status')}
                value={filter.status || 'all'}
                onChange={(v) => setFilter('status', v === 'all' ? '' : v)}
                options={[all, ...planStatuses.map((s) => ({ value: s, label: planStatusLabel(s, lang) }))]}
              />
              <SelectField
                id="filter-fundingPeriodId"
                label={t('plans.fundingPeriod')}
                value={filter.fundingPeriodId || 'all'}
                onChange={(v) => setFilter('fundingPeriodId', v === 'all' ? '' : v)}
                options={[all, ...periods.data!.items.map((p) => ({ value: p.id, label: p.name }))]}
              />
              <SelectField
                id="filter-housingOrganisationId"
                label={t('plans.housingOrganisation')}
                value={filter.housingOrganisationId || 'all'}
                onChange={(v) => setFilter('housingOrganisationId', v === 'all' ? '' : v)}
                options={[all, ...[...orgs.data!.items].sort(byName).map((o) => ({ value: o.id, label: o.name }))]}
              />
              <SelectField
                id="filter-sort"
                label={t('plans.sort')}
                value={filter.sort || 'name'}
                onChange={(v) => setFilter('sort', v === 'name' ? '' : v)}
                options={planSorts.map((s) => ({ value: s, label: t(`plans.sort.${s}`) }))}
              />
            </div>
            {filterKeys.some((k) => filter[k] !== '') && (
              <button type="button" className="button button-tertiary" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
                {t('plans.clearFilters')}
              </button>
            )}
          </form>
        )}
      </Loaded>
      <Loaded resources={[plans]}>
        {() => {
          const { items, totals } = plans.data!;
          return (
            <div className="plans-list">
              <DataTable
                caption={`${t('plans.caption')} (${items.length})`}
                rows={items}
                rowKey={(p) => p.id}
                empty={t('plans.none')}
                columns={[
                  {
                    header: t('plans.name'),
                    cell: (p) => (
                      <>
                        <Link to={`/planer/${p.id}`}>{p.name}</Link> <ProvenanceTag provenance={p.provenance} />
                      </>
                    ),
                  },
                  { header: t('plans.urbanArea'), cell: (p) => p.urbanAreaName },
                  { header: t('plans.housingOrganisation'), cell: (p) => p.housingOrganisationName },
                  { header: t('plans.period'), cell: (p) => `${p.startDate.slice(0, 4)}–${p.endDate.slice(0, 4)}` },
                  { header: t('plans.status'), cell: (p) => planStatusLabel(p.status, lang) },
                  { header: t('plans.frame'), numeric: true, cell: (p) => kroner(p.frameOre, lang) },
                  { header: t('plans.municipalShare'), numeric: true, cell: (p) => share(p.municipalShareBp, lang) },
                  { header: t('plans.ruleStatus'), cell: (p) => <RuleStatusBadge errors={p.ruleStatus.errors} warnings={p.ruleStatus.warnings} /> },
                ]}
              />
              <div className="table--responsive-scroll mt-6">
                <table className="table plan-totals">
                  <caption>{t('plans.totals')}</caption>
                  <tbody>
                    <tr>
                      <th scope="row">{t('plans.totalsCount')}</th>
                      <td className="align-text-right">{totals.count}</td>
                    </tr>
                    <tr>
                      <th scope="row">{t('plans.frame')}</th>
                      <td className="align-text-right">{kroner(totals.frameOre, lang)}</td>
                    </tr>
                    {(['fund', 'municipal', 'housing', 'other'] as const).map((s) => (
                      <tr key={s}>
                        <th scope="row">{t(`source.${s}`)}</th>
                        <td className="align-text-right">{kroner(totals.bySource[s], lang)}</td>
                      </tr>
                    ))}
                    <tr>
                      <th scope="row">{t('plans.municipalShare')}</th>
                      <td className="align-text-right">{share(totals.municipalShareBp, lang)}</td>
                    </tr>
                    <tr>
                      <th scope="row">{t('plans.localShare')}</th>
                      <td className="align-text-right">{share(totals.localShareBp, lang)}</td>
                    </tr>
                    <tr>
                      <th scope="row">{t('plans.totalsWithErrors')}</th>
                      <td className="align-text-right">{totals.withErrors}</td>
                    </tr>
                  </tbody>
                </table>
              </div>
            </div>
          );
        }}
      </Loaded>
    </Page>
  );
}
