/** Add another success criterion to a goal of a plan (`/planer/:id/maal/:goalId/kriterier/ny`). */
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { planYears } from '../../../domain/plans.ts';
import type { Plan } from '../../../domain/schemas/plans.ts';
import { write } from '../../cache.ts';
import { ErrorSummary, FormButtons, StaleNotice, invalid, useEditForm } from '../../components/Form.tsx';
import { Page } from '../../components/Page.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useTexts } from '../../texts.ts';
import { CriterionFields } from './CriterionFields.tsx';
import { PlanFormPage } from './PlanFormPage.tsx';
import { type CriterionDraft, criterionInput, criterionLabels, emptyCriterion, targetPathsToYears } from './criterion-input.ts';
import { planTexts } from './texts.ts';
import './plans.css';

export function NewCriterionPage() {
  const t = useTexts(commonTexts, planTexts);
  const { goalId } = useParams();
  const goalName = (p: Plan) => p.goals.find((g) => g.id === goalId)?.title ?? '';
  return (
    <PlanFormPage title={(p) => t('plans.addCriterionTitle', { name: goalName(p) })}>
      {(plan, version, reload) => <CriterionForm plan={plan} goalId={goalId!} version={version} onReload={reload} />}
    </PlanFormPage>
  );
}

function CriterionForm({ plan, goalId, version, onReload }: { plan: Plan; goalId: string; version: number; onReload: () => void }) {
  const t = useTexts(commonTexts, planTexts);
  const navigate = useNavigate();
  const years = planYears(plan.startDate, plan.endDate);
  const goal = plan.goals.find((g) => g.id === goalId);
  const [criterion, setCriterion] = useState<CriterionDraft>(emptyCriterion);
  const labels = criterionLabels('', years, t);
  const form = useEditForm('criterion', Object.keys(labels), labels);
  if (!goal) return <Page title={t('common.notFound')}>{t('common.notFoundText')}</Page>;

  const save = async () => {
    const c = criterionInput(criterion, '', years, labels, t);
    if (c.problems.length > 0) throw invalid(c.problems);
    try {
      await write('POST', `/api/plans/${plan.id}/goals/${goal.id}/criteria`, { body: c.input, version });
    } catch (err) {
      throw targetPathsToYears(err, '', c.input.targets.map((x) => x.year), years);
    }
    void navigate(`/planer/${plan.id}`, { state: { saved: t('plans.criterionAdded') } });
  };

  return (
    <Page title={t('plans.addCriterionTitle', { name: goal.title })}>
      {form.stale && <StaleNotice onReload={onReload} />}
      {form.summary.length > 0 && <ErrorSummary items={form.summary} />}
      <form onSubmit={(e) => void form.submit(save)(e)} noValidate>
        <CriterionFields prefix="" value={criterion} onChange={setCriterion} years={years} form={form} labels={labels} />
        <FormButtons saving={form.saving} label={t('plans.addCriterion')} cancelTo={`/planer/${plan.id}`} />
      </form>
    </Page>
  );
}
