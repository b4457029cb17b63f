/** One urban area: its facts, its Boligsocialt Forum (members, working groups) and its estates. */
import { Link, useParams } from 'react-router';
import type { Estate, Forum, ForumMember, UrbanArea, WorkingGroup } from '../../../domain/schemas/registry.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Icon } from '../../components/Icon.tsx';
import { LoadError, Loaded, Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ProvenanceTag } from '../../components/ProvenanceTag.tsx';
import { useT } from '../../i18n.ts';
import { useApi } from '../../use-api.ts';
import { useSession } from '../auth/session.tsx';
import { EstatesTable } from '../housing-organisations/EstatesTable.tsx';
import { VulnerableFlag } from './UrbanAreasPage.tsx';

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
      {area.forumId ? <ForumSection forumId={area.forumId} /> : <p>{t('urbanAreas.noForum')}</p>}
      <h2>{t('urbanAreas.estates')}</h2>
      <Loaded resources={[estates]}>
        {() => (
          <EstatesTable
            caption={t('urbanAreas.estatesCaption', { area: area.name })}
            estates={estates.data!.items}
            show="owner"
          />
        )}
      </Loaded>
    </Page>
  );
}

function ForumSection({ forumId }: { forumId: string }) {
  const t = useT();
  const { may } = useSession();
  const mayReadPeople = may('people.read');
  const forum = useApi<Forum>(`/api/forums/${forumId}`);
  const members = useApi<{ items: ForumMember[] }>(mayReadPeople ? `/api/forums/${forumId}/members?limit=500` : null);
  const groups = useApi<{ items: WorkingGroup[] }>(`/api/forums/${forumId}/working-groups?limit=500`);
  const forumName = forum.data?.name ?? t('urbanAreas.forum');
  return (
    <>
      {forum.data && <p className="font-lead">{forum.data.name}</p>}
      {forum.error && <LoadError error={forum.error} onRetry={forum.reload} />}
      <h3>{t('urbanAreas.members')}</h3>
      {mayReadPeople ? (
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
              ]}
            />
          )}
        </Loaded>
      ) : (
        <p>{t('urbanAreas.membersHidden')}</p>
      )}
      <h3>{t('urbanAreas.workingGroups')}</h3>
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
            ]}
          />
        )}
      </Loaded>
    </>
  );
}
