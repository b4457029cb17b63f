/** The municipality's pools (`/puljer`): periods served, capacity, committed, reserved and free; "create" for those who may. */
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
              { header: t('pools.periods'), cell: (p) => p.fundingPeriods.map((f) => f.name).join(', ') || '–' },
              { header: t('pools.capacity'), numeric: true, cell: (p) => kroner(p.capacityOre, lang) },
              { header: t('pools.committed'), numeric: true, cell: (p) => kroner(p.committedOre, lang) },
              { header: t('pools.reserved'), numeric: true, cell: (p) => kroner(p.reservedOre, lang) },
              { header: t('pools.free'), numeric: true, cell: (p) => kroner(p.freeOre, lang) },
            ]}
          />
        )}
      </Loaded>
    </Page>
  );
}
