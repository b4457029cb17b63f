/**
 * Pieces the plan and pool pages share: the rule report (from the domain's `ruleReport`, in the
 * chosen language), the rule-status badge, a group of check boxes, a date field and a text area in
 * the DKFDS form markup of src/web/components/Form.tsx.
 */
import type { ReactNode } from 'react';
import type { RuleReport } from '../../../domain/rules/report.ts';
import { type Finding, ruleSourceNames } from '../../../domain/rules/rule.ts';
import { useT, useLanguage } from '../../i18n.ts';
import { usePT } from './texts.ts';

const errorId = (id: string) => `${id}-error`;

function FieldError({ id, error }: { id: string; error: string }) {
  const t = useT();
  return (
    <span className="form-error-message" id={errorId(id)}>
      <span className="sr-only">{t('common.error')}: </span>
      {error}
    </span>
  );
}

export function DateField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  optional,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  optional?: boolean;
}) {
  const t = useT();
  const described = [hint ? `${id}-hint` : null, error ? errorId(id) : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
        {optional && <span className="weight-normal"> {t('common.optional')}</span>}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && <FieldError id={id} error={error} />}
      <input
        id={id}
        name={id}
        type="date"
        className="form-input input-width-s"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
    </div>
  );
}

export function TextArea({
  id,
  label,
  value,
  onChange,
  error,
  optional,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  optional?: boolean;
}) {
  const t = useT();
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
        {optional && <span className="weight-normal"> {t('common.optional')}</span>}
      </label>
      {error && <FieldError id={id} error={error} />}
      <textarea
        id={id}
        name={id}
        className="form-input"
        rows={5}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId(id) : undefined}
      />
    </div>
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
  const described = [hint ? `${id}-hint` : null, error ? errorId(id) : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <fieldset id={id} tabIndex={-1} aria-describedby={described}>
        <legend className="form-label">{legend}</legend>
        {hint && (
          <span className="form-hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
        {error && <FieldError id={id} error={error} />}
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

/** Errors and warnings of a plan as a badge (list rows). */
export function RuleStatusBadge({ errors, warnings }: { errors: number; warnings: number }) {
  const pt = usePT();
  if (errors === 0 && warnings === 0) {
    return <span className="badge badge-success rule-badge">{pt('plans.clean')}</span>;
  }
  return (
    <>
      {errors > 0 && <span className="badge badge-error rule-badge">{pt('plans.errors', { n: errors })}</span>}
      {warnings > 0 && (
        <span className="badge badge-warning rule-badge">
          {warnings === 1 ? pt('plans.warning1') : pt('plans.warnings', { n: warnings })}
        </span>
      )}
    </>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  const lang = useLanguage();
  const pt = usePT();
  return (
    <li className={`finding finding-${finding.severity}`} data-rule={finding.rule}>
      <span className="sr-only">{pt('plans.rule')}: </span>
      <code className="rule-id">{finding.rule}</code> {finding.message[lang]}
      <br />
      <span className="finding-source">
        {pt('plans.source')}: {ruleSourceNames[finding.source][lang]}
      </span>
    </li>
  );
}

/**
 * The rule report. `live`: it follows what the user types, so it is a polite live region that
 * exists before its content changes.
 */
export function RuleReportView({ report, live, heading, id }: { report: RuleReport; live?: boolean; heading: string; id: string }) {
  const pt = usePT();
  const { errors, warnings } = report;
  return (
    <section aria-labelledby={`${id}-heading`} className="rule-report mt-6" id={id}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <div aria-live={live ? 'polite' : undefined} className="rule-report-body" data-errors={errors.length} data-warnings={warnings.length}>
        <p className={`rule-summary ${report.canSubmit ? 'rule-summary-ok' : 'rule-summary-blocked'}`}>
          <strong>{report.canSubmit ? pt('plans.canSubmit') : pt('plans.cannotSubmit')}</strong>
        </p>
        {errors.length === 0 && warnings.length === 0 && <p className="rule-clean">{pt('plans.reportClean')}</p>}
        {errors.length > 0 && (
          <>
            <h3>{pt('plans.reportErrors', { n: errors.length })}</h3>
            <ul className="nobullet-list finding-list">
              {errors.map((f, i) => (
                <FindingItem key={`${f.rule}-${f.path}-${i}`} finding={f} />
              ))}
            </ul>
          </>
        )}
        {warnings.length > 0 && (
          <>
            <h3>{pt('plans.reportWarnings', { n: warnings.length })}</h3>
            <ul className="nobullet-list finding-list">
              {warnings.map((f, i) => (
                <FindingItem key={`${f.rule}-${f.path}-${i}`} finding={f} />
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
