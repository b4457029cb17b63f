/**
 * Change a success criterion's target for one year (`/planer/:id/kriterier/:criterionId/maal/:year`);
 * an existing target needs a reason, and its original value is kept.
 */
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Plan, TargetChange } from '../../../domain/schemas/plans.ts';
import { write } from '../../cache.ts';
import { TextArea, TextField } from '../../components/Fields.tsx';
import { ErrorSummary, FormButtons, StaleNotice, invalid, useEditForm } from '../../components/Form.tsx';
import { Page } from '../../components/Page.tsx';
import { numberText } from '../../components/format.ts';
import { numberInputText, numberOrMessage } from '../../components/numbers.ts';
import { commonTexts } from '../../components/texts.ts';
import { useLanguage } from '../../i18n.ts';
import { useTexts } from '../../texts.ts';
import { PlanFormPage, type Problem } from './PlanFormPage.tsx';
import { planTexts } from './texts.ts';
import './plans.css';

export function ChangeTargetPage() {
  const t = useTexts(commonTexts, planTexts);
  const { year } = useParams();
  return (
    <PlanFormPage title={() => t('plans.changeTargetTitle', { year: year ?? '' })}>
      {(plan, version, reload) => <TargetForm plan={plan} version={version} onReload={reload} />}
    </PlanFormPage>
  );
}

function TargetForm({ plan, version, onReload }: { plan: Plan; version: number; onReload: () => void }) {
  const t = useTexts(commonTexts, planTexts);
  const lang = useLanguage();
  const navigate = useNavigate();
  const { criterionId, year } = useParams();
  const criterion = plan.goals.flatMap((g) => g.criteria).find((c) => c.id === criterionId);
  const target = criterion?.targets.find((x) => String(x.year) === year);
  const [value, setValue] = useState(target ? numberInputText(target.value, 'decimal') : '');
  const [reason, setReason] = useState('');
  const labels: Record<string, string> = { value: t('plans.newValue'), reason: t('plans.reason') };
  const form = useEditForm('target', Object.keys(labels), labels);
  if (!criterion || !year) return <Page title={t('common.notFound')}>{t('common.notFoundText')}</Page>;

  const save = async () => {
    const parsed = numberOrMessage(value, 'decimal', t);
    const problems: Problem[] = [];
    if (!parsed || 'message' in parsed) problems.push({ path: 'body.value', rule: 'INPUT', message: parsed?.message ?? t('common.fillIn', { label: labels.value!.toLocaleLowerCase() }) });
    if (target && reason.trim() === '') problems.push({ path: 'body.reason', rule: 'SCHEMA', message: t('common.fillIn', { label: labels.reason!.toLocaleLowerCase() }) });
    if (problems.length > 0) throw invalid(problems);
    const body: TargetChange = { value: (parsed as { value: number }).value, ...(reason.trim() ? { reason } : {}) };
    await write('PUT', `/api/plans/${plan.id}/criteria/${criterion.id}/targets/${year}`, { body, version });
    void navigate(`/planer/${plan.id}`, { state: { saved: t('plans.targetChanged') } });
  };

  return (
    <Page title={t('plans.changeTargetOf', { year, indicator: criterion.indicator.name })}>
      {form.stale && <StaleNotice onReload={onReload} />}
      {form.summary.length > 0 && <ErrorSummary items={form.summary} />}
      {target && (
        <p>
          {t('plans.currentTarget', { value: numberText(target.value, lang), original: numberText(target.originalValue, lang) })}
        </p>
      )}
      <form onSubmit={(e) => void form.submit(save)(e)} noValidate>
        <TextField id={form.fieldId('value')} label={labels.value!} hint={t('number.hint')} value={value} onChange={setValue} error={form.fieldErrors.value} inputMode="decimal" width="input-width-s" required />
        {target && (
          <>
            <p className="form-hint">{t('plans.reasonHint')}</p>
            <TextArea id={form.fieldId('reason')} label={labels.reason!} value={reason} onChange={setReason} error={form.fieldErrors.reason} />
          </>
        )}
        <FormButtons saving={form.saving} label={t('common.save')} cancelTo={`/planer/${plan.id}`} />
      </form>
    </Page>
  );
}
