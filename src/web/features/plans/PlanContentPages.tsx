/**
 * Forms for a plan's content, each written with the plan's version as If-Match: a goal (with its
 * first success criterion), another success criterion, a changed target (with its reason), and an
 * activity. Violations (`body.criteria.0.indicator.name`) show at their field.
 */
import { useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { carriers, planYears } from '../../../domain/plans.ts';
import type { ActivityInput, CriterionInput, GoalInput, Plan, TargetChange } from '../../../domain/schemas/plans.ts';
import type { Administration } from '../../../domain/schemas/registry.ts';
import { request } from '../../api.ts';
import { Alert } from '../../components/Alert.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorSummary, SelectField, StaleNotice, TextField, invalid, useEditForm } from '../../components/Form.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { type Translate, useLanguage, useT } from '../../i18n.ts';
import { useApi } from '../../use-api.ts';
import { numberText, parseNumber } from './format.ts';
import { usePlan } from './plan-access.ts';
import { CheckboxGroup, TextArea } from './parts.tsx';
import { type PT, usePT } from './texts.ts';
import './plans.css';

type Problem = { path: string; message: string; rule: string };

/** Loads the plan, checks it may be changed, and renders the form with it. */
function PlanFormPage({ title, children }: { title: (plan: Plan) => string; children: (plan: Plan, version: number, reload: () => void) => ReactNode }) {
  const pt = usePT();
  const t = useT();
  const { id } = useParams();
  const { plan, editable } = usePlan(id);
  return (
    <>
      <BackLink to={`/planer/${id}`} page={plan.data?.name ?? pt('plans.backToPlan')} />
      <Loaded resources={[plan]}>
        {() =>
          editable ? (
            children(plan.data!, plan.version ?? plan.data!.version, plan.reload)
          ) : (
            <Page title={title(plan.data!)}>
              <Alert variant="error">{t('common.forbidden')}</Alert>
            </Page>
          )
        }
      </Loaded>
    </>
  );
}

// --- Success criterion fields (a goal's first one, or another one) ---------------------------------

type CriterionDraft = { description: string; name: string; unit: string; baseline: string; baselineYear: string; targets: Record<number, string> };

const emptyCriterion = (): CriterionDraft => ({ description: '', name: '', unit: '', baseline: '', baselineYear: '', targets: {} });

function criterionLabels(prefix: string, years: number[], pt: PT): Record<string, string> {
  const labels: Record<string, string> = {
    [`${prefix}description`]: pt('plans.criterionDescription'),
    [`${prefix}indicator.name`]: pt('plans.indicator'),
    [`${prefix}indicator.unit`]: pt('plans.unit'),
    [`${prefix}indicator.baselineValue`]: pt('plans.baseline'),
    [`${prefix}indicator.baselineYear`]: pt('plans.baselineYear'),
    [`${prefix}targets`]: pt('plans.targets'),
  };
  years.forEach((y, i) => (labels[`${prefix}targets.${i}.value`] = pt('plans.target', { year: y })));
  return labels;
}

/** The criterion as the API takes it, or the problems found before sending. */
function criterionInput(c: CriterionDraft, prefix: string, years: number[], labels: Record<string, string>, t: Translate, pt: PT): { input: CriterionInput; problems: Problem[] } {
  const problems: Problem[] = [];
  const fill = (field: string) =>
    problems.push({ path: `body.${prefix}${field}`, rule: 'SCHEMA', message: t('common.fillIn', { label: labels[`${prefix}${field}`]!.toLocaleLowerCase() }) });
  if (c.description.trim() === '') fill('description');
  if (c.name.trim() === '') fill('indicator.name');
  const baseline = c.baseline.trim() === '' ? null : parseNumber(c.baseline);
  if (c.baseline.trim() !== '' && baseline === null) problems.push({ path: `body.${prefix}indicator.baselineValue`, rule: 'INPUT', message: pt('plans.notNumber') });
  const baselineYear = c.baselineYear.trim() === '' ? null : /^\d{4}$/.test(c.baselineYear.trim()) ? Number(c.baselineYear.trim()) : NaN;
  if (Number.isNaN(baselineYear)) problems.push({ path: `body.${prefix}indicator.baselineYear`, rule: 'INPUT', message: pt('plans.notYear') });
  const targets: CriterionInput['targets'] = [];
  years.forEach((year, i) => {
    const text = (c.targets[year] ?? '').trim();
    if (text === '') return;
    const value = parseNumber(text);
    if (value === null) problems.push({ path: `body.${prefix}targets.${i}.value`, rule: 'INPUT', message: pt('plans.notNumber') });
    else targets.push({ year, value });
  });
  return {
    input: {
      description: c.description,
      indicator: { name: c.name, unit: c.unit.trim(), baselineValue: baseline, baselineYear: Number.isNaN(baselineYear) ? null : baselineYear },
      targets,
    },
    problems,
  };
}

/**
 * The API names targets by their index in the list it was sent (`targets.1.value`); the form names
 * them by the plan year's index. Sent targets skip empty years, so map the index back.
 */
function targetPathsToYears(err: unknown, prefix: string, sentYears: number[], years: number[]): unknown {
  if (!(err instanceof Error) || !('violations' in err)) return err;
  const e = err as Error & { violations: Problem[] };
  for (const v of e.violations) {
    const m = new RegExp(`^body\\.${prefix.replaceAll('.', '\\.')}targets\\.(\\d+)(.*)$`).exec(v.path);
    if (m) v.path = `body.${prefix}targets.${years.indexOf(sentYears[Number(m[1])]!)}${m[2]}`;
  }
  return err;
}

function CriterionFields({
  prefix,
  value,
  onChange,
  years,
  form,
  labels,
}: {
  prefix: string;
  value: CriterionDraft;
  onChange: (c: CriterionDraft) => void;
  years: number[];
  form: ReturnType<typeof useEditForm>;
  labels: Record<string, string>;
}) {
  const pt = usePT();
  const set = (patch: Partial<CriterionDraft>) => onChange({ ...value, ...patch });
  const f = (name: string) => `${prefix}${name}`;
  return (
    <>
      <TextField id={form.fieldId(f('description'))} label={labels[f('description')]!} value={value.description} onChange={(v) => set({ description: v })} error={form.fieldErrors[f('description')]} />
      <TextField id={form.fieldId(f('indicator.name'))} label={labels[f('indicator.name')]!} value={value.name} onChange={(v) => set({ name: v })} error={form.fieldErrors[f('indicator.name')]} />
      <TextField
        id={form.fieldId(f('indicator.unit'))}
        label={labels[f('indicator.unit')]!}
        hint={pt('plans.unitHint')}
        value={value.unit}
        onChange={(v) => set({ unit: v })}
        error={form.fieldErrors[f('indicator.unit')]}
        width="input-width-s"
        required={false}
      />
      <TextField
        id={form.fieldId(f('indicator.baselineValue'))}
        label={labels[f('indicator.baselineValue')]!}
        hint={pt('plans.numberHint')}
        value={value.baseline}
        onChange={(v) => set({ baseline: v })}
        error={form.fieldErrors[f('indicator.baselineValue')]}
        inputMode="decimal"
        width="input-width-s"
        required={false}
      />
      <TextField
        id={form.fieldId(f('indicator.baselineYear'))}
        label={labels[f('indicator.baselineYear')]!}
        value={value.baselineYear}
        onChange={(v) => set({ baselineYear: v })}
        error={form.fieldErrors[f('indicator.baselineYear')]}
        inputMode="numeric"
        width="input-width-xs"
        required={false}
      />
      <fieldset className="mt-5">
        <legend className="form-label">{pt('plans.targets')}</legend>
        {form.fieldErrors[f('targets')] && (
          <span className="form-error-message" id={form.fieldId(f('targets'))}>
            {form.fieldErrors[f('targets')]}
          </span>
        )}
        {years.map((y, i) => (
          <TextField
            key={y}
            id={form.fieldId(f(`targets.${i}.value`))}
            label={pt('plans.target', { year: y })}
            value={value.targets[y] ?? ''}
            onChange={(v) => set({ targets: { ...value.targets, [y]: v } })}
            error={form.fieldErrors[f(`targets.${i}.value`)]}
            inputMode="decimal"
            width="input-width-s"
            required={false}
          />
        ))}
      </fieldset>
    </>
  );
}

function FormButtons({ saving, label, cancelTo }: { saving: boolean; label: string; cancelTo: string }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <div className="mt-7">
      <button type="submit" className="button button-primary" disabled={saving}>
        {label}
      </button>
      <button type="button" className="button button-secondary ml-4" onClick={() => void navigate(cancelTo)}>
        {t('common.cancel')}
      </button>
    </div>
  );
}

// --- A goal ------------------------------------------------------------------------------------

export function NewGoalPage() {
  const pt = usePT();
  return (
    <PlanFormPage title={(p) => pt('plans.addGoalTitle', { name: p.name })}>
      {(plan, version, reload) => <GoalForm plan={plan} version={version} onReload={reload} />}
    </PlanFormPage>
  );
}

function GoalForm({ plan, version, onReload }: { plan: Plan; version: number; onReload: () => void }) {
  const pt = usePT();
  const t = useT();
  const navigate = useNavigate();
  const years = planYears(plan.startDate, plan.endDate);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [criterion, setCriterion] = useState<CriterionDraft>(emptyCriterion);
  const prefix = 'criteria.0.';
  const labels: Record<string, string> = { title: pt('plans.goalTitle'), description: pt('plans.goalDescription'), criteria: pt('plans.criterion'), ...criterionLabels(prefix, years, pt) };
  const form = useEditForm('goal', Object.keys(labels), labels);

  const save = async () => {
    const problems: Problem[] = [];
    if (title.trim() === '') problems.push({ path: 'body.title', rule: 'SCHEMA', message: t('common.fillIn', { label: labels.title!.toLocaleLowerCase() }) });
    // The criterion is optional here: left wholly empty, the goal is added without one.
    const touched = Object.values({ ...criterion, targets: Object.values(criterion.targets).join('') }).some((v) => v.trim() !== '');
    const c = touched ? criterionInput(criterion, prefix, years, labels, t, pt) : null;
    if (c) problems.push(...c.problems);
    if (problems.length > 0) throw invalid(problems);
    const body: GoalInput = { title, description, criteria: c ? [c.input] : [] };
    try {
      await request('POST', `/api/plans/${plan.id}/goals`, { body, version });
    } catch (err) {
      throw targetPathsToYears(err, prefix, c?.input.targets.map((x) => x.year) ?? [], years);
    }
    void navigate(`/planer/${plan.id}`, { state: { saved: pt('plans.goalAdded', { name: title.trim() }) } });
  };

  return (
    <Page title={pt('plans.addGoalTitle', { name: plan.name })}>
      {form.stale && <StaleNotice onReload={onReload} />}
      {form.summary.length > 0 && <ErrorSummary items={form.summary} />}
      <form onSubmit={(e) => void form.submit(save)(e)} noValidate>
        <TextField id={form.fieldId('title')} label={labels.title!} value={title} onChange={setTitle} error={form.fieldErrors.title} required />
        <TextArea id={form.fieldId('description')} label={labels.description!} value={description} onChange={setDescription} error={form.fieldErrors.description} optional />
        <fieldset className="mt-6">
          <legend className="h3">{pt('plans.criterion')}</legend>
          <p className="form-hint">{pt('plans.criterionOptional')}</p>
          <CriterionFields prefix={prefix} value={criterion} onChange={setCriterion} years={years} form={form} labels={labels} />
        </fieldset>
        <FormButtons saving={form.saving} label={pt('plans.addGoal')} cancelTo={`/planer/${plan.id}`} />
      </form>
    </Page>
  );
}

// --- Another success criterion -------------------------------------------------------------------

export function NewCriterionPage() {
  const pt = usePT();
  const { goalId } = useParams();
  const goalName = (p: Plan) => p.goals.find((g) => g.id === goalId)?.title ?? '';
  return (
    <PlanFormPage title={(p) => pt('plans.addCriterionTitle', { name: goalName(p) })}>
      {(plan, version, reload) => <CriterionForm plan={plan} goalId={goalId!} version={version} onReload={reload} />}
    </PlanFormPage>
  );
}

function CriterionForm({ plan, goalId, version, onReload }: { plan: Plan; goalId: string; version: number; onReload: () => void }) {
  const pt = usePT();
  const t = useT();
  const navigate = useNavigate();
  const years = planYears(plan.startDate, plan.endDate);
  const goal = plan.goals.find((g) => g.id === goalId);
  const [criterion, setCriterion] = useState<CriterionDraft>(emptyCriterion);
  const labels = criterionLabels('', years, pt);
  const form = useEditForm('criterion', Object.keys(labels), labels);
  if (!goal) return <Page title={t('common.notFound')}>{t('common.notFoundText')}</Page>;

  const save = async () => {
    const c = criterionInput(criterion, '', years, labels, t, pt);
    if (c.problems.length > 0) throw invalid(c.problems);
    try {
      await request('POST', `/api/plans/${plan.id}/goals/${goal.id}/criteria`, { body: c.input, version });
    } catch (err) {
      throw targetPathsToYears(err, '', c.input.targets.map((x) => x.year), years);
    }
    void navigate(`/planer/${plan.id}`, { state: { saved: pt('plans.criterionAdded') } });
  };

  return (
    <Page title={pt('plans.addCriterionTitle', { name: goal.title })}>
      {form.stale && <StaleNotice onReload={onReload} />}
      {form.summary.length > 0 && <ErrorSummary items={form.summary} />}
      <form onSubmit={(e) => void form.submit(save)(e)} noValidate>
        <CriterionFields prefix="" value={criterion} onChange={setCriterion} years={years} form={form} labels={labels} />
        <FormButtons saving={form.saving} label={pt('plans.addCriterion')} cancelTo={`/planer/${plan.id}`} />
      </form>
    </Page>
  );
}

// --- A changed target ------------------------------------------------------------------------------

export function ChangeTargetPage() {
  const pt = usePT();
  const { year } = useParams();
  return (
    <PlanFormPage title={() => pt('plans.changeTargetTitle', { year: year ?? '' })}>
      {(plan, version, reload) => <TargetForm plan={plan} version={version} onReload={reload} />}
    </PlanFormPage>
  );
}

function TargetForm({ plan, version, onReload }: { plan: Plan; version: number; onReload: () => void }) {
  const pt = usePT();
  const t = useT();
  const lang = useLanguage();
  const navigate = useNavigate();
  const { criterionId, year } = useParams();
  const criterion = plan.goals.flatMap((g) => g.criteria).find((c) => c.id === criterionId);
  const target = criterion?.targets.find((x) => String(x.year) === year);
  const [value, setValue] = useState(target ? (lang === 'da' ? String(target.value).replace('.', ',') : String(target.value)) : '');
  const [reason, setReason] = useState('');
  const labels: Record<string, string> = { value: pt('plans.newValue'), reason: pt('plans.reason') };
  const form = useEditForm('target', Object.keys(labels), labels);
  if (!criterion || !year) return <Page title={t('common.notFound')}>{t('common.notFoundText')}</Page>;

  const save = async () => {
    const parsed = parseNumber(value);
    const problems: Problem[] = [];
    if (parsed === null) problems.push({ path: 'body.value', rule: 'INPUT', message: value.trim() === '' ? t('common.fillIn', { label: labels.value!.toLocaleLowerCase() }) : pt('plans.notNumber') });
    if (target && reason.trim() === '') problems.push({ path: 'body.reason', rule: 'SCHEMA', message: t('common.fillIn', { label: labels.reason!.toLocaleLowerCase() }) });
    if (problems.length > 0) throw invalid(problems);
    const body: TargetChange = { value: parsed!, ...(reason.trim() ? { reason } : {}) };
    await request('PUT', `/api/plans/${plan.id}/criteria/${criterion.id}/targets/${year}`, { body, version });
    void navigate(`/planer/${plan.id}`, { state: { saved: pt('plans.targetChanged') } });
  };

  return (
    <Page title={pt('plans.changeTargetOf', { year, indicator: criterion.indicator.name })}>
      {form.stale && <StaleNotice onReload={onReload} />}
      {form.summary.length > 0 && <ErrorSummary items={form.summary} />}
      {target && (
        <p>
          {pt('plans.currentTarget', { value: numberText(target.value, lang), original: numberText(target.originalValue, lang) })}
        </p>
      )}
      <form onSubmit={(e) => void form.submit(save)(e)} noValidate>
        <TextField id={form.fieldId('value')} label={labels.value!} hint={pt('plans.numberHint')} value={value} onChange={setValue} error={form.fieldErrors.value} inputMode="decimal" width="input-width-s" required />
        {target && (
          <>
            <p className="form-hint">{pt('plans.reasonHint')}</p>
            <TextArea id={form.fieldId('reason')} label={labels.reason!} value={reason} onChange={setReason} error={form.fieldErrors.reason} />
          </>
        )}
        <FormButtons saving={form.saving} label={t('common.save')} cancelTo={`/planer/${plan.id}`} />
      </form>
    </Page>
  );
}

// --- An activity -----------------------------------------------------------------------------------

export function NewActivityPage() {
  const pt = usePT();
  return (
    <PlanFormPage title={(p) => pt('plans.addActivityTitle', { name: p.name })}>
      {(plan, version, reload) => <ActivityForm plan={plan} version={version} onReload={reload} />}
    </PlanFormPage>
  );
}

function ActivityForm({ plan, version, onReload }: { plan: Plan; version: number; onReload: () => void }) {
  const pt = usePT();
  const t = useT();
  const navigate = useNavigate();
  const administrations = useApi<{ items: Administration[] }>('/api/administrations?limit=500');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [interventionAreaId, setArea] = useState('');
  const [carriedOutBy, setCarrier] = useState<ActivityInput['carriedOutBy']>('plan_staff');
  const [administrationId, setAdministration] = useState('');
  const [goalIds, setGoalIds] = useState<string[]>([]);
  const labels: Record<string, string> = {
    name: pt('plans.activity'),
    description: pt('plans.goalDescription'),
    interventionAreaId: pt('plans.interventionArea'),
    carriedOutBy: pt('plans.carriedOutBy'),
    administrationId: pt('plans.administration'),
    goalIds: pt('plans.goalsServed'),
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
    await request('POST', `/api/plans/${plan.id}/activities`, { body, version });
    void navigate(`/planer/${plan.id}`, { state: { saved: pt('plans.activityAdded', { name: name.trim() }) } });
  };

  return (
    <Page title={pt('plans.addActivityTitle', { name: plan.name })}>
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
          empty={pt('plans.noGoals')}
          options={plan.goals.map((g) => ({ value: g.id, label: g.title }))}
        />
        <SelectField
          id={form.fieldId('carriedOutBy')}
          label={labels.carriedOutBy!}
          value={carriedOutBy}
          onChange={(v) => setCarrier(v as ActivityInput['carriedOutBy'])}
          error={form.fieldErrors.carriedOutBy}
          options={carriers.map((c) => ({ value: c, label: pt(`plans.carrier.${c}`) }))}
        />
        {needsAdministration && (
          <Loaded resources={[administrations]}>
            {() => (
              <SelectField
                id={form.fieldId('administrationId')}
                label={labels.administrationId!}
                hint={pt('plans.administrationHint')}
                value={administrationId}
                onChange={setAdministration}
                error={form.fieldErrors.administrationId}
                options={administrations.data!.items.map((a) => ({ value: a.id, label: `${a.name} (${a.abbreviation})` }))}
              />
            )}
          </Loaded>
        )}
        <FormButtons saving={form.saving} label={pt('plans.addActivity')} cancelTo={`/planer/${plan.id}`} />
      </form>
    </Page>
  );
}
