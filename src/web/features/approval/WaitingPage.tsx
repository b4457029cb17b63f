/**
 * `/afventer`: the plans waiting for a body (a committee, Økonomiudvalget, Borgerrepræsentationen),
 * from GET /api/approvals/waiting, for a case worker preparing the next meeting; for the City
 * Council also the proposal documents per urban area for a chosen meeting date. A page of 100
 * plans in name order at a time (`fra`: the cursor of the page shown).
 */
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { WaitingList } from '../../../domain/schemas/approval.ts';
import { bodyNames, type DecisionBody } from '../../../domain/workflow.ts';
import { apiPath, query } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { DateField, SelectField } from '../../components/Fields.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { dateText, kroner } from '../../components/format.ts';
import { useLanguage } from '../../i18n.ts';
import { useTexts } from '../../texts.ts';
import { approvalTexts } from './texts.ts';
import './approval.css';

const waitingBodies = ['committee', 'finance_committee', 'city_council'] as const satisfies readonly DecisionBody[];
const pageSize = 100;

export function WaitingPage() {
  const t = useTexts(approvalTexts);
  const lang = useLanguage();
  const [params, setParams] = useSearchParams();
  const body = waitingBodies.find((b) => b === params.get('organ')) ?? 'city_council';
  const committeeId = body === 'committee' ? (params.get('udvalg') ?? '') : '';
  const cursor = params.get('fra') ?? undefined;
  const [formBody, setFormBody] = useState<string>(body);
  const [formCommittee, setFormCommittee] = useState(committeeId);
  const [meetingDate, setMeetingDate] = useState('');
  const committees = useGet(apiPath('/api/committees', { limit: 500 }));
  const waiting = useGet(apiPath('/api/approvals/waiting', { body, committeeId: committeeId || undefined, limit: pageSize, cursor }));
  const pageLink = (from: string | null) => {
    const next = new URLSearchParams(params);
    if (from === null) next.delete('fra');
    else next.set('fra', from);
    return `?${next.toString()}`;
  };
  const bodyName = body === 'committee' && committeeId
    ? (committees.data?.items.find((c) => c.id === committeeId)?.name ?? bodyNames.committee[lang])
    : bodyNames[body][lang];
  const areas = [...new Map((waiting.data?.items ?? []).map((p) => [p.urbanAreaId, p.urbanAreaName])).entries()];
  const committeeName = (id: string) => committees.data?.items.find((c) => c.id === id)?.name ?? id;

  return (
    <Page title={t('waiting.title')} lead={t('waiting.lead')}>
      <form
        className="plan-filters"
        onSubmit={(e) => {
          e.preventDefault();
          const next: Record<string, string> = { organ: formBody };
          if (formBody === 'committee' && formCommittee) next.udvalg = formCommittee;
          setParams(next);
        }}
      >
        <div className="compare-form-fields">
          <SelectField
            id="waiting-body"
            label={t('waiting.body')}
            value={formBody}
            onChange={setFormBody}
            options={waitingBodies.map((b) => ({ value: b, label: bodyNames[b][lang] }))}
          />
          {formBody === 'committee' && (
            <SelectField
              id="waiting-committee"
              label={t('waiting.committee')}
              value={formCommittee || 'all'}
              onChange={(v) => setFormCommittee(v === 'all' ? '' : v)}
              options={[
                { value: 'all', label: t('waiting.allCommittees') },
                ...(committees.data?.items ?? []).filter((c) => c.kind !== 'city_council' && c.kind !== 'finance_committee').map((c) => ({ value: c.id, label: c.name })),
              ]}
            />
          )}
        </div>
        <button type="submit" className="button button-secondary">
          {t('waiting.show')}
        </button>
      </form>
      <Loaded resources={[waiting]}>
        {() => (
          <DataTable
            caption={t('waiting.caption', { body: bodyName })}
            rows={waiting.data!.items}
            rowKey={(p) => p.planId}
            empty={t('waiting.none', { body: bodyName })}
            columns={[
              { header: t('waiting.plan'), cell: (p) => <Link to={`/planer/${p.planId}#approval`}>{p.planName}</Link> },
              { header: t('waiting.area'), cell: (p) => p.urbanAreaName },
              { header: t('waiting.org'), cell: (p) => p.housingOrganisationName },
              ...(body === 'committee' ? [{ header: t('waiting.committees'), cell: (p: WaitingList['items'][number]) => p.committeeIds.map(committeeName).join(', ') }] : []),
              { header: t('waiting.since'), cell: (p) => (p.waitingSince ? dateText(p.waitingSince, lang) : '–') },
              { header: t('waiting.frame'), cell: (p) => kroner(p.frameOre, lang), numeric: true },
              { header: t('waiting.municipal'), cell: (p) => kroner(p.municipalOre, lang), numeric: true },
              { header: t('waiting.pool'), cell: (p) => kroner(p.poolAllocatedOre, lang), numeric: true },
            ]}
          />
        )}
      </Loaded>
      {(cursor !== undefined || waiting.data?.next) && (
        <nav aria-label={t('waiting.caption', { body: bodyName })} className="mt-4">
          {cursor !== undefined && (
            <Link className="function-link" to={pageLink(null)}>
              {t('waiting.first')}
            </Link>
          )}
          {cursor !== undefined && waiting.data?.next && ' · '}
          {waiting.data?.next && (
            <Link className="function-link" to={pageLink(waiting.data.next)}>
              {t('waiting.next')}
            </Link>
          )}
        </nav>
      )}
      {body === 'city_council' && areas.length > 0 && (
        <section aria-labelledby="proposal-heading" className="mt-8">
          <h2 id="proposal-heading">{t('waiting.documents')}</h2>
          <DateField id="meeting-date" label={t('waiting.meetingDate')} value={meetingDate} onChange={setMeetingDate} />
          {meetingDate && (
            <ul className="nobullet-list">
              {areas.map(([id, name]) => (
                <li key={id}>
                  <a className="function-link" href={`/api/exports/city-council-proposal${query({ urbanAreaId: id, meetingDate, format: 'docx' })}`} download>
                    {t('waiting.docx', { area: name })}
                  </a>
                  {' · '}
                  <a className="function-link" href={`/api/exports/city-council-proposal${query({ urbanAreaId: id, meetingDate, format: 'pdf' })}`} download>
                    {t('waiting.pdf', { area: name })}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </Page>
  );
}
