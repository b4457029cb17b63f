/**
 * One urban area: its facts, its Boligsocialt Forum (members, working groups) and its estates.
 * The area's admin and its forum members add, edit and remove members and working groups (removal
 * asks first).
 */
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Estate, Forum, ForumMember, UrbanArea, WorkingGroup } from '../../../domain/schemas/registry.ts';
import { ApiError, api } from '../../api.ts';
import { Alert } from '../../components/Alert.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { BackLink } from '../../components/BackLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Icon } from '../../components/Icon.tsx';
import { LoadError, Loaded, Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ProvenanceTag } from '../../components/ProvenanceTag.tsx';
import { LiveStatus } from '../../components/StatusMessage.tsx';
import { useT } from '../../i18n.ts';
import { useApi } from '../../use-api.ts';
import { useSession } from '../auth/session.tsx';
import { EstatesTable } from '../housing-organisations/EstatesTable.tsx';
import { VulnerableFlag } from './UrbanAreasPage.tsx';
import { useWorkingGroupTexts } from './working-group-texts.ts';

export function UrbanAreaPage() {
  const t = useT();
  const { id } = useParams();
  const area = useApi<UrbanArea>(`/api/urban-areas/${id}`);
  const a = area.data;
  return (
    <>
      <BackLink to="/byomraader" page={t('urbanAreas.title')} />
      {a ? (
        <UrbanAreaDetail area={a} />
      ) : area.error ? (
        <Page title={t('urbanAreas.title')}>
          <LoadError error={area.error} onRetry={area.reload} />
        </Page>
      ) : (
        <Loading />
      )}
    </>
  );
}

function UrbanAreaDetail({ area }: { area: UrbanArea }) {
  const t = useT();
  const { may } = useSession();
  const estates = useApi<{ items: Estate[] }>(`/api/estates?urbanAreaId=${area.id}&limit=500`);
  const mayEdit = may('registry.write', { municipalityId: area.municipalityId });
  return (
    <Page title={area.name}>
      <p>
        <ProvenanceTag provenance={area.provenance} />
      </p>
      <dl className="facts">
        <dt>{t('urbanAreas.vulnerable')}</dt>
        <dd>
          <VulnerableFlag vulnerable={area.vulnerable} />
        </dd>
        <dt>{t('urbanAreas.aliases')}</dt>
        <dd>{area.aliases.length ? area.aliases.join(', ') : t('common.none')}</dd>
      </dl>
      {mayEdit && (
        <p>
          <Link to={`/byomraader/${area.id}/rediger`} className="button button-secondary">
            <Icon name="edit" />
            {t('common.edit')}
            <span className="sr-only"> {area.name}</span>
          </Link>
        </p>
      )}
      <h2>{t('urbanAreas.forum')}</h2>
      {area.forumId ? <ForumSection area={area} forumId={area.forumId} /> : <p>{t('urbanAreas.noForum')}</p>}
      <h2>{t('urbanAreas.estates')}</h2>
      <Loaded resources={[estates]}>
        {() => (
          <EstatesTable
            caption={t('urbanAreas.estatesCaption', { area: area.name })}
            estates={estates.data!.items}
            show="owner"
            from={{ to: `/byomraader/${area.id}`, page: area.name }}
          />
        )}
      </Loaded>
    </Page>
  );
}

function EditLink({ to, name }: { to: string; name: string }) {
  const t = useT();
  return (
    <Link to={to} className="function-link">
      <Icon name="edit" />
      {t('common.edit')}
      <span className="sr-only"> {name}</span>
    </Link>
  );
}

function ForumSection({ area, forumId }: { area: UrbanArea; forumId: string }) {
  const t = useT();
  const { may } = useSession();
  const mayReadPeople = may('people.read');
  const mayWrite = may('forum.write', { municipalityId: area.municipalityId, urbanAreaId: area.id });
  const forum = useApi<Forum>(`/api/forums/${forumId}`);
  const members = useApi<{ items: ForumMember[] }>(mayReadPeople ? `/api/forums/${forumId}/members?limit=500` : null);
  const forumName = forum.data?.name ?? t('urbanAreas.forum');
  const membersHeading = useRef<HTMLHeadingElement>(null);
  const [removing, setRemoving] = useState<ForumMember | null>(null);
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  // After a removal the row is gone: keyboard users continue from the members heading.
  useEffect(() => {
    if (removed) membersHeading.current?.focus();
  }, [removed]);

  const remove = async (member: ForumMember) => {
    setBusy(true);
    setFailure(null);
    try {
      await api.delete(`/api/forums/${forumId}/members/${member.id}`, member.version);
      setRemoved(t('forum.removed', { name: member.personName, forum: forumName }));
    } catch (err) {
      setFailure(err instanceof ApiError ? err : new ApiError({ title: String(err), status: 0 }));
    } finally {
      setBusy(false);
      setRemoving(null);
      members.reload();
    }
  };

  const base = `/byomraader/${area.id}`;
  return (
    <>
      {forum.data && <p className="font-lead">{forum.data.name}</p>}
      <p>
        <Link to={`/fora/${forumId}`} className="function-link">
          {t('forum.page')}
        </Link>
      </p>
      {forum.error && <LoadError error={forum.error} onRetry={forum.reload} />}
      <h3 ref={membersHeading} tabIndex={-1}>
        {t('urbanAreas.members')}
      </h3>
      <LiveStatus message={removed} />
      {failure && (
        <Alert variant="error" heading={failure.isStale ? t('common.staleTitle') : t('forum.removeFailed')} headingLevel={3}>
          {failure.isStale ? t('forum.removeStale') : failure.detail || failure.title}
        </Alert>
      )}
      {mayReadPeople ? (
        <>
          {mayWrite && (
            <p>
              <Link to={`${base}/medlemmer/ny`} className="button button-secondary">
                <Icon name="plus" />
                {t('forum.addMember')}
              </Link>
            </p>
          )}
          <Loaded resources={[members]}>
            {() => (
              <DataTable
                caption={t('urbanAreas.membersCaption', { forum: forumName })}
                rows={members.data!.items}
                rowKey={(m) => m.id}
                empty={t('urbanAreas.noMembers')}
                columns={[
                  {
                    header: t('urbanAreas.person'),
                    cell: (m) => (
                      <>
                        {m.personName} <ProvenanceTag provenance={m.provenance} />
                      </>
                    ),
                  },
                  { header: t('urbanAreas.organisation'), cell: (m) => m.organisation },
                  { header: t('urbanAreas.forumRole'), cell: (m) => m.forumRole },
                  ...(mayWrite
                    ? [
                        {
                          header: t('common.actions'),
                          cell: (m: ForumMember) => (
                            <>
                              <EditLink to={`${base}/medlemmer/${m.id}/rediger`} name={m.personName} />
                              <button type="button" className="function-link" onClick={() => setRemoving(m)}>
                                <Icon name="delete" />
                                {t('forum.remove')}
                                <span className="sr-only"> {m.personName}</span>
                              </button>
                            </>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            )}
          </Loaded>
          {removing && (
            <ConfirmDialog
              title={t('forum.removeTitle', { name: removing.personName })}
              confirmLabel={t('forum.removeConfirm')}
              busy={busy}
              onConfirm={() => void remove(removing)}
              onCancel={() => setRemoving(null)}
            >
              <p>{t('forum.removeText', { name: removing.personName, forum: forumName })}</p>
            </ConfirmDialog>
          )}
        </>
      ) : (
        <p>{t('urbanAreas.membersHidden')}</p>
      )}
      <WorkingGroups base={base} forumId={forumId} forumName={forumName} mayWrite={mayWrite} />
    </>
  );
}

function WorkingGroups({ base, forumId, forumName, mayWrite }: { base: string; forumId: string; forumName: string; mayWrite: boolean }) {
  const t = useT();
  const texts = useWorkingGroupTexts();
  const groups = useApi<{ items: WorkingGroup[] }>(`/api/forums/${forumId}/working-groups?limit=500`);
  const heading = useRef<HTMLHeadingElement>(null);
  const [removing, setRemoving] = useState<WorkingGroup | null>(null);
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  // After a removal the row is gone: keyboard users continue from the working groups heading.
  useEffect(() => {
    if (removed) heading.current?.focus();
  }, [removed]);

  const remove = async (group: WorkingGroup) => {
    setBusy(true);
    setFailure(null);
    try {
      await api.delete(`/api/forums/${forumId}/working-groups/${group.id}`, group.version);
      setRemoved(texts.removed({ name: group.name, forum: forumName }));
    } catch (err) {
      setFailure(err instanceof ApiError ? err : new ApiError({ title: String(err), status: 0 }));
    } finally {
      setBusy(false);
      setRemoving(null);
      groups.reload();
    }
  };

  return (
    <>
      <h3 ref={heading} tabIndex={-1}>
        {t('urbanAreas.workingGroups')}
      </h3>
      <LiveStatus message={removed} />
      {failure && (
        <Alert variant="error" heading={failure.isStale ? t('common.staleTitle') : texts.failed} headingLevel={3}>
          {failure.isStale ? texts.stale : failure.detail || failure.title}
        </Alert>
      )}
      {mayWrite && (
        <p>
          <Link to={`${base}/arbejdsgrupper/ny`} className="button button-secondary">
            <Icon name="plus" />
            {t('forum.addGroup')}
          </Link>
        </p>
      )}
      <Loaded resources={[groups]}>
        {() => (
          <DataTable
            caption={t('urbanAreas.workingGroupsCaption', { forum: forumName })}
            rows={groups.data!.items}
            rowKey={(g) => g.id}
            empty={t('urbanAreas.noWorkingGroups')}
            columns={[
              {
                header: t('common.name'),
                cell: (g) => (
                  <>
                    {g.name} <ProvenanceTag provenance={g.provenance} />
                  </>
                ),
              },
              { header: t('urbanAreas.purpose'), cell: (g) => g.purpose || '–' },
              ...(mayWrite
                ? [
                    {
                      header: t('common.actions'),
                      cell: (g: WorkingGroup) => (
                        <>
                          <EditLink to={`${base}/arbejdsgrupper/${g.id}/rediger`} name={g.name} />
                          <button type="button" className="function-link" onClick={() => setRemoving(g)}>
                            <Icon name="delete" />
                            {t('forum.remove')}
                            <span className="sr-only"> {g.name}</span>
                          </button>
                        </>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Loaded>
      {removing && (
        <ConfirmDialog
          title={t('forum.removeTitle', { name: removing.name })}
          confirmLabel={texts.confirm}
          busy={busy}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        >
          <p>{texts.text({ name: removing.name, forum: forumName })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
