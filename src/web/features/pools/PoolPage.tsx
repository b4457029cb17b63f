/** One pool (`/puljer/:id`): its amounts, its allocations, and allocating from it for those who may. */
import { Link, useParams } from 'react-router';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ProvenanceTag } from '../../components/ProvenanceTag.tsx';
import { kroner } from '../../components/format.ts';
import { useLanguage } from '../../i18n.ts';
import { useTexts } from '../../texts.ts';
import { planTexts } from '../plans/texts.ts';
import { AllocationForm } from './AllocationForm.tsx';
import { useMayWritePools } from './pool-access.ts';
import { poolTexts } from './texts.ts';
import '../plans/plans.css';

export function PoolPage() {
  const t = useTexts(poolTexts, planTexts);
  const lang = useLanguage();
  const { id } = useParams();
  const pool = useGet(apiPath('/api/pools/{id}', { id: id! }));
  const mayWrite = useMayWritePools(pool.data?.municipalityId);
  return (
    <>
      <BackLink to="/puljer" page={t('pools.title')} />
      <Loaded resources={[pool]}>
        {() => {
          const p = pool.data!;
          return (
            <Page title={p.name}>
              <p>
                <ProvenanceTag provenance={p.provenance} />
              </p>
              <dl className="facts pool-facts">
                <dt>{t('pools.budgetYear')}</dt>
                <dd>{p.budgetYear}</dd>
                <dt>{t('pools.capacity')}</dt>
                <dd data-amount="capacity">{kroner(p.capacityOre, lang)}</dd>
                <dt>{t('pools.allocated')}</dt>
                <dd data-amount="allocated">{kroner(p.allocatedOre, lang)}</dd>
                <dt>{t('pools.remaining')}</dt>
                <dd data-amount="remaining">{kroner(p.remainingOre, lang)}</dd>
              </dl>
              <h2>{t('pools.allocations')}</h2>
              <DataTable
                caption={t('pools.allocationsCaption', { name: p.name })}
                captionHidden
                rows={p.allocations}
                rowKey={(a) => a.id}
                empty={t('pools.noAllocations')}
                columns={[
                  { header: t('pools.plan'), cell: (a) => <Link to={`/planer/${a.planId}`}>{a.planName}</Link> },
                  { header: t('plans.amount'), numeric: true, cell: (a) => kroner(a.amountOre, lang) },
                  { header: t('pools.note'), cell: (a) => a.note || '–' },
                ]}
              />
              {mayWrite && <AllocationForm pool={p} />}
            </Page>
          );
        }}
      </Loaded>
    </>
  );
}
