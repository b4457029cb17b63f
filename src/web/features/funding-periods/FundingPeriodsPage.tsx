/** Landsbyggefonden's funding periods; each with its intervention areas and rule parameters. */
import { Link, useParams } from 'react-router';
import type { FundingPeriod, FundingPeriodDetail } from '../../../domain/schemas/registry.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Icon } from '../../components/Icon.tsx';
import { LoadError, Loaded, Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { type Language, useLanguage, useT } from '../../i18n.ts';
import { useApi } from '../../use-api.ts';
import { useSession } from '../auth/session.tsx';

export type RuleKey = keyof FundingPeriod['rules'];

export const ruleNames: Record<RuleKey, Record<Language, string>> = {
  municipalCapBp: { da: 'Kommunal medfinansiering, højst', en: 'Municipal co-financing, at most' },
  municipalContractPartBp: { da: 'Heraf efter samarbejdskontrakterne', en: 'Of which as the contracts lay down' },
  municipalFacilitationPartBp: { da: 'Heraf til facilitering', en: 'Of which for facilitation' },
  localShareMinBp: { da: 'Lokal medfinansiering, mindst', en: 'Local co-financing, at least' },
  normalPlanYears: { da: 'Planperiode (år)', en: 'Plan period (years)' },
  reportDueMonthsAfterYearEnd: { da: 'Frist for årlig redegørelse (måneder efter årets udgang)', en: 'Annual report due (months after year end)' },
  maxContractsPerUrbanArea: { da: 'Samarbejdskontrakter pr. byområde, højst', en: 'Cooperation contracts per urban area, at most' },
};

function ruleValue(key: RuleKey, value: number, lang: Language): string {
  if (key.endsWith('Bp')) {
    return `${(value / 100).toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} %`;
  }
  return value.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB');
}

export function FundingPeriodsPage() {
  const t = useT();
  const periods = useApi<{ items: FundingPeriod[] }>('/api/funding-periods?limit=500');
  return (
    <Page title={t('funding.title')} lead={t('funding.intro')}>
      <Loaded resources={[periods]}>
        {() => (
          <DataTable
            caption={t('funding.caption')}
            rows={periods.data!.items}
            rowKey={(p) => p.id}
            columns={[
              { header: t('funding.period'), cell: (p) => <Link to={`/puljeperioder/${p.id}`}>{p.name}</Link> },
              { header: t('funding.years'), cell: (p) => `${p.startYear}–${p.endYear}` },
            ]}
          />
        )}
      </Loaded>
    </Page>
  );
}

export function FundingPeriodPage() {
  const t = useT();
  const { id } = useParams();
  const period = useApi<FundingPeriodDetail>(`/api/funding-periods/${id}`);
  return (
    <>
      <BackLink to="/puljeperioder" page={t('funding.title')} />
      {period.data ? (
        <PeriodDetail period={period.data} />
      ) : period.error ? (
        <Page title={t('funding.title')}>
          <LoadError error={period.error} onRetry={period.reload} />
        </Page>
      ) : (
        <Loading />
      )}
    </>
  );
}

function PeriodDetail({ period }: { period: FundingPeriodDetail }) {
  const t = useT();
  const lang = useLanguage();
  const { may } = useSession();
  const mayWrite = may('funding_period.write');
  const title = `${t('funding.period')} ${period.name}`;
  return (
    <Page title={title} lead={`${period.startYear}–${period.endYear}`}>
      <h2>{t('funding.areas')}</h2>
      <p id="interface-help">{t('funding.interfaceHelp')}</p>
      {mayWrite && (
        <p>
          <Link to={`/puljeperioder/${period.id}/indsatsomraader/ny`} className="button button-secondary">
            <Icon name="plus" />
            {t('funding.addArea')}
          </Link>
        </p>
      )}
      <DataTable
        caption={t('funding.areasCaption', { name: period.name })}
        rows={[...period.interventionAreas].sort((a, b) => a.number - b.number)}
        rowKey={(a) => a.id}
        columns={[
          { header: t('funding.number'), cell: (a) => a.number },
          { header: t('common.name'), cell: (a) => a.name },
          {
            header: t('funding.interface'),
            cell: (a) =>
              a.municipalInterface ? (
                <span className="badge badge-success interface-tag">{t('funding.interfaceTag')}</span>
              ) : (
                <span>
                  {t('common.no')}
                </span>
              ),
          },
        ]}
      />
      <h2>{t('funding.rules')}</h2>
      {mayWrite && (
        <p>
          <Link to={`/puljeperioder/${period.id}/rediger`} className="button button-secondary">
            <Icon name="edit" />
            {t('funding.editRules')}
            <span className="sr-only"> {period.name}</span>
          </Link>
        </p>
      )}
      <DataTable
        caption={t('funding.rulesCaption', { name: period.name })}
        rows={Object.keys(ruleNames) as RuleKey[]}
        rowKey={(k) => k}
        columns={[
          { header: t('funding.rule'), cell: (k) => ruleNames[k][lang] },
          { header: t('funding.value'), cell: (k) => ruleValue(k, period.rules[k], lang), numeric: true },
        ]}
      />
    </Page>
  );
}
