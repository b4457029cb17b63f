/**
 * Allocate from a pool to a plan. A refused allocation shows the rule id (FIN-POOL-CAP,
 * FIN-POOL-PLAN-CAP, FIN-POOL-PERIOD …) at its field.
 */
import { useState } from 'react';
import type { AllocationInput, Pool } from '../../../domain/schemas/pools.ts';
import { ApiError, apiPath } from '../../api.ts';
import { useGet, write } from '../../cache.ts';
import { SelectField, TextField, kronerInput } from '../../components/Fields.tsx';
import { ErrorSummary, invalid, useEditForm } from '../../components/Form.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { LiveStatus } from '../../components/StatusMessage.tsx';
import { kroner } from '../../components/format.ts';
import { numberOrMessage } from '../../components/numbers.ts';
import { commonTexts } from '../../components/texts.ts';
import { useLanguage } from '../../i18n.ts';
import { useTexts } from '../../texts.ts';
import { planTexts } from '../plans/texts.ts';
import { poolTexts } from './texts.ts';

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

export function AllocationForm({ pool }: { pool: Pool }) {
  const t = useTexts(commonTexts, poolTexts, planTexts);
  const lang = useLanguage();
  const plans = useGet(apiPath('/api/plans', { limit: 500 }));
  const [planId, setPlanId] = useState('');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const labels: Record<string, string> = { planId: t('pools.plan'), amountOre: t('plans.amount'), note: t('pools.note') };
  const form = useEditForm('allocation', Object.keys(labels), labels);

  const save = async () => {
    const problems: { path: string; message: string; rule: string }[] = [];
    if (!planId) problems.push({ path: 'body.planId', rule: 'SCHEMA', message: t('form.choose', { label: labels.planId!.toLocaleLowerCase() }) });
    const read = numberOrMessage(amount, 'kroner', t, { min: 1 });
    if (!read) problems.push({ path: 'body.amountOre', rule: 'SCHEMA', message: t('common.fillIn', { label: labels.amountOre!.toLocaleLowerCase() }) });
    else if ('message' in read) problems.push({ path: 'body.amountOre', rule: 'INPUT', message: read.message });
    if (problems.length > 0 || !read || !('value' in read)) throw invalid(problems);
    const amountOre = read.value;
    const input: AllocationInput = { planId, amountOre, note };
    setDone(null);
    try {
      // The pool on screen is read again by the write (same collection).
      await write('POST', `/api/pools/${pool.id}/allocations`, { body: input });
    } catch (err) {
      throw withRuleIds(err);
    }
    const planName = plans.data?.items.find((p) => p.id === planId)?.name ?? '';
    setPlanId('');
    setAmount('');
    setNote('');
    setDone(t('pools.allocated1', { amount: kroner(amountOre, lang), plan: planName }));
  };

  return (
    <section aria-labelledby="allocate-heading" className="mt-8">
      <h2 id="allocate-heading">{t('pools.allocate')}</h2>
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
              hint={`${t('pools.amountHint')}. ${t('pools.free')}: ${kroner(pool.freeOre, lang)}`}
              value={amount}
              onChange={setAmount}
              error={form.fieldErrors.amountOre}
              {...kronerInput}
              required
            />
            <TextField id={form.fieldId('note')} label={labels.note!} value={note} onChange={setNote} error={form.fieldErrors.note} required={false} />
            <button type="submit" className="button button-primary mt-5" disabled={form.saving}>
              {t('pools.allocateButton')}
            </button>
          </form>
        )}
      </Loaded>
    </section>
  );
}
