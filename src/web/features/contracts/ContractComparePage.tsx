/** Two adopted versions of a contract side by side (`/kontrakter/:id/sammenlign?fra=1&til=2`). */
import { useParams, useSearchParams } from 'react-router';
import type { ContractComparison } from '../../../domain/schemas/contracts.ts';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ChangeMarker, DiffTable, valueText } from '../../components/DiffTable.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useTexts } from '../../texts.ts';
import { approvalTexts } from '../approval/texts.ts';
import { contractTexts } from './texts.ts';

export function ContractComparePage() {
  const t = useTexts(contractTexts, approvalTexts);
  const { id } = useParams();
  const [params] = useSearchParams();
  const comparison = useGet(apiPath('/api/contracts/{id}/revisions/compare', { id: id! }, { from: params.get('fra') ?? '1', to: params.get('til') ?? '2' }));
  return (
    <>
      <BackLink to={`/kontrakter/${id}`} page={t('contracts.title')} />
      <Loaded resources={[comparison]}>{() => <ContractCompareView c={comparison.data!} />}</Loaded>
    </>
  );
}

function ContractCompareView({ c }: { c: ContractComparison }) {
  const t = useTexts(contractTexts, approvalTexts);
  const fromLabel = t('revisions.versionN', { n: c.from.number });
  const toLabel = t('revisions.versionN', { n: c.to.number });
  return (
    <Page title={t('contracts.compareTitle', { from: c.from.number, to: c.to.number })}>
      <p>{c.changed ? t('compare.legend') : t('compare.unchanged')}</p>
      {c.fields.map((f) =>
        f.items ? (
          <section key={f.field}>
            <h2>
              {f.label} (<ChangeMarker change={f.changed ? 'changed' : 'unchanged'} />)
            </h2>
            <DiffTable
              caption={f.label}
              fromLabel={fromLabel}
              toLabel={toLabel}
              rows={f.items.map((i) => ({ key: i.key, label: i.key, from: i.change === 'added' ? '–' : valueText(i.from), to: i.change === 'removed' ? '–' : valueText(i.to), change: i.change }))}
            />
          </section>
        ) : null,
      )}
      <h2>{t('contracts.fieldsCaption')}</h2>
      <DiffTable
        caption={t('contracts.fieldsCaption')}
        fromLabel={fromLabel}
        toLabel={toLabel}
        rows={c.fields.filter((f) => !f.items).map((f) => ({ key: f.field, label: f.label, from: valueText(f.from), to: valueText(f.to), change: f.changed ? 'changed' : 'unchanged' }))}
      />
    </Page>
  );
}
