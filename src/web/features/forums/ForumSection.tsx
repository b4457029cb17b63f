/**
 * The Boligsocialt Forum on its urban area's page: the forum's name and a link to its own page,
 * its members (named people only for roles that may read them) and its working groups. The area's
 * admin and its forum members add, edit and remove members and working groups (removal asks first).
 */
import { Link } from 'react-router';
import type { ForumMember, UrbanArea, WorkingGroup } from '../../../domain/schemas/registry.ts';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { LoadError } from '../../components/Loading.tsx';
import { ProvenanceTag } from '../../components/ProvenanceTag.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { RemovableList } from './RemovableList.tsx';
import { forumTexts } from './texts.ts';

export function ForumSection({ area, forumId }: { area: UrbanArea; forumId: string }) {
  const t = useTexts(commonTexts, forumTexts);
  const { may } = useSession();
  const mayReadPeople = may('people.read');
  const mayWrite = may('forum.write', { municipalityId: area.municipalityId, urbanAreaId: area.id });
  const forum = useGet(apiPath('/api/forums/{id}', { id: forumId }));
  const members = useGet(mayReadPeople ? apiPath('/api/forums/{id}/members', { id: forumId }, { limit: 500 }) : null);
  const groups = useGet(apiPath('/api/forums/{id}/working-groups', { id: forumId }, { limit: 500 }));
  const forumName = forum.data?.name ?? t('forum.name');
  const base = `/byomraader/${area.id}`;
  return (
    <>
      {forum.data && <p className="font-lead">{forum.data.name}</p>}
      <p>
        <Link to={`/fora/${forumId}`} className="function-link">
          {t('forum.pageLink')}
        </Link>
      </p>
      {forum.error && <LoadError error={forum.error} onRetry={forum.reload} />}
      <RemovableList<ForumMember>
        heading={t('forum.membersHeading')}
        list={members}
        path={(m) => `/api/forums/${forumId}/members/${m.id}`}
        nameOf={(m) => m.personName}
        mayWrite={mayWrite}
        add={{ to: `${base}/medlemmer/ny`, label: t('forum.addMember') }}
        editTo={(m) => `${base}/medlemmer/${m.id}/rediger`}
        caption={t('forum.membersOf', { forum: forumName })}
        empty={t('forum.noRegisteredMembers')}
        columns={[
          {
            header: t('forum.memberPerson'),
            cell: (m) => (
              <>
                {m.personName} <ProvenanceTag provenance={m.provenance} />
              </>
            ),
          },
          { header: t('forum.organisation'), cell: (m) => m.organisation },
          { header: t('forum.role'), cell: (m) => m.forumRole },
        ]}
        texts={{
          confirm: t('forum.removeConfirm'),
          question: (name) => t('forum.removeText', { name, forum: forumName }),
          removed: (name) => t('forum.removed', { name, forum: forumName }),
          failed: t('forum.removeFailed'),
          stale: t('forum.removeStale'),
        }}
        hidden={mayReadPeople ? undefined : t('forum.membersHidden')}
      />
      <RemovableList<WorkingGroup>
        heading={t('forum.workingGroups')}
        list={groups}
        path={(g) => `/api/forums/${forumId}/working-groups/${g.id}`}
        nameOf={(g) => g.name}
        mayWrite={mayWrite}
        add={{ to: `${base}/arbejdsgrupper/ny`, label: t('forum.addGroup') }}
        editTo={(g) => `${base}/arbejdsgrupper/${g.id}/rediger`}
        caption={t('forum.workingGroupsOf', { forum: forumName })}
        empty={t('forum.noWorkingGroups')}
        columns={[
          {
            header: t('common.name'),
            cell: (g) => (
              <>
                {g.name} <ProvenanceTag provenance={g.provenance} />
              </>
            ),
          },
          { header: t('forum.groupPurpose'), cell: (g) => g.purpose || '–' },
        ]}
        texts={{
          confirm: t('forum.groupRemoveConfirm'),
          question: (name) => t('forum.groupRemoveText', { name, forum: forumName }),
          removed: (name) => t('forum.groupRemoved', { name, forum: forumName }),
          failed: t('forum.groupRemoveFailed'),
          stale: t('forum.groupRemoveStale'),
        }}
      />
    </>
  );
}
