/**
 * The forum page of an urban area (`/fora/:id`, GET /api/forums/:id/overview): members, working
 * groups, the area's plans with status, contracts with their current version and history, and the
 * decisions taken (plan decisions and the forum's contract revisions), newest first. A warning
 * names each administration or housing organisation with plans in the area that has no
 * representative (FORUM-MEMBERS).
 */
import { Link, useParams } from 'react-router';
import { type PlanStatus, planStatusLabel } from '../../../domain/plans.ts';
import { bodyNames, decisionOutcomes, type DecisionBody, type DecisionOutcome } from '../../../domain/workflow.ts';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { dateText } from '../../components/format.ts';
import { useLanguage } from '../../i18n.ts';
import { useTexts } from '../../texts.ts';
import { approvalTexts, outcomeKey } from '../approval/texts.ts';
import { ContractsTable } from '../contracts/ContractsTable.tsx';
import { contractTexts } from '../contracts/texts.ts';
import { forumTexts } from './texts.ts';

export function ForumPage() {
  const t = useTexts(forumTexts, contractTexts, approvalTexts);
  const lang = useLanguage();
  const { id } = useParams();
  const overview = useGet(apiPath('/api/forums/{id}/overview', { id: id! }));
  const o = overview.data;
  return (
    <>
      <BackLink to={o ? `/byomraader/${o.urbanArea.id}` : '/byomraader'} page={o?.urbanArea.name ?? t('contracts.area')} />
      <Loaded resources={[overview]}>
        {() => (
          <Page title={o!.forum.name} lead={t('forum.lead', { area: o!.urbanArea.name })}>
            {o!.findings.length > 0 && (
              <div className="alert alert-warning" role="status" aria-labelledby="forum-findings">
                <div className="alert-body">
                  <p className="alert-heading" id="forum-findings">
                    {t('forum.findings')}
                  </p>
                  <ul className="finding-list">
                    {o!.findings.map((f, i) => (
                      <li key={i} data-rule={f.rule}>
                        <strong>{f.rule}</strong>: {f.message}
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            )}
            <h2>{t('forum.members')}</h2>
            {o!.members === null ? (
              <p>{t('forum.membersHidden')}</p>
            ) : (
              <DataTable
                caption={t('forum.membersCaption')}
                captionHidden
                rows={o!.members}
                rowKey={(m) => m.id}
                empty={t('forum.noMembers')}
                columns={[
                  { header: t('forum.person'), cell: (m) => m.personName },
                  { header: t('forum.organisation'), cell: (m) => m.organisation },
                  { header: t('forum.role'), cell: (m) => m.forumRole },
                ]}
              />
            )}
            <h2>{t('forum.workingGroups')}</h2>
            <DataTable
              caption={t('forum.workingGroups')}
              captionHidden
              rows={o!.workingGroups}
              rowKey={(g) => g.id}
              empty={t('forum.noWorkingGroups')}
              columns={[
                { header: t('contracts.workingGroup'), cell: (g) => g.name },
                { header: t('forum.groupPurpose'), cell: (g) => g.purpose || '–' },
              ]}
            />
            <h2>{t('forum.plans')}</h2>
            <DataTable
              caption={t('forum.plans')}
              captionHidden
              rows={o!.plans}
              rowKey={(p) => p.id}
              empty={t('forum.noPlans')}
              columns={[
                { header: t('waiting.plan'), cell: (p) => <Link to={`/planer/${p.id}`}>{p.name}</Link> },
                { header: t('waiting.org'), cell: (p) => p.housingOrganisation.name },
                { header: t('contracts.status'), cell: (p) => planStatusLabel(p.status as PlanStatus, lang) },
                { header: t('contracts.validity'), cell: (p) => `${dateText(p.startDate, lang)} – ${dateText(p.endDate, lang)}` },
              ]}
            />
            <h2>{t('forum.contracts')}</h2>
            <ContractsTable rows={o!.contracts} caption={t('forum.contracts')} />
            <p>
              <Link to={`/kontrakter?byomraade=${o!.urbanArea.id}`} className="function-link">
                {t('contracts.title')}
              </Link>
            </p>
            <h2>{t('forum.decisions')}</h2>
            <DataTable
              caption={t('forum.decisionsCaption')}
              captionHidden
              rows={o!.decisions}
              rowKey={(d) => `${d.kind}-${d.date}-${d.subject}-${d.reference}-${d.body}-${d.outcome}`}
              empty={t('forum.noDecisions')}
              columns={[
                { header: t('approval.date'), cell: (d) => dateText(d.date, lang) },
                {
                  header: t('forum.subject'),
                  cell: (d) =>
                    d.planId ? <Link to={`/planer/${d.planId}`}>{d.subject}</Link> : d.contractId ? <Link to={`/kontrakter/${d.contractId}`}>{d.subject}</Link> : d.subject,
                },
                { header: t('approval.body'), cell: (d) => bodyNames[d.body as DecisionBody]?.[lang] ?? d.body },
                {
                  header: t('approval.outcome'),
                  cell: (d) => {
                    if (decisionOutcomes.includes(d.outcome as DecisionOutcome)) return t(outcomeKey(d.outcome as DecisionOutcome));
                    const n = /^revision (\d+)$/.exec(d.outcome);
                    return n ? `${t('contracts.revisionAdopted')}: ${t('revisions.versionN', { n: n[1]! })}` : d.outcome;
                  },
                },
                { header: t('approval.referenceShort'), cell: (d) => d.reference },
              ]}
            />
          </Page>
        )}
      </Loaded>
    </>
  );
}
