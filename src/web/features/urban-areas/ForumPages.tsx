/**
 * Add and edit the members and working groups of an urban area's Boligsocialt Forum. Members and
 * groups have no single-item GET: the form finds its record (with its version) in the forum's list.
 */
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { ForumMember, UrbanArea, WorkingGroup } from '../../../domain/schemas/registry.ts';
import { api } from '../../api.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { LoadError, Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { Page } from '../../components/Page.tsx';
import { type FieldSpec, RecordForm } from '../../components/RecordEditor.tsx';
import { type Translate, useT } from '../../i18n.ts';
import { type Resource, useApi } from '../../use-api.ts';
import { useSession } from '../auth/session.tsx';

const memberFields = (t: Translate): FieldSpec[] => [
  { name: 'personName', label: t('urbanAreas.person') },
  { name: 'organisation', label: t('urbanAreas.organisation') },
  { name: 'forumRole', label: t('urbanAreas.forumRole'), hint: t('forum.roleHint') },
];

const groupFields = (t: Translate): FieldSpec[] => [
  { name: 'name', label: t('common.name') },
  { name: 'purpose', label: t('urbanAreas.purpose'), optional: true },
];

type Ready = { area: UrbanArea; forumId: string; mayWrite: boolean; back: string };

/** Loads the urban area (and, with `list`, a list of its forum) and renders `children` once ready. */
function ForumFormPage<L>({
  title,
  list,
  children,
}: {
  title: string;
  list?: (forumId: string) => string;
  children: (ready: Ready, items: Resource<{ items: L[] }>) => ReactNode;
}) {
  const t = useT();
  const { id } = useParams();
  const { may } = useSession();
  const area = useApi<UrbanArea>(`/api/urban-areas/${id}`);
  const forumId = area.data?.forumId ?? null;
  const items = useApi<{ items: L[] }>(list && forumId ? list(forumId) : null);
  const a = area.data;
  const error = area.error ?? items.error;
  let body: ReactNode;
  if (error) {
    body = (
      <Page title={title}>
        <LoadError error={error} onRetry={() => (area.error ? area.reload() : items.reload())} />
      </Page>
    );
  } else if (a && !forumId) {
    body = <NotFoundPage />;
  } else if (!a || !forumId || (list && !items.data)) {
    body = <Loading />;
  } else {
    body = children(
      {
        area: a,
        forumId,
        mayWrite: may('forum.write', { municipalityId: a.municipalityId, urbanAreaId: a.id }),
        back: `/byomraader/${a.id}`,
      },
      items,
    );
  }
  return (
    <>
      <BackLink to={`/byomraader/${id}`} page={a?.name ?? t('urbanAreas.title')} />
      {body}
    </>
  );
}

export function NewForumMemberPage() {
  const t = useT();
  return (
    <ForumFormPage title={t('forum.addMember')}>
      {({ area, forumId, mayWrite, back }) => (
        <RecordForm
          formId="forum-member"
          title={t('forum.addMemberTitle', { area: area.name })}
          fields={memberFields(t)}
          initial={{}}
          mode="create"
          allowed={mayWrite}
          submitLabel={t('forum.addMember')}
          save={async (body) => {
            await api.post<ForumMember>(`/api/forums/${forumId}/members`, body);
            return back;
          }}
          savedMessage={(body) => t('forum.added', { name: String(body.personName) })}
          cancelTo={back}
        />
      )}
    </ForumFormPage>
  );
}

export function EditForumMemberPage() {
  const t = useT();
  const { memberId } = useParams();
  return (
    <ForumFormPage<ForumMember> title={t('common.edit')} list={(forumId) => `/api/forums/${forumId}/members?limit=500`}>
      {({ forumId, mayWrite, back }, members) => {
        const member = members.data!.items.find((m) => m.id === memberId);
        if (!member) return <NotFoundPage />;
        return (
          <RecordForm
            key={member.version}
            formId="forum-member"
            title={t('forum.editMemberTitle', { name: member.personName })}
            fields={memberFields(t)}
            initial={member}
            mode="edit"
            allowed={mayWrite}
            save={async (patch) => {
              await api.patch<ForumMember>(`/api/forums/${forumId}/members/${member.id}`, patch, member.version);
              return back;
            }}
            cancelTo={back}
            onReload={members.reload}
          />
        );
      }}
    </ForumFormPage>
  );
}

export function NewWorkingGroupPage() {
  const t = useT();
  return (
    <ForumFormPage title={t('forum.addGroup')}>
      {({ area, forumId, mayWrite, back }) => (
        <RecordForm
          formId="working-group"
          title={t('forum.addGroupTitle', { area: area.name })}
          fields={groupFields(t)}
          initial={{}}
          mode="create"
          allowed={mayWrite}
          submitLabel={t('forum.addGroup')}
          save={async (body) => {
            await api.post<WorkingGroup>(`/api/forums/${forumId}/working-groups`, body);
            return back;
          }}
          savedMessage={(body) => t('forum.groupAdded', { name: String(body.name) })}
          cancelTo={back}
        />
      )}
    </ForumFormPage>
  );
}

export function EditWorkingGroupPage() {
  const t = useT();
  const { groupId } = useParams();
  return (
    <ForumFormPage<WorkingGroup> title={t('common.edit')} list={(forumId) => `/api/forums/${forumId}/working-groups?limit=500`}>
      {({ forumId, mayWrite, back }, groups) => {
        const group = groups.data!.items.find((g) => g.id === groupId);
        if (!group) return <NotFoundPage />;
        return (
          <RecordForm
            key={group.version}
            formId="working-group"
            title={t('forum.editGroupTitle', { name: group.name })}
            fields={groupFields(t)}
            initial={group}
            mode="edit"
            allowed={mayWrite}
            save={async (patch) => {
              await api.patch<WorkingGroup>(`/api/forums/${forumId}/working-groups/${group.id}`, patch, group.version);
              return back;
            }}
            cancelTo={back}
            onReload={groups.reload}
          />
        );
      }}
    </ForumFormPage>
  );
}
