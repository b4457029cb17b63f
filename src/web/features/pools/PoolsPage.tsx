/** The municipality's pools (`/puljer`): capacity, allocated and remaining; "create" for those who may. */
import { Link } from 'react-router';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ProvenanceTag } from '../../components/ProvenanceTag.tsx';
import { kroner } from '../../components/format.ts';
import { useLanguage } from '../../i18n.ts';
import { useTexts } from '../../texts.ts';
import { useMayWritePools } from './pool-access.ts';
import { poolTexts } from './texts.ts';

export function PoolsPage() {
  const t = useTexts(poolTexts);
  const lang = useLanguage();
  const pools = useGet(apiPath('/api/pools', { limit: 500 }));
  const mayWrite = useMayWritePools();
  return (
    <Page title={t('pools.title')} lead={t('pools.intro')}>
      {mayWrite && (
        <p>
          <Link to="/puljer/ny" className="button button-secondary">
            <Icon name="plus" />
            {t('pools.create')}
          </Link>
        </p>
      )}
      <Loaded resources={[pools]}>
        {() => (
          <DataTable
            caption={t('pools.caption')}
            rows={pools.data!.items}
            rowKey={(p) => p.id}
            empty={t('pools.none')}
            columns={[
              {
                header: t('pools.name'),
                cell: (p) => (
                  <>
                    <Link to={`/puljer/${p.id}`}>{p.name}</Link> <ProvenanceTag provenance={p.provenance} />
                  </>
                ),
              },
              { header: t('pools.budgetYear'), cell: (p) => p.budgetYear },
              { header: t('pools.capacity'), numeric: true, cell: (p) => kroner(p.capacityOre, lang) },
              { header: t('pools.allocated'), numeric: true, cell: (p) => kroner(p.allocatedOre, lang) },
              { header: t('pools.remaining'), numeric: true, cell: (p) => kroner(p.remainingOre, lang) },
            ]}
          />
        )}
      </Loaded>
    </Page>
  );
}
