/**
 * The plan's approved versions under the approval panel: their list, "Start ændring" (a reason, then
 * the plan is a revision draft again) for those who may revise it, and the choice of two versions to
 * compare.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { RevisionList } from '../../../domain/schemas/approval.ts';
import type { Plan } from '../../../domain/schemas/plans.ts';
import { revisableStatuses } from '../../../domain/workflow.ts';
import { ApiError, request } from '../../api.ts';
import { Alert } from '../../components/Alert.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { SelectField, TextArea } from '../../components/Fields.tsx';
import { dateText } from '../../components/format.ts';
import { useLanguage } from '../../i18n.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { useApi } from '../../use-api.ts';
import { writeTarget } from '../plans/plan-access.ts';
import { approvalTexts } from './texts.ts';

export function RevisionsView({ plan, onStarted }: { plan: Plan; onStarted: (m: string) => void }) {
  const t = useTexts(approvalTexts);
  const lang = useLanguage();
  const { may } = useSession();
  const navigate = useNavigate();
  const revisions = useApi<RevisionList>(`/api/plans/${plan.id}/revisions`);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('current');
  const mayRevise = revisableStatuses.has(plan.status) && may('plan.revise', { ...writeTarget(plan), draft: false });
  const items = revisions.data?.items ?? [];
  const { reload } = revisions;
  // A decision (e.g. the fund's commitment) may have frozen a version: read the list again.
  useEffect(() => reload(), [plan.version, plan.status, reload]);

  const start = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setReasonError(t('approval.fillIn', { label: t('revisions.startReason').toLocaleLowerCase() }));
      return;
    }
    setReasonError(undefined);
    try {
      await request('POST', `/api/plans/${plan.id}/revisions`, { body: { reason: reason.trim() }, version: plan.version });
      setReason('');
      revisions.reload();
      onStarted(t('revisions.started'));
    } catch (err) {
      setFailure(err instanceof ApiError ? err : new ApiError({ title: String(err), status: 0 }));
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
            { header: t('revisions.approvedAt'), cell: (r) => (r.approvedAt ? dateText(r.approvedAt, lang) : '–') },
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
