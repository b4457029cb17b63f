/**
 * DKFDS form controls with inline errors (form-group form-error, form-error-message), the error
 * summary, and `useEditForm`, which saves with If-Match and maps problem+json violations
 * (`body.name`, `body.aliases.0`) to the field of that name.
 */
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api.ts';
import { useT } from '../i18n.ts';
import { Alert } from './Alert.tsx';
import { Icon } from './Icon.tsx';

export const fieldId = (form: string, name: string) => `${form}-${name.replaceAll('.', '-')}`;

/** `body.aliases.0` → `aliases.0`; paths outside the body stay whole. */
export function fieldOfPath(path: string): string {
  return path.startsWith('body.') ? path.slice('body.'.length) : path;
}

function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  const t = useT();
  return (
    <label className="form-label" htmlFor={id}>
      {label}
      {required === false && <span className="weight-normal"> {t('common.optional')}</span>}
    </label>
  );
}

function ErrorMessage({ id, error }: { id: string; error: string }) {
  const t = useT();
  return (
    <span className="form-error-message" id={`${id}-error`}>
      <span className="sr-only">{t('common.error')}: </span>
      {error}
    </span>
  );
}

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  required,
  type = 'text',
  autoComplete,
  inputMode,
  className,
  after,
  suffix,
  width,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'email' | 'password' | 'number';
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email';
  className?: string;
  after?: ReactNode;
  /** Shown after the input (DKFDS input suffix), e.g. "%"; also say it in the label or hint. */
  suffix?: string;
  /** A DKFDS width class for the input, e.g. "input-width-xs". */
  width?: string;
}) {
  const input = (
    <input
      id={id}
      name={id}
      type={type}
      className={`form-input${width ? ` ${width}` : ''}`}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, hint, error)}
      aria-required={required ? true : undefined}
      autoComplete={autoComplete}
      inputMode={inputMode}
    />
  );
  return (
    <div className={`form-group${error ? ' form-error' : ''}${className ? ` ${className}` : ''}`}>
      <Label id={id} label={label} required={required} />
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && <ErrorMessage id={id} error={error} />}
      {suffix ? (
        <div className="form-input-wrapper form-input-wrapper--suffix">
          {input}
          <div className="form-input-suffix" aria-hidden="true">
            {suffix}
          </div>
        </div>
      ) : (
        input
      )}
      {after}
    </div>
  );
}

export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  error,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
}) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      {error && <ErrorMessage id={id} error={error} />}
      <div className="form-group-checkbox">
        <input
          id={id}
          type="checkbox"
          className="form-checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}

export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  error,
  hint,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  error?: string | undefined;
  hint?: string | undefined;
}) {
  const t = useT();
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <Label id={id} label={label} />
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && <ErrorMessage id={id} error={error} />}
      <select
        id={id}
        name={id}
        className="form-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {value === '' && <option value="">{t('common.choose')}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Problems found before anything is sent (a field left empty, a number that is not one), as the
 * same kind of error the API gives, so that they show inline and in the summary alike. Give the
 * paths as the API would (`body.dwellings`); rule REQUIRED for a field left empty, whose message
 * names the field ("Fill in name"), so the summary does not repeat the label.
 */
export function invalid(violations: { path: string; message: string; rule?: string }[]): ApiError {
  return new ApiError({
    title: 'Invalid input',
    status: 422,
    violations: violations.map((v) => ({ rule: v.rule ?? 'INPUT', path: v.path, message: v.message })),
  });
}

export type SummaryItem = { href: string | null; message: string };

/** Focused when it appears, so the problems are read first; each links to its field. */
export function ErrorSummary({ items }: { items: SummaryItem[] }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [items]);
  return (
    <div ref={box} className="alert alert-error error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-heading">
      <Icon name="error" className="alert-icon" label={t('common.error')} />
      <div className="alert-body">
        <h2 className="alert-heading" id="error-summary-heading">
          {t('common.errorSummary')}
        </h2>
        <ul className="alert-text nobullet-list">
          {items.map((item, i) => (
            <li key={i}>
              {item.href ? (
                <a
                  href={`#${item.href}`}
                  className="function-link"
                  onClick={(e) => {
                    const target = document.getElementById(item.href!);
                    if (!target) return;
                    e.preventDefault();
                    target.scrollIntoView({ block: 'center' });
                    target.focus();
                  }}
                >
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

type FormState = { fieldErrors: Record<string, string>; summary: SummaryItem[]; stale: boolean; saving: boolean };

const idle: FormState = { fieldErrors: {}, summary: [], stale: false, saving: false };

/**
 * Submit handling for an edit form: `save` performs the write; violations of known fields appear
 * inline and in the summary; a 412 asks the user to reload.
 */
export function useEditForm(formId: string, fields: readonly string[], labels: Record<string, string>) {
  const t = useT();
  const [state, setState] = useState<FormState>(idle);

  /** `empty`: the fields left empty, whose schema errors read "fill in …" instead of the validator's text. */
  const submit = (save: () => Promise<void>, empty: readonly string[] = []) => async (e: FormEvent) => {
    e.preventDefault();
    setState({ ...idle, saving: true });
    try {
      await save();
      setState(idle);
    } catch (err) {
      if (!(err instanceof ApiError)) {
        setState({ ...idle, summary: [{ href: null, message: String(err) }] });
        return;
      }
      if (err.isStale) {
        setState({ ...idle, stale: true });
        return;
      }
      const fieldErrors: Record<string, string> = {};
      const summary: SummaryItem[] = [];
      for (const v of err.violations) {
        const field = fieldOfPath(v.path);
        const known = fields.includes(field) || fields.includes(field.split('.')[0]!);
        const target = fields.includes(field) ? field : field.split('.')[0]!;
        const label = labels[target];
        const missing = known && label && v.rule === 'SCHEMA' && empty.includes(target);
        // REQUIRED: found before sending, with a message that already names the field.
        const named = missing || v.rule === 'REQUIRED';
        const message = missing ? t('common.fillIn', { label: label.toLocaleLowerCase() }) : v.message;
        if (known && !fieldErrors[target]) fieldErrors[target] = message;
        summary.push({
          href: known ? fieldId(formId, target) : null,
          message: known && label && !named ? `${label}: ${message}` : message,
        });
      }
      if (summary.length === 0) summary.push({ href: null, message: err.detail || err.title });
      setState({ ...idle, fieldErrors, summary });
    }
  };

  return { ...state, submit, fieldId: (name: string) => fieldId(formId, name) };
}

/** The 412 message: somebody else saved first. */
export function StaleNotice({ onReload }: { onReload: () => void }) {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  // The notice replaces the form's purpose: keyboard users land on its one action.
  useEffect(() => {
    button.current?.focus();
  }, []);
  return (
    <Alert variant="warning" heading={t('common.staleTitle')}>
      <p className="alert-text">{t('common.stale')}</p>
      <p className="alert-text">
        <button ref={button} type="button" className="button button-secondary mt-3" onClick={onReload}>
          {t('common.reload')}
        </button>
      </p>
    </Alert>
  );
}
