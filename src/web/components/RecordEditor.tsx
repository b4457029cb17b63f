/**
 * Forms for registry records. `RecordForm` shows the DKFDS form for a list of fields (text, whole
 * numbers, percentages kept as basis points, choices, check boxes; dotted names such as
 * `rules.municipalCapBp` reach into nested objects), checks what it can before sending, shows the
 * API's violations inline and in the summary, and returns to a page that announces the save.
 * `RecordEditor` loads one record with its version and PATCHes only what changed, with If-Match.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, type ApiPath, type ApiViolation } from '../api.ts';
import { entry, useGet, write } from '../cache.ts';
import { type TextKey, type Translate, useTexts } from '../texts.ts';
import { Alert } from './Alert.tsx';
import { BackLink } from './BackLink.tsx';
import { CheckboxField, SelectField, TextField } from './Fields.tsx';
import { ErrorSummary, FormButtons, StaleNotice, invalid, useEditForm } from './Form.tsx';
import { LoadedPage } from './Loading.tsx';
import { Page } from './Page.tsx';
import { numberInputText, numberOrMessage } from './numbers.ts';
import { commonTexts } from './texts.ts';

type Common = { name: string; label: string; hint?: string };

/** One field of a record form. `nullable`: left empty, it is sent as null (or left out when creating). */
export type FieldSpec =
  | (Common & { kind?: 'text'; nullable?: boolean; optional?: boolean; width?: string })
  | (Common & { kind: 'integer'; nullable?: boolean; width?: string })
  | (Common & { kind: 'percent' })
  | (Common & { kind: 'select'; options: readonly { value: string; label: string }[] })
  | (Common & { kind: 'checkbox' });

type Value = string | boolean;
type Values = Record<string, Value>;

export function valueAt(record: Record<string, unknown>, path: string): unknown {
  let at: unknown = record;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = target;
  for (const key of keys.slice(0, -1)) {
    const next = at[key];
    if (next === null || typeof next !== 'object') at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  at[keys.at(-1)!] = value;
}

function shown(field: FieldSpec, value: unknown): Value {
  if (field.kind === 'checkbox') return value === true;
  if (value === null || value === undefined) return '';
  // Danish notation in every language: the fields read Danish notation (components/numbers.ts).
  if (field.kind === 'percent' && typeof value === 'number') return numberInputText(value, 'percent');
  if (field.kind === 'integer' && typeof value === 'number') return numberInputText(value, 'whole');
  return String(value);
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string; empty?: boolean };

function parse(field: FieldSpec, raw: Value, t: Translate<TextKey<typeof commonTexts>>): Parsed {
  if (field.kind === 'checkbox') return { ok: true, value: raw === true };
  const text = String(raw).trim();
  const fillIn: Parsed = { ok: false, empty: true, message: t('common.fillIn', { label: field.label.toLocaleLowerCase() }) };
  switch (field.kind) {
    case 'integer':
    case 'percent': {
      if (text === '') return field.kind === 'integer' && field.nullable ? { ok: true, value: null } : fillIn;
      const read = numberOrMessage(text, field.kind === 'integer' ? 'whole' : 'percent', t);
      return read && 'value' in read ? { ok: true, value: read.value } : { ok: false, message: read?.message ?? '' };
    }
    case 'select':
      return text === '' ? { ok: false, empty: true, message: t('form.choose', { label: field.label.toLocaleLowerCase() }) } : { ok: true, value: text };
    default:
      if (text === '') return field.nullable ? { ok: true, value: null } : field.optional ? { ok: true, value: '' } : fillIn;
      return { ok: true, value: String(raw) };
  }
}

export type RecordFormProps = {
  formId: string;
  title: string;
  lead?: string;
  fields: FieldSpec[];
  /** The record being edited, or the starting values of a new one. */
  initial: Record<string, unknown>;
  /** edit: send only what changed; create: send every field (empty optional ones left out). */
  mode: 'edit' | 'create';
  allowed: boolean;
  /** Writes the body; resolves to the page to return to. */
  save: (body: Record<string, unknown>) => Promise<string>;
  cancelTo: string;
  /** For a 412: load the record again. */
  onReload?: () => void;
  submitLabel?: string;
  /** The announced message on the page returned to (default: "Your changes have been saved."). */
  savedMessage?: (body: Record<string, unknown>) => string;
  /** A clearer message for a violation, given every field's value as it would be sent. */
  explain?: (violation: ApiViolation, values: Record<string, unknown>) => string | undefined;
};

export function RecordForm({
  formId,
  title,
  lead,
  fields,
  initial,
  mode,
  allowed,
  save,
  cancelTo,
  onReload,
  submitLabel,
  savedMessage,
  explain,
}: RecordFormProps) {
  const t = useTexts(commonTexts);
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(() =>
    Object.fromEntries(fields.map((f) => [f.name, shown(f, valueAt(initial, f.name))])),
  );
  const labels = Object.fromEntries(fields.map((f) => [f.name, f.label]));
  const form = useEditForm(formId, fields.map((f) => f.name), labels);

  if (!allowed) {
    return (
      <Page title={title}>
        <Alert variant="error">{t('common.forbidden')}</Alert>
      </Page>
    );
  }

  const parsed = fields.map((f) => ({ field: f, result: parse(f, values[f.name] ?? '', t) }));
  const empty = parsed.filter((p) => !p.result.ok && p.result.empty).map((p) => p.field.name);

  const submit = async () => {
    const problems = parsed.flatMap(({ field, result }) =>
      result.ok ? [] : [{ path: `body.${field.name}`, message: result.message, rule: result.empty ? 'REQUIRED' : 'INPUT' }],
    );
    if (problems.length > 0) throw invalid(problems);
    const all: Record<string, unknown> = {};
    const body: Record<string, unknown> = {};
    for (const { field, result } of parsed) {
      if (!result.ok) continue;
      all[field.name] = result.value;
      if (mode === 'create' && result.value === null) continue;
      if (mode === 'edit' && result.value === (valueAt(initial, field.name) ?? null)) continue;
      setAt(body, field.name, result.value);
    }
    let to: string;
    try {
      to = await save(body);
    } catch (err) {
      if (!(err instanceof ApiError) || !explain) throw err;
      throw new ApiError({
        title: err.title,
        status: err.status,
        detail: err.detail,
        violations: err.violations.map((v) => ({ ...v, message: explain(v, all) ?? v.message })),
      });
    }
    void navigate(to, { state: { saved: savedMessage ? savedMessage(all) : true } });
  };

  const set = (name: string, value: Value) => setValues((old) => ({ ...old, [name]: value }));

  return (
    <Page title={title} lead={lead}>
      {form.stale && onReload && <StaleNotice onReload={onReload} />}
      {form.summary.length > 0 && <ErrorSummary items={form.summary} />}
      <form onSubmit={(e) => void form.submit(submit, empty)(e)} noValidate>
        {fields.map((f) => {
          const id = form.fieldId(f.name);
          const error = form.fieldErrors[f.name];
          const value = values[f.name] ?? '';
          if (f.kind === 'checkbox') {
            return <CheckboxField key={f.name} id={id} label={f.label} checked={value === true} onChange={(v) => set(f.name, v)} error={error} />;
          }
          if (f.kind === 'select') {
            return (
              <SelectField key={f.name} id={id} label={f.label} hint={f.hint} value={String(value)} options={f.options} onChange={(v) => set(f.name, v)} error={error} />
            );
          }
          const numeric = f.kind === 'integer' || f.kind === 'percent';
          return (
            <TextField
              key={f.name}
              id={id}
              label={f.label}
              hint={f.hint}
              value={String(value)}
              onChange={(v) => set(f.name, v)}
              error={error}
              required={f.kind === 'percent' || !(f.nullable || (f.kind !== 'integer' && f.optional))}
              inputMode={f.kind === 'percent' ? 'decimal' : numeric ? 'numeric' : undefined}
              suffix={f.kind === 'percent' ? '%' : undefined}
              width={f.kind === 'percent' ? 'input-width-xs' : f.width}
            />
          );
        })}
        <FormButtons saving={form.saving} label={submitLabel ?? t('common.save')} cancelTo={cancelTo} />
      </form>
    </Page>
  );
}

type Rec = { id: string; version: number } & Record<string, unknown>;

type EditorProps<T extends Rec> = {
  formId: string;
  /** The record's GET path, which its PATCH shares; the PATCH answers the record, which goes in the cache. */
  path: ApiPath<T>;
  back: { to: string; page: string } | ((record: T) => { to: string; page: string });
  title: (record: T) => string;
  fields: FieldSpec[] | ((record: T) => FieldSpec[]);
  allowed: (record: T) => boolean;
  /** Where to go after saving, given the saved record (or cancelling, given the loaded one). */
  done: (record: T) => string;
  explain?: RecordFormProps['explain'];
};

/** Loads the record at `path` and edits it; a 412 offers to load it again. */
export function RecordEditor<T extends Rec>(props: EditorProps<T>) {
  const t = useTexts(commonTexts);
  const record = useGet(props.path);
  const loaded = record.data;
  const back = loaded ? (typeof props.back === 'function' ? props.back(loaded) : props.back) : typeof props.back === 'function' ? null : props.back;
  return (
    <>
      {back && <BackLink to={back.to} page={back.page} />}
      <LoadedPage resource={record} title={t('common.edit')}>
        {(r) => (
          <RecordForm
            key={r.version}
            formId={props.formId}
            title={props.title(r)}
            fields={typeof props.fields === 'function' ? props.fields(r) : props.fields}
            initial={r}
            mode="edit"
            allowed={props.allowed(r)}
            save={async (patch) => {
              const saved = await write<T>('PATCH', props.path, {
                body: patch,
                version: record.version ?? r.version,
                cache: (result) => [entry(props.path, result)],
              });
              return props.done(saved.data);
            }}
            cancelTo={props.done(r)}
            onReload={record.reload}
            {...(props.explain ? { explain: props.explain } : {})}
          />
        )}
      </LoadedPage>
    </>
  );
}
