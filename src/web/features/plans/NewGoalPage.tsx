/** Add a goal to a plan, with its first success criterion if the user fills one in (`/planer/:id/maal/ny`). */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { planYears } from '../../../domain/plans.ts';
import type { GoalInput, Plan } from '../../../domain/schemas/plans.ts';
import { write } from '../../cache.ts';
import { TextArea, TextField } from '../../components/Fields.tsx';
import { ErrorSummary, FormButtons, StaleNotice, invalid, useEditForm } from '../../components/Form.tsx';
import { Page } from '../../components/Page.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useTexts } from '../../texts.ts';
import { CriterionFields } from './CriterionFields.tsx';
import { PlanFormPage, type Problem } from './PlanFormPage.tsx';
import { type CriterionDraft, criterionInput, criterionLabels, emptyCriterion, targetPathsToYears } from './criterion-input.ts';
import { planTexts } from './texts.ts';
import './plans.css';

export function NewGoalPage() {
  const t = useTexts(commonTexts, planTexts);
  return (
    <PlanFormPage title={(p) => t('plans.addGoalTitle', { name: p.name })}>
      {(plan, version, reload) => <GoalForm plan={plan} version={version} onReload={reload} />}
    </PlanFormPage>
  );
}

function GoalForm({ plan, version, onReload }: { plan: Plan; version: number; onReload: () => void }) {
  const t = useTexts(commonTexts, planTexts);
  const navigate = useNavigate();
  const years = planYears(plan.startDate, plan.endDate);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [criterion, setCriterion] = useState<CriterionDraft>(emptyCriterion);
  const prefix = 'criteria.0.';
  const labels: Record<string, string> = { title: t('plans.goalTitle'), description: t('plans.goalDescription'), criteria: t('plans.criterion'), ...criterionLabels(prefix, years, t) };
  const form = useEditForm('goal', Object.keys(labels), labels);

  const save = async () => {
    const problems: Problem[] = [];
    if (title.trim() === '') problems.push({ path: 'body.title', rule: 'SCHEMA', message: t('common.fillIn', { label: labels.title!.toLocaleLowerCase() }) });
    // The criterion is optional here: left wholly empty, the goal is added without one.
    const touched = Object.values({ ...criterion, targets: Object.values(criterion.targets).join('') }).some((v) => v.trim() !== '');
    const c = touched ? criterionInput(criterion, prefix, years, labels, t) : null;
    if (c) problems.push(...c.problems);
    if (problems.length > 0) throw invalid(problems);
    const body: GoalInput = { title, description, criteria: c ? [c.input] : [] };
    try {
      await write('POST', `/api/plans/${plan.id}/goals`, { body, version });
    } catch (err) {
      throw targetPathsToYears(err, prefix, c?.input.targets.map((x) => x.year) ?? [], years);
    }
    void navigate(`/planer/${plan.id}`, { state: { saved: t('plans.goalAdded', { name: title.trim() }) } });
  };

  return (
    <Page title={t('plans.addGoalTitle', { name: plan.name })}>
      {form.stale && <StaleNotice onReload={onReload} />}
      {form.summary.length > 0 && <ErrorSummary items={form.summary} />}
      <form onSubmit={(e) => void form.submit(save)(e)} noValidate>
        <TextField id={form.fieldId('title')} label={labels.title!} value={title} onChange={setTitle} error={form.fieldErrors.title} required />
        <TextArea id={form.fieldId('description')} label={labels.description!} value={description} onChange={setDescription} error={form.fieldErrors.description} optional />
        <fieldset className="mt-6">
          <legend className="h3">{t('plans.criterion')}</legend>
          <p className="form-hint">{t('plans.criterionOptional')}</p>
          <CriterionFields prefix={prefix} value={criterion} onChange={setCriterion} years={years} form={form} labels={labels} />
        </fieldset>
        <FormButtons saving={form.saving} label={t('plans.addGoal')} cancelTo={`/planer/${plan.id}`} />
      </form>
    </Page>
  );
}
