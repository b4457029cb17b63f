/** Add an activity to a plan (`/planer/:id/aktiviteter/ny`): its intervention area, the goals it serves and who carries it out. */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { carriers } from '../../../domain/plans.ts';
import type { ActivityInput, Plan } from '../../../domain/schemas/plans.ts';
import { apiPath } from '../../api.ts';
import { useGet, write } from '../../cache.ts';
import { CheckboxGroup, SelectField, TextArea, TextField } from '../../components/Fields.tsx';
import { ErrorSummary, FormButtons, StaleNotice, invalid, useEditForm } from '../../components/Form.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useTexts } from '../../texts.ts';
import { PlanFormPage, type Problem } from './PlanFormPage.tsx';
import { planTexts } from './texts.ts';
import './plans.css';

export function NewActivityPage() {
  const t = useTexts(commonTexts, planTexts);
  return (
    <PlanFormPage title={(p) => t('plans.addActivityTitle', { name: p.name })}>
      {(plan, version, reload) => <ActivityForm plan={plan} version={version} onReload={reload} />}
    </PlanFormPage>
  );
}

function ActivityForm({ plan, version, onReload }: { plan: Plan; version: number; onReload: () => void }) {
  const t = useTexts(commonTexts, planTexts);
  const navigate = useNavigate();
  const administrations = useGet(apiPath('/api/administrations', { limit: 500 }));
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [interventionAreaId, setArea] = useState('');
  const [carriedOutBy, setCarrier] = useState<ActivityInput['carriedOutBy']>('plan_staff');
  const [administrationId, setAdministration] = useState('');
  const [goalIds, setGoalIds] = useState<string[]>([]);
  const labels: Record<string, string> = {
    name: t('plans.activity'),
    description: t('plans.goalDescription'),
    interventionAreaId: t('plans.interventionArea'),
    carriedOutBy: t('plans.carriedOutBy'),
    administrationId: t('plans.administration'),
    goalIds: t('plans.goalsServed'),
  };
  const form = useEditForm('activity', Object.keys(labels), labels);
  const needsAdministration = carriedOutBy !== 'plan_staff';

  const save = async () => {
    const problems: Problem[] = [];
    if (name.trim() === '') problems.push({ path: 'body.name', rule: 'SCHEMA', message: t('common.fillIn', { label: labels.name!.toLocaleLowerCase() }) });
    if (!interventionAreaId) problems.push({ path: 'body.interventionAreaId', rule: 'SCHEMA', message: t('form.choose', { label: labels.interventionAreaId!.toLocaleLowerCase() }) });
    if (needsAdministration && !administrationId) problems.push({ path: 'body.administrationId', rule: 'SCHEMA', message: t('form.choose', { label: labels.administrationId!.toLocaleLowerCase() }) });
    if (problems.length > 0) throw invalid(problems);
    const body: ActivityInput = { name, description, interventionAreaId, carriedOutBy, administrationId: needsAdministration ? administrationId : null, goalIds };
    await write('POST', `/api/plans/${plan.id}/activities`, { body, version });
    void navigate(`/planer/${plan.id}`, { state: { saved: t('plans.activityAdded', { name: name.trim() }) } });
  };

  return (
    <Page title={t('plans.addActivityTitle', { name: plan.name })}>
      {form.stale && <StaleNotice onReload={onReload} />}
      {form.summary.length > 0 && <ErrorSummary items={form.summary} />}
      <form onSubmit={(e) => void form.submit(save)(e)} noValidate>
        <TextField id={form.fieldId('name')} label={labels.name!} value={name} onChange={setName} error={form.fieldErrors.name} required />
        <TextArea id={form.fieldId('description')} label={labels.description!} value={description} onChange={setDescription} error={form.fieldErrors.description} optional />
        <SelectField
          id={form.fieldId('interventionAreaId')}
          label={labels.interventionAreaId!}
          value={interventionAreaId}
          onChange={setArea}
          error={form.fieldErrors.interventionAreaId}
          options={plan.interventionAreas.map((a) => ({ value: a.id, label: `${a.number}. ${a.name}` }))}
        />
        <CheckboxGroup
          id={form.fieldId('goalIds')}
          legend={labels.goalIds!}
          error={form.fieldErrors.goalIds}
          selected={goalIds}
          onChange={setGoalIds}
          empty={t('plans.noGoals')}
          options={plan.goals.map((g) => ({ value: g.id, label: g.title }))}
        />
        <SelectField
          id={form.fieldId('carriedOutBy')}
          label={labels.carriedOutBy!}
          value={carriedOutBy}
          onChange={(v) => setCarrier(v as ActivityInput['carriedOutBy'])}
          error={form.fieldErrors.carriedOutBy}
          options={carriers.map((c) => ({ value: c, label: t(`plans.carrier.${c}`) }))}
        />
        {needsAdministration && (
          <Loaded resources={[administrations]}>
            {() => (
              <SelectField
                id={form.fieldId('administrationId')}
                label={labels.administrationId!}
                hint={t('plans.administrationHint')}
                value={administrationId}
                onChange={setAdministration}
                error={form.fieldErrors.administrationId}
                options={administrations.data!.items.map((a) => ({ value: a.id, label: `${a.name} (${a.abbreviation})` }))}
              />
            )}
          </Loaded>
        )}
        <FormButtons saving={form.saving} label={t('plans.addActivity')} cancelTo={`/planer/${plan.id}`} />
      </form>
    </Page>
  );
}
