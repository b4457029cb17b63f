/**
 * Submitting a form: the error summary, `useEditForm`, which saves and maps problem+json
 * violations (`body.name`, `body.aliases.0`) to the field of that name, the notice of a stale
 * version (412), and the form's buttons. The controls themselves are in Fields.tsx.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api.ts';
import { useTexts } from '../texts.ts';
import { Alert } from './Alert.tsx';
import { Icon } from './Icon.tsx';
import { commonTexts } from './texts.ts';

export const fieldId = (form: string, name: string) => `${form}-${name.replaceAll('.', '-')}`;

/** `body.aliases.0` → `aliases.0`; paths outside the body stay whole. */
export function fieldOfPath(path: string): string {
  return path.startsWith('body.') ? path.slice('body.'.length) : path;
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
  const t = useTexts(commonTexts);
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
  const t = useTexts(commonTexts);
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
  const t = useTexts(commonTexts);
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

/** Save and cancel (back to `cancelTo`) at the end of a form. */
export function FormButtons({ saving, label, cancelTo }: { saving: boolean; label: string; cancelTo: string }) {
  const t = useTexts(commonTexts);
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
