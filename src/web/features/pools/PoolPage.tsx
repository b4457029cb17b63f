/** One pool (`/puljer/:id`): the periods it serves, capacity, committed, reserved and free, its allocations, and allocating from it for those who may. */
import { Link, useParams } from 'react-router';
import { allocationStateNames } from '../../../domain/pools.ts';
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
  const allocations = useGet(apiPath('/api/pools/{id}/allocations', { id: id! }, { limit: 500 }));
  const mayWrite = useMayWritePools(pool.data?.municipalityId);
  return (
    <>
      <BackLink to="/puljer" page={t('pools.title')} />
      <Loaded resources={[pool, allocations]}>
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
                <dt>{t('pools.periods')}</dt>
                <dd data-field="periods">{p.fundingPeriods.map((f) => f.name).join(', ') || '–'}</dd>
                <dt>{t('pools.capacity')}</dt>
                <dd data-amount="capacity">{kroner(p.capacityOre, lang)}</dd>
                <dt>{t('pools.committed')}</dt>
                <dd data-amount="committed">{kroner(p.committedOre, lang)}</dd>
                <dt>{t('pools.reserved')}</dt>
                <dd data-amount="reserved">{kroner(p.reservedOre, lang)}</dd>
                <dt>{t('pools.free')}</dt>
                <dd data-amount="free">{kroner(p.freeOre, lang)}</dd>
              </dl>
              <p className="form-hint">{t('pools.amountsHint')}</p>
              <h2>{t('pools.allocations')}</h2>
              <DataTable
                caption={t('pools.allocationsCaption', { name: p.name })}
                captionHidden
                rows={allocations.data!.items}
                rowKey={(a) => a.id}
                empty={t('pools.noAllocations')}
                columns={[
                  { header: t('pools.plan'), cell: (a) => <Link to={`/planer/${a.planId}`}>{a.planName}</Link> },
                  { header: t('plans.amount'), numeric: true, cell: (a) => kroner(a.amountOre, lang) },
                  { header: t('pools.state'), cell: (a) => allocationStateNames[a.state][lang] },
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
