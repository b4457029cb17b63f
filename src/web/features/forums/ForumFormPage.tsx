/**
 * Add and edit the rows of an urban area's Boligsocialt Forum: its members and its working groups.
 * Rows have no single-item GET: the edit form finds its row (with its version) in the forum's list.
 */
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { UrbanArea } from '../../../domain/schemas/registry.ts';
import { type ApiPath, type List, apiPath } from '../../api.ts';
import { type Resource, useGet } from '../../cache.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { LoadError, Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { Page } from '../../components/Page.tsx';
import type { FieldSpec } from '../../components/RecordEditor.tsx';
import type { commonTexts } from '../../components/texts.ts';
import { useSession } from '../../session.tsx';
import { type TextKey, type Translate, useTexts } from '../../texts.ts';
import { urbanAreaTexts } from '../urban-areas/texts.ts';
import type { forumTexts } from './texts.ts';

type T = Translate<TextKey<typeof commonTexts | typeof forumTexts>>;

/** The two kinds of forum rows: where they live in the API and how their forms are worded. */
export const forumRows = {
  member: {
    formId: 'forum-member',
    path: 'members',
    list: (forumId: string) => apiPath('/api/forums/{id}/members', { id: forumId }, { limit: 500 }),
    nameOf: (row: Record<string, unknown>) => String(row.personName),
    fields: (t: T): FieldSpec[] => [
      { name: 'personName', label: t('forum.memberPerson') },
      { name: 'organisation', label: t('forum.organisation') },
      { name: 'forumRole', label: t('forum.role'), hint: t('forum.roleHint') },
    ],
    add: 'forum.addMember',
    addTitle: 'forum.addMemberTitle',
    added: 'forum.added',
    editTitle: 'forum.editMemberTitle',
  },
  group: {
    formId: 'working-group',
    path: 'working-groups',
    list: (forumId: string) => apiPath('/api/forums/{id}/working-groups', { id: forumId }, { limit: 500 }),
    nameOf: (row: Record<string, unknown>) => String(row.name),
    fields: (t: T): FieldSpec[] => [
      { name: 'name', label: t('common.name') },
      { name: 'purpose', label: t('forum.groupPurpose'), optional: true },
    ],
    add: 'forum.addGroup',
    addTitle: 'forum.addGroupTitle',
    added: 'forum.groupAdded',
    editTitle: 'forum.editGroupTitle',
  },
} as const;

export type ForumRowKind = keyof typeof forumRows;

type Ready = { area: UrbanArea; forumId: string; mayWrite: boolean; back: string };

/** Loads the urban area (and, with `list`, a list of its forum) and renders `children` once ready. */
export function ForumFormPage<L>({
  title,
  list,
  children,
}: {
  title: string;
  list?: (forumId: string) => ApiPath<List<L>>;
  children: (ready: Ready, items: Resource<List<L>>) => ReactNode;
}) {
  const t = useTexts(urbanAreaTexts);
  const { id } = useParams();
  const { may } = useSession();
  const area = useGet(apiPath('/api/urban-areas/{id}', { id: id! }));
  const forumId = area.data?.forumId ?? null;
  const items = useGet(list && forumId ? list(forumId) : null);
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
