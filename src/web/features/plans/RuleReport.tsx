/**
 * The rule report of a plan (from the domain's `ruleReport`, in the chosen language) and the
 * rule-status badge of the plan lists.
 */
import type { RuleReport } from '../../../domain/rules/report.ts';
import { type Finding, type Severity, ruleSourceNames } from '../../../domain/rules/rule.ts';
import { useLanguage } from '../../i18n.ts';
import { useTexts } from '../../texts.ts';
import { planTexts } from './texts.ts';

/** Errors and warnings of a plan as a badge (list rows). */
export function RuleStatusBadge({ errors, warnings }: { errors: number; warnings: number }) {
  const t = useTexts(planTexts);
  if (errors === 0 && warnings === 0) {
    return <span className="badge badge-success rule-badge">{t('plans.clean')}</span>;
  }
  return (
    <>
      {errors > 0 && <span className="badge badge-error rule-badge">{t('plans.errors', { n: errors })}</span>}
      {warnings > 0 && (
        <span className="badge badge-warning rule-badge">
          {warnings === 1 ? t('plans.warning1') : t('plans.warnings', { n: warnings })}
        </span>
      )}
    </>
  );
}

const findingClass: Record<Severity, string> = { error: 'finding finding-error', warning: 'finding finding-warning' };

function FindingItem({ finding }: { finding: Finding }) {
  const lang = useLanguage();
  const t = useTexts(planTexts);
  return (
    <li className={findingClass[finding.severity]} data-rule={finding.rule}>
      <span className="sr-only">{t('plans.rule')}: </span>
      <code className="rule-id">{finding.rule}</code> {finding.message[lang]}
      <br />
      <span className="finding-source">
        {t('plans.source')}: {ruleSourceNames[finding.source][lang]}
      </span>
    </li>
  );
}

/**
 * The rule report. `live`: it follows what the user types, so it is a polite live region that
 * exists before its content changes.
 */
export function RuleReportView({ report, live, heading, id }: { report: RuleReport; live?: boolean; heading: string; id: string }) {
  const t = useTexts(planTexts);
  const { errors, warnings } = report;
  return (
    <section aria-labelledby={`${id}-heading`} className="rule-report mt-6" id={id}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <div aria-live={live ? 'polite' : undefined} className="rule-report-body" data-errors={errors.length} data-warnings={warnings.length}>
        <p className={`rule-summary ${report.canSubmit ? 'rule-summary-ok' : 'rule-summary-blocked'}`}>
          <strong>{report.canSubmit ? t('plans.canSubmit') : t('plans.cannotSubmit')}</strong>
        </p>
        {errors.length === 0 && warnings.length === 0 && <p className="rule-clean">{t('plans.reportClean')}</p>}
        {errors.length > 0 && (
          <>
            <h3>{t('plans.reportErrors', { n: errors.length })}</h3>
            <ul className="nobullet-list finding-list">
              {errors.map((f, i) => (
                <FindingItem key={`${f.rule}-${f.path}-${i}`} finding={f} />
              ))}
            </ul>
          </>
        )}
        {warnings.length > 0 && (
          <>
            <h3>{t('plans.reportWarnings', { n: warnings.length })}</h3>
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
