/**
 * The plan's approved versions under the approval panel: their list, "Start ændring" (a reason, then
 * the plan is a revision draft again) for those who may revise it, and the choice of two versions to
 * compare.
 */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Plan } from '../../../domain/schemas/plans.ts';
import { revisableStatuses } from '../../../domain/workflow.ts';
import { type ApiError, apiPath, asApiError } from '../../api.ts';
import { useGet, write } from '../../cache.ts';
import { Alert } from '../../components/Alert.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { SelectField, TextArea } from '../../components/Fields.tsx';
import { dateText } from '../../components/format.ts';
import { useLanguage } from '../../i18n.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { writeTarget } from '../plans/plan-access.ts';
import { approvalTexts } from './texts.ts';

export function RevisionsView({ plan, onStarted }: { plan: Plan; onStarted: (m: string) => void }) {
  const t = useTexts(approvalTexts);
  const lang = useLanguage();
  const { may } = useSession();
  const navigate = useNavigate();
  const revisions = useGet(apiPath('/api/plans/{id}/revisions', { id: plan.id }));
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('current');
  const mayRevise = revisableStatuses.has(plan.status) && may('plan.revise', { ...writeTarget(plan), draft: false });
  // Read once; a decision or a new revision (writes under the plan) reads it again.
  const items = revisions.data?.items ?? [];

  const start = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setReasonError(t('approval.fillIn', { label: t('revisions.startReason').toLocaleLowerCase() }));
      return;
    }
    setReasonError(undefined);
    try {
      await write('POST', `/api/plans/${plan.id}/revisions`, { body: { reason: reason.trim() }, version: plan.version });
      setReason('');
      onStarted(t('revisions.started'));
    } catch (err) {
      setFailure(asApiError(err));
    }
  };

  const options = [
    ...items.map((r) => ({ value: String(r.number), label: t('revisions.versionN', { n: r.number }) })),
    { value: 'current', label: t('revisions.current') },
  ];

  return (
    <div className="mt-6">
      <h3>{t('revisions.heading')}</h3>
      {revisions.data && (
        <DataTable
          caption={t('revisions.caption')}
          captionHidden
          rows={items}
          rowKey={(r) => String(r.number)}
          empty={t('revisions.none')}
          columns={[
            { header: t('revisions.number'), cell: (r) => t('revisions.versionN', { n: r.number }) },
            { header: t('revisions.kind'), cell: (r) => t(`revisions.kind.${r.kind}`) },
            { header: t('revisions.state'), cell: (r) => t(`revisions.status.${r.status}`) },
            { header: t('revisions.reasonCol'), cell: (r) => r.reason || '–' },
            // Dated by the decision that approved it (the fund's commitment), not by when it was recorded.
            { header: t('revisions.approvedAt'), cell: (r) => (r.approvedOn ? dateText(r.approvedOn, lang) : '–') },
          ]}
        />
      )}
      {items.length > 0 && (
        <form
          className="compare-form"
          onSubmit={(e) => {
            e.preventDefault();
            const f = from || String(items[0]!.number);
            void navigate(`/planer/${plan.id}/sammenlign?fra=${f}&til=${to}`);
          }}
        >
          <h4>{t('revisions.compare')}</h4>
          <div className="compare-form-fields">
            <SelectField id="compare-from" label={t('revisions.from')} value={from || String(items[0]!.number)} onChange={setFrom} options={options} />
            <SelectField id="compare-to" label={t('revisions.to')} value={to} onChange={setTo} options={options} />
          </div>
          <button type="submit" className="button button-secondary">
            {t('revisions.showCompare')}
          </button>
        </form>
      )}
      {mayRevise && (
        <form onSubmit={(e) => void start(e)} noValidate className="mt-6">
          <h4>{t('revisions.start')}</h4>
          {failure && (
            <Alert variant="error" headingLevel={3}>
              {failure.violations.map((v) => `${v.rule}: ${v.message}`).join(' ') || failure.detail || failure.title}
            </Alert>
          )}
          <TextArea id="revision-reason" label={t('revisions.startReason')} value={reason} onChange={setReason} error={reasonError} />
          <button type="submit" className="button button-secondary">
            {t('revisions.start')}
          </button>
        </form>
      )}
      <p className="mt-4">
        <Link to="/afventer" className="function-link">
          {t('waiting.title')}
        </Link>
      </p>
    </div>
  );
}
