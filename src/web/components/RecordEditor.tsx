/**
 * A page that edits the text fields of one registry record: loads it with its version, shows the
 * DKFDS form with inline errors and summary, PATCHes with If-Match and returns to the record.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api.ts';
import { useT } from '../i18n.ts';
import { useApi } from '../use-api.ts';
import { Alert } from './Alert.tsx';
import { BackLink } from './BackLink.tsx';
import { ErrorSummary, StaleNotice, TextField, useEditForm } from './Form.tsx';
import { LoadError, Loading } from './Loading.tsx';
import { Page } from './Page.tsx';

export type TextFieldSpec = { name: string; label: string; hint?: string; nullable?: boolean };

type Rec = { id: string; version: number; name: string } & Record<string, unknown>;

type Props<T extends Rec> = {
  formId: string;
  path: string;
  back: { to: string; page: string };
  title: (record: T) => string;
  fields: TextFieldSpec[];
  allowed: (record: T) => boolean;
  done: (record: T) => string;
};

export function RecordEditor<T extends Rec>(props: Props<T>) {
  const t = useT();
  const record = useApi<T>(props.path);
  return (
    <>
      <BackLink to={props.back.to} page={props.back.page} />
      {record.data ? (
        <EditorForm key={record.data.version} {...props} record={record.data} onReload={record.reload} />
      ) : record.error ? (
        <Page title={t('common.edit')}>
          <LoadError error={record.error} onRetry={record.reload} />
        </Page>
      ) : (
        <Loading />
      )}
    </>
  );
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function EditorForm<T extends Rec>({ formId, path, title, fields, allowed, done, record, onReload }: Props<T> & { record: T; onReload: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.name, text(record[f.name])])),
  );
  const labels = Object.fromEntries(fields.map((f) => [f.name, f.label]));
  const form = useEditForm(formId, fields.map((f) => f.name), labels);

  if (!allowed(record)) {
    return (
      <Page title={title(record)}>
        <Alert variant="error">{t('common.forbidden')}</Alert>
      </Page>
    );
  }

  const save = async () => {
    const patch: Record<string, string | null> = {};
    for (const f of fields) {
      const value = values[f.name] ?? '';
      if (value === text(record[f.name])) continue;
      patch[f.name] = f.nullable && value.trim() === '' ? null : value;
    }
    await api.patch(path, patch, record.version);
    void navigate(done(record), { state: { saved: true } });
  };

  return (
    <Page title={title(record)}>
      {form.stale && <StaleNotice onReload={onReload} />}
      {form.summary.length > 0 && <ErrorSummary items={form.summary} />}
      <form
        onSubmit={(e) => void form.submit(save, fields.filter((f) => !f.nullable && (values[f.name] ?? '').trim() === '').map((f) => f.name))(e)}
        noValidate
      >
        {fields.map((f) => (
          <TextField
            key={f.name}
            id={form.fieldId(f.name)}
            label={f.label}
            hint={f.hint}
            value={values[f.name] ?? ''}
            onChange={(v) => setValues((old) => ({ ...old, [f.name]: v }))}
            error={form.fieldErrors[f.name]}
            required={!f.nullable}
          />
        ))}
        <div className="mt-7">
          <button type="submit" className="button button-primary" disabled={form.saving}>
            {t('common.save')}
          </button>
          <button type="button" className="button button-secondary ml-4" onClick={() => void navigate(done(record))}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Page>
  );
}
