/** Landsbyggefonden's funding periods; each links to its intervention areas and rule parameters. */
import { Link } from 'react-router';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useTexts } from '../../texts.ts';
import { fundingTexts } from './texts.ts';

export function FundingPeriodsPage() {
  const t = useTexts(fundingTexts);
  const periods = useGet(apiPath('/api/funding-periods', { limit: 500 }));
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
