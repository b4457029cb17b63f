/** Create a pool (`/puljer/ny`): name, budget year, capacity in kroner and the funding periods it serves. */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Pool, PoolInput } from '../../../domain/schemas/pools.ts';
import { apiPath } from '../../api.ts';
import { entry, useGet, write } from '../../cache.ts';
import { Alert } from '../../components/Alert.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { CheckboxGroup, TextField, kronerInput } from '../../components/Fields.tsx';
import { ErrorSummary, FormButtons, invalid, useEditForm } from '../../components/Form.tsx';
import { Page } from '../../components/Page.tsx';
import { numberOrMessage } from '../../components/numbers.ts';
import { commonTexts } from '../../components/texts.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { planTexts } from '../plans/texts.ts';
import { useMayWritePools } from './pool-access.ts';
import { poolTexts } from './texts.ts';

export function NewPoolPage() {
  const t = useTexts(commonTexts, poolTexts, planTexts);
  const navigate = useNavigate();
  const { me } = useSession();
  const mayWrite = useMayWritePools();
  const [name, setName] = useState('');
  const [budgetYear, setBudgetYear] = useState('');
  const [capacity, setCapacity] = useState('');
  const [fundingPeriodIds, setFundingPeriodIds] = useState<string[]>([]);
  const periods = useGet(apiPath('/api/funding-periods', { limit: 500 }));
  const labels: Record<string, string> = { name: t('pools.poolName'), budgetYear: t('pools.budgetYear'), capacityOre: t('pools.capacity'), fundingPeriodIds: t('pools.periods') };
  const form = useEditForm('pool', Object.keys(labels), labels);

  const save = async () => {
    const problems: { path: string; message: string; rule: string }[] = [];
    const fill = (field: string) => problems.push({ path: `body.${field}`, rule: 'SCHEMA', message: t('common.fillIn', { label: labels[field]!.toLocaleLowerCase() }) });
    if (name.trim() === '') fill('name');
    /** The number typed at `field` (components/numbers.ts); empty or refused texts become problems. */
    const read = (text: string, kind: 'year' | 'kroner', field: string): number => {
      const r = numberOrMessage(text, kind, t);
      if (!r) fill(field);
      else if ('message' in r) problems.push({ path: `body.${field}`, rule: 'INPUT', message: r.message });
      return r && 'value' in r ? r.value : 0;
    };
    const year = read(budgetYear, 'year', 'budgetYear');
    const capacityOre = read(capacity, 'kroner', 'capacityOre');
    if (fundingPeriodIds.length === 0) problems.push({ path: 'body.fundingPeriodIds', rule: 'SCHEMA', message: t('pools.choosePeriod') });
    if (problems.length > 0) throw invalid(problems);
    const input: Omit<PoolInput, 'provenance'> = { municipalityId: me!.scope.municipalityId!, name, budgetYear: year, capacityOre, fundingPeriodIds };
    const created = await write<Pool>('POST', '/api/pools', { body: input, cache: (r) => [entry(apiPath('/api/pools/{id}', { id: r.data.id }), r)] });
    void navigate(`/puljer/${created.data.id}`, { state: { saved: t('pools.created', { name: created.data.name }) } });
  };

  return (
    <>
      <BackLink to="/puljer" page={t('pools.title')} />
      <Page title={t('pools.newTitle')}>
        {!mayWrite ? (
          <Alert variant="error">{t('common.forbidden')}</Alert>
        ) : (
          <>
            {form.summary.length > 0 && <ErrorSummary items={form.summary} />}
            <form onSubmit={(e) => void form.submit(save)(e)} noValidate>
              <TextField id={form.fieldId('name')} label={labels.name!} value={name} onChange={setName} error={form.fieldErrors.name} required />
              <TextField id={form.fieldId('budgetYear')} label={labels.budgetYear!} value={budgetYear} onChange={setBudgetYear} error={form.fieldErrors.budgetYear} inputMode="numeric" width="input-width-xs" required />
              <TextField
                id={form.fieldId('capacityOre')}
                label={labels.capacityOre!}
                hint={t('pools.capacityHint')}
                value={capacity}
                onChange={setCapacity}
                error={form.fieldErrors.capacityOre}
                {...kronerInput}
                required
              />
              <CheckboxGroup
                id={form.fieldId('fundingPeriodIds')}
                legend={labels.fundingPeriodIds!}
                hint={t('pools.periodsHint')}
                error={form.fieldErrors.fundingPeriodIds}
                selected={fundingPeriodIds}
                onChange={setFundingPeriodIds}
                empty={periods.loading ? t('app.loading') : undefined}
                options={(periods.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
              />
              <FormButtons saving={form.saving} label={t('pools.create')} cancelTo="/puljer" />
            </form>
          </>
        )}
      </Page>
    </>
  );
}
