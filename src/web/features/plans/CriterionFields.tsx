/** The fields of a success criterion (a goal's first one, or another one); `prefix` names them in the form. */
import { TextField } from '../../components/Fields.tsx';
import type { useEditForm } from '../../components/Form.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useTexts } from '../../texts.ts';
import type { CriterionDraft } from './criterion-input.ts';
import { planTexts } from './texts.ts';

export function CriterionFields({
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
  const t = useTexts(commonTexts, planTexts);
  const set = (patch: Partial<CriterionDraft>) => onChange({ ...value, ...patch });
  const f = (name: string) => `${prefix}${name}`;
  return (
    <>
      <TextField id={form.fieldId(f('description'))} label={labels[f('description')]!} value={value.description} onChange={(v) => set({ description: v })} error={form.fieldErrors[f('description')]} />
      <TextField id={form.fieldId(f('indicator.name'))} label={labels[f('indicator.name')]!} value={value.name} onChange={(v) => set({ name: v })} error={form.fieldErrors[f('indicator.name')]} />
      <TextField
        id={form.fieldId(f('indicator.unit'))}
        label={labels[f('indicator.unit')]!}
        hint={t('plans.unitHint')}
        value={value.unit}
        onChange={(v) => set({ unit: v })}
        error={form.fieldErrors[f('indicator.unit')]}
        width="input-width-s"
        required={false}
      />
      <TextField
        id={form.fieldId(f('indicator.baselineValue'))}
        label={labels[f('indicator.baselineValue')]!}
        hint={t('number.hint')}
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
        <legend className="form-label">{t('plans.targets')}</legend>
        {form.fieldErrors[f('targets')] && (
          <span className="form-error-message" id={form.fieldId(f('targets'))}>
            {form.fieldErrors[f('targets')]}
          </span>
        )}
        {years.map((y, i) => (
          <TextField
            key={y}
            id={form.fieldId(f(`targets.${i}.value`))}
            label={t('plans.target', { year: y })}
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
