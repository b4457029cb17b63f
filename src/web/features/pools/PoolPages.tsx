/**
 * The municipality's pools (`/puljer`): capacity, allocated and remaining; a pool's allocations;
 * an admin creates a pool and allocates from it to a plan. A refused allocation shows the rule id
 * (FIN-POOL-CAP, FIN-POOL-VULNERABLE) at its field.
 */
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { parseKroner } from '../../../domain/money.ts';
import type { AllocationInput, PlanList, Pool, PoolInput } from '../../../domain/schemas/plans.ts';
import { ApiError, api } from '../../api.ts';
import { Alert } from '../../components/Alert.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorSummary, SelectField, TextField, invalid, useEditForm } from '../../components/Form.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { LiveStatus } from '../../components/StatusMessage.tsx';
import { ProvenanceTag } from '../../components/ProvenanceTag.tsx';
import { useLanguage, useT } from '../../i18n.ts';
import { useApi } from '../../use-api.ts';
import { useSession } from '../auth/session.tsx';
import { kroner } from '../plans/format.ts';
import { usePT } from '../plans/texts.ts';
import '../plans/plans.css';

function useMayWritePools(municipalityId?: string): boolean {
  const { me, may } = useSession();
  const scope = municipalityId ?? me?.scope.municipalityId ?? null;
  return scope !== null && may('pool.write', { municipalityId: scope });
}

/** Rule violations (FIN-POOL-CAP …) keep their rule id in the message shown at the field. */
function withRuleIds(err: unknown): unknown {
  if (!(err instanceof ApiError)) return err;
  return new ApiError({
    title: err.title,
    status: err.status,
    detail: err.detail,
    violations: err.violations.map((v) => (/^(FIN|PLAN)-/.test(v.rule) ? { ...v, message: `${v.rule}: ${v.message}` } : v)),
  });
}

export function PoolsPage() {
  const pt = usePT();
  const lang = useLanguage();
  const pools = useApi<{ items: Pool[] }>('/api/pools?limit=500');
  const mayWrite = useMayWritePools();
  return (
    <Page title={pt('pools.title')} lead={pt('pools.intro')}>
      {mayWrite && (
        <p>
          <Link to="/puljer/ny" className="button button-secondary">
            <Icon name="plus" />
            {pt('pools.create')}
          </Link>
        </p>
      )}
      <Loaded resources={[pools]}>
        {() => (
          <DataTable
            caption={pt('pools.caption')}
            rows={pools.data!.items}
            rowKey={(p) => p.id}
            empty={pt('pools.none')}
            columns={[
              {
                header: pt('pools.name'),
                cell: (p) => (
                  <>
                    <Link to={`/puljer/${p.id}`}>{p.name}</Link> <ProvenanceTag provenance={p.provenance} />
                  </>
                ),
              },
              { header: pt('pools.budgetYear'), cell: (p) => p.budgetYear },
              { header: pt('pools.capacity'), numeric: true, cell: (p) => kroner(p.capacityOre, lang) },
              { header: pt('pools.allocated'), numeric: true, cell: (p) => kroner(p.allocatedOre, lang) },
              { header: pt('pools.remaining'), numeric: true, cell: (p) => kroner(p.remainingOre, lang) },
            ]}
          />
        )}
      </Loaded>
    </Page>
  );
}

export function NewPoolPage() {
  const pt = usePT();
  const t = useT();
  const navigate = useNavigate();
  const { me } = useSession();
  const mayWrite = useMayWritePools();
  const [name, setName] = useState('');
  const [budgetYear, setBudgetYear] = useState('');
  const [capacity, setCapacity] = useState('');
  const labels: Record<string, string> = { name: pt('pools.poolName'), budgetYear: pt('pools.budgetYear'), capacityOre: pt('pools.capacity') };
  const form = useEditForm('pool', Object.keys(labels), labels);

  const save = async () => {
    const problems: { path: string; message: string; rule: string }[] = [];
    const fill = (field: string) => problems.push({ path: `body.${field}`, rule: 'SCHEMA', message: t('common.fillIn', { label: labels[field]!.toLocaleLowerCase() }) });
    if (name.trim() === '') fill('name');
    if (budgetYear.trim() === '') fill('budgetYear');
    else if (!/^\d{4}$/.test(budgetYear.trim())) problems.push({ path: 'body.budgetYear', rule: 'INPUT', message: t('form.wholeNumber') });
    const capacityOre = parseKroner(capacity);
    if (capacity.trim() === '') fill('capacityOre');
    else if (capacityOre === null || capacityOre < 0) problems.push({ path: 'body.capacityOre', rule: 'INPUT', message: pt('plans.notKroner') });
    if (problems.length > 0) throw invalid(problems);
    const input: Omit<PoolInput, 'provenance'> = { municipalityId: me!.scope.municipalityId!, name, budgetYear: Number(budgetYear.trim()), capacityOre: capacityOre! };
    const created = await api.post<Pool>('/api/pools', input);
    void navigate(`/puljer/${created.data.id}`, { state: { saved: pt('pools.created', { name: created.data.name }) } });
  };

  return (
    <>
      <BackLink to="/puljer" page={pt('pools.title')} />
      <Page title={pt('pools.newTitle')}>
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
                hint={pt('pools.capacityHint')}
                value={capacity}
                onChange={setCapacity}
                error={form.fieldErrors.capacityOre}
                inputMode="decimal"
                width="input-width-m"
                suffix="kr."
                required
              />
              <div className="mt-7">
                <button type="submit" className="button button-primary" disabled={form.saving}>
                  {pt('pools.create')}
                </button>
                <button type="button" className="button button-secondary ml-4" onClick={() => void navigate('/puljer')}>
                  {t('common.cancel')}
                </button>
              </div>
            </form>
          </>
        )}
      </Page>
    </>
  );
}

export function PoolPage() {
  const pt = usePT();
  const lang = useLanguage();
  const { id } = useParams();
  const pool = useApi<Pool>(`/api/pools/${id}`);
  const mayWrite = useMayWritePools(pool.data?.municipalityId);
  return (
    <>
      <BackLink to="/puljer" page={pt('pools.title')} />
      <Loaded resources={[pool]}>
        {() => {
          const p = pool.data!;
          return (
            <Page title={p.name}>
              <p>
                <ProvenanceTag provenance={p.provenance} />
              </p>
              <dl className="facts pool-facts">
                <dt>{pt('pools.budgetYear')}</dt>
                <dd>{p.budgetYear}</dd>
                <dt>{pt('pools.capacity')}</dt>
                <dd data-amount="capacity">{kroner(p.capacityOre, lang)}</dd>
                <dt>{pt('pools.allocated')}</dt>
                <dd data-amount="allocated">{kroner(p.allocatedOre, lang)}</dd>
                <dt>{pt('pools.remaining')}</dt>
                <dd data-amount="remaining">{kroner(p.remainingOre, lang)}</dd>
              </dl>
              <h2>{pt('pools.allocations')}</h2>
              <DataTable
                caption={pt('pools.allocationsCaption', { name: p.name })}
                captionHidden
                rows={p.allocations}
                rowKey={(a) => a.id}
                empty={pt('pools.noAllocations')}
                columns={[
                  { header: pt('pools.plan'), cell: (a) => <Link to={`/planer/${a.planId}`}>{a.planName}</Link> },
                  { header: pt('plans.amount'), numeric: true, cell: (a) => kroner(a.amountOre, lang) },
                  { header: pt('pools.note'), cell: (a) => a.note || '–' },
                ]}
              />
              {mayWrite && <AllocationForm pool={p} onAllocated={pool.reload} />}
            </Page>
          );
        }}
      </Loaded>
    </>
  );
}

function AllocationForm({ pool, onAllocated }: { pool: Pool; onAllocated: () => void }) {
  const pt = usePT();
  const t = useT();
  const lang = useLanguage();
  const plans = useApi<PlanList>('/api/plans?limit=500');
  const [planId, setPlanId] = useState('');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const labels: Record<string, string> = { planId: pt('pools.plan'), amountOre: pt('plans.amount'), note: pt('pools.note') };
  const form = useEditForm('allocation', Object.keys(labels), labels);

  const save = async () => {
    const problems: { path: string; message: string; rule: string }[] = [];
    if (!planId) problems.push({ path: 'body.planId', rule: 'SCHEMA', message: t('form.choose', { label: labels.planId!.toLocaleLowerCase() }) });
    const amountOre = parseKroner(amount);
    if (amount.trim() === '') problems.push({ path: 'body.amountOre', rule: 'SCHEMA', message: t('common.fillIn', { label: labels.amountOre!.toLocaleLowerCase() }) });
    else if (amountOre === null || amountOre <= 0) problems.push({ path: 'body.amountOre', rule: 'INPUT', message: pt('plans.notKroner') });
    if (problems.length > 0) throw invalid(problems);
    const input: AllocationInput = { planId, amountOre: amountOre!, note };
    setDone(null);
    try {
      await api.post(`/api/pools/${pool.id}/allocations`, input);
    } catch (err) {
      throw withRuleIds(err);
    }
    const planName = plans.data?.items.find((p) => p.id === planId)?.name ?? '';
    setPlanId('');
    setAmount('');
    setNote('');
    setDone(pt('pools.allocated1', { amount: kroner(amountOre!, lang), plan: planName }));
    onAllocated();
  };

  return (
    <section aria-labelledby="allocate-heading" className="mt-8">
      <h2 id="allocate-heading">{pt('pools.allocate')}</h2>
      <LiveStatus message={done} />
      {form.summary.length > 0 && <ErrorSummary items={form.summary} />}
      <Loaded resources={[plans]}>
        {() => (
          <form onSubmit={(e) => void form.submit(save)(e)} noValidate>
            <SelectField
              id={form.fieldId('planId')}
              label={labels.planId!}
              value={planId}
              onChange={setPlanId}
              error={form.fieldErrors.planId}
              options={plans.data!.items.map((p) => ({ value: p.id, label: `${p.name} (${p.urbanAreaName})` }))}
            />
            <TextField
              id={form.fieldId('amountOre')}
              label={labels.amountOre!}
              hint={`${pt('pools.amountHint')}. ${pt('pools.remaining')}: ${kroner(pool.remainingOre, lang)}`}
              value={amount}
              onChange={setAmount}
              error={form.fieldErrors.amountOre}
              inputMode="decimal"
              width="input-width-m"
              suffix="kr."
              required
            />
            <TextField id={form.fieldId('note')} label={labels.note!} value={note} onChange={setNote} error={form.fieldErrors.note} required={false} />
            <button type="submit" className="button button-primary mt-5" disabled={form.saving}>
              {pt('pools.allocateButton')}
            </button>
          </form>
        )}
      </Loaded>
    </section>
  );
}
