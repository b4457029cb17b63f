/** Landsbyggefonden's funding periods; each links to its intervention areas and rule parameters. */
import { Link } from 'react-router';
import type { FundingPeriod } from '../../../domain/schemas/registry.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useTexts } from '../../texts.ts';
import { useApi } from '../../use-api.ts';
import { fundingTexts } from './texts.ts';

export function FundingPeriodsPage() {
  const t = useTexts(fundingTexts);
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
