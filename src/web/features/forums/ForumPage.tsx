/**
 * The forum page of an urban area (`/fora/:id`, GET /api/forums/:id/overview): members, working
 * groups, the area's plans with status, contracts with their current version and history, and the
 * decisions taken (plan decisions and the forum's contract revisions), newest first.
 */
import { Link, useParams } from 'react-router';
import { type PlanStatus, planStatusLabel } from '../../../domain/plans.ts';
import type { ContractRevision } from '../../../domain/schemas/contracts.ts';
import type { ForumMember, WorkingGroup } from '../../../domain/schemas/registry.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useLanguage } from '../../i18n.ts';
import { useApi } from '../../use-api.ts';
import { bodyNames, decisionOutcomes, type DecisionBody, type DecisionOutcome } from '../../../domain/workflow.ts';
import { outcomeKey, useAT } from '../approval/texts.ts';
import { ContractsTable } from '../contracts/ContractPages.tsx';
import { dateText } from '../plans/format.ts';

type Named = { id: string; name: string };
type Overview = {
  forum: { id: string; name: string; version: number };
  urbanArea: Named & { municipalityId: string; vulnerable: boolean };
  members: ForumMember[] | null;
  workingGroups: WorkingGroup[];
  plans: (Named & { status: string; housingOrganisation: Named; startDate: string; endDate: string })[];
  contracts: {
    id: string;
    version: number;
    urbanArea: Named & { municipalityId: string };
    interventionArea: Named & { number: number; fundingPeriodId: string };
    workingGroup: Named;
    status: 'draft' | 'approved';
    currentRevision: Omit<ContractRevision, 'content'> | null;
    revisionCount: number;
  }[];
  decisions: { kind: 'plan_decision' | 'contract_revision'; date: string; body: string; outcome: string; reference: string; planId: string | null; contractId: string | null; subject: string }[];
};

export function ForumPage() {
  const at = useAT();
  const lang = useLanguage();
  const { id } = useParams();
  const overview = useApi<Overview>(`/api/forums/${id}/overview`);
  const o = overview.data;
  return (
    <>
      <BackLink to={o ? `/byomraader/${o.urbanArea.id}` : '/byomraader'} page={o?.urbanArea.name ?? at('contracts.area')} />
      <Loaded resources={[overview]}>
        {() => (
          <Page title={o!.forum.name} lead={at('forum.lead', { area: o!.urbanArea.name })}>
            <h2>{at('forum.members')}</h2>
            {o!.members === null ? (
              <p>{at('forum.membersHidden')}</p>
            ) : (
              <DataTable
                caption={at('forum.membersCaption')}
                captionHidden
                rows={o!.members}
                rowKey={(m) => m.id}
                empty={at('forum.noMembers')}
                columns={[
                  { header: at('forum.person'), cell: (m) => m.personName },
                  { header: at('forum.organisation'), cell: (m) => m.organisation },
                  { header: at('forum.role'), cell: (m) => m.forumRole },
                ]}
              />
            )}
            <h2>{at('forum.workingGroups')}</h2>
            <DataTable
              caption={at('forum.workingGroups')}
              captionHidden
              rows={o!.workingGroups}
              rowKey={(g) => g.id}
              empty={at('forum.noWorkingGroups')}
              columns={[
                { header: at('contracts.workingGroup'), cell: (g) => g.name },
                { header: at('forum.groupPurpose'), cell: (g) => g.purpose || '–' },
              ]}
            />
            <h2>{at('forum.plans')}</h2>
            <DataTable
              caption={at('forum.plans')}
              captionHidden
              rows={o!.plans}
              rowKey={(p) => p.id}
              empty={at('forum.noPlans')}
              columns={[
                { header: at('waiting.plan'), cell: (p) => <Link to={`/planer/${p.id}`}>{p.name}</Link> },
                { header: at('waiting.org'), cell: (p) => p.housingOrganisation.name },
                { header: at('contracts.status'), cell: (p) => planStatusLabel(p.status as PlanStatus, lang) },
                { header: at('contracts.validity'), cell: (p) => `${dateText(p.startDate, lang)} – ${dateText(p.endDate, lang)}` },
              ]}
            />
            <h2>{at('forum.contracts')}</h2>
            <ContractsTable rows={o!.contracts} at={at} caption={at('forum.contracts')} />
            <p>
              <Link to={`/kontrakter?byomraade=${o!.urbanArea.id}`} className="function-link">
                {at('contracts.title')}
              </Link>
            </p>
            <h2>{at('forum.decisions')}</h2>
            <DataTable
              caption={at('forum.decisionsCaption')}
              captionHidden
              rows={o!.decisions}
              rowKey={(d) => `${d.kind}-${d.date}-${d.subject}-${d.reference}-${d.body}-${d.outcome}`}
              empty={at('forum.noDecisions')}
              columns={[
                { header: at('approval.date'), cell: (d) => dateText(d.date, lang) },
                {
                  header: at('forum.subject'),
                  cell: (d) =>
                    d.planId ? <Link to={`/planer/${d.planId}`}>{d.subject}</Link> : d.contractId ? <Link to={`/kontrakter/${d.contractId}`}>{d.subject}</Link> : d.subject,
                },
                { header: at('approval.body'), cell: (d) => bodyNames[d.body as DecisionBody]?.[lang] ?? d.body },
                {
                  header: at('approval.outcome'),
                  cell: (d) => {
                    if (decisionOutcomes.includes(d.outcome as DecisionOutcome)) return at(outcomeKey(d.outcome as DecisionOutcome));
                    const n = /^revision (\d+)$/.exec(d.outcome);
                    return n ? `${at('contracts.revisionAdopted')}: ${at('revisions.versionN', { n: n[1]! })}` : d.outcome;
                  },
                },
                { header: at('approval.referenceShort'), cell: (d) => d.reference },
              ]}
            />
          </Page>
        )}
      </Loaded>
    </>
  );
}
