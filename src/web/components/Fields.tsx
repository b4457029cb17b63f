/**
 * DKFDS form controls with their label, hint and inline error (form-group form-error,
 * form-error-message): text, check box, choice, date, text area, a group of check boxes and a file.
 * The error's id is `<id>-error`, the hint's `<id>-hint`; the input names both.
 */
import type { ReactNode } from 'react';
import { useTexts } from '../texts.ts';
import { commonTexts } from './texts.ts';

/** `required === false`: the label says "(optional)". */
function Label({ id, label, required }: { id: string; label: string; required?: boolean | undefined }) {
  const t = useTexts(commonTexts);
  return (
    <label className="form-label" htmlFor={id}>
      {label}
      {required === false && <span className="weight-normal"> {t('common.optional')}</span>}
    </label>
  );
}

function Hint({ id, hint }: { id: string; hint: string | undefined }) {
  if (!hint) return null;
  return (
    <span className="form-hint" id={`${id}-hint`}>
      {hint}
    </span>
  );
}

export function ErrorMessage({ id, error }: { id: string; error: string }) {
  const t = useTexts(commonTexts);
  return (
    <span className="form-error-message" id={`${id}-error`}>
      <span className="sr-only">{t('common.error')}: </span>
      {error}
    </span>
  );
}

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

const groupClass = (error: string | undefined) => `form-group${error ? ' form-error' : ''}`;

/** What every text-like control takes. */
type ControlProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
};

/** A control's form group: its label, hint and error above it. */
function Group({
  id,
  label,
  required,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: string;
  required?: boolean | undefined;
  hint?: string | undefined;
  error: string | undefined;
  className?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={`${groupClass(error)}${className ? ` ${className}` : ''}`}>
      <Label id={id} label={label} required={required} />
      <Hint id={id} hint={hint} />
      {error && <ErrorMessage id={id} error={error} />}
      {children}
    </div>
  );
}

/** The attributes every control names its label, hint and error with. */
const controlProps = (id: string, hint: string | undefined, error: string | undefined) => ({
  id,
  name: id,
  'aria-invalid': error ? true : undefined,
  'aria-describedby': describedBy(id, hint, error),
});

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
}: ControlProps & {
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
      {...controlProps(id, hint, error)}
      type={type}
      className={`form-input${width ? ` ${width}` : ''}`}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-required={required ? true : undefined}
      autoComplete={autoComplete}
      inputMode={inputMode}
    />
  );
  return (
    <Group id={id} label={label} required={required} hint={hint} error={error} className={className}>
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
    </Group>
  );
}

/** TextField settings for an amount in kroner: `<TextField {...kronerInput} … />`. */
export const kronerInput = { inputMode: 'decimal', width: 'input-width-m', suffix: 'kr.' } as const;

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
    <div className={groupClass(error)}>
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

export function SelectField({ id, label, value, onChange, options, error, hint }: ControlProps & { options: readonly { value: string; label: string }[] }) {
  const t = useTexts(commonTexts);
  return (
    <Group id={id} label={label} hint={hint} error={error}>
      <select {...controlProps(id, hint, error)} className="form-select" value={value} onChange={(e) => onChange(e.target.value)}>
        {value === '' && <option value="">{t('common.choose')}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Group>
  );
}

export function DateField({ id, label, value, onChange, error, hint, optional }: ControlProps & { optional?: boolean }) {
  return (
    <Group id={id} label={label} required={optional ? false : undefined} hint={hint} error={error}>
      <input {...controlProps(id, hint, error)} type="date" className="form-input input-width-s" value={value} onChange={(e) => onChange(e.target.value)} />
    </Group>
  );
}

export function TextArea({ id, label, value, onChange, error, optional }: ControlProps & { optional?: boolean }) {
  return (
    <Group id={id} label={label} required={optional ? false : undefined} error={error}>
      <textarea {...controlProps(id, undefined, error)} className="form-input" rows={5} value={value} onChange={(e) => onChange(e.target.value)} />
    </Group>
  );
}

/** A fieldset of check boxes choosing several ids. `id` is the fieldset's (errors link to it). */
export function CheckboxGroup({
  id,
  legend,
  options,
  selected,
  onChange,
  error,
  hint,
  empty,
}: {
  id: string;
  legend: string;
  options: readonly { value: string; label: ReactNode }[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string | undefined;
  hint?: string;
  empty?: string;
}) {
  return (
    <div className={groupClass(error)}>
      <fieldset id={id} tabIndex={-1} aria-describedby={describedBy(id, hint, error)}>
        <legend className="form-label">{legend}</legend>
        <Hint id={id} hint={hint} />
        {error && <ErrorMessage id={id} error={error} />}
        {options.length === 0 && empty && <p>{empty}</p>}
        <ul className="nobullet-list checkbox-list">
          {options.map((o) => {
            const boxId = `${id}-${o.value}`;
            return (
              <li key={o.value} className="form-group-checkbox">
                <input
                  id={boxId}
                  type="checkbox"
                  className="form-checkbox"
                  checked={selected.includes(o.value)}
                  onChange={(e) =>
                    onChange(e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))
                  }
                />
                <label htmlFor={boxId}>{o.label}</label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}

/** One PDF file; the choice is handed on as it is. */
export function FileField({ id, label, error, onChange }: { id: string; label: string; error: string | undefined; onChange: (f: File | null) => void }) {
  return (
    <div className={groupClass(error)}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      <input
        id={id}
        type="file"
        accept="application/pdf,.pdf"
        className="form-file-input"
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
      />
    </div>
  );
}
