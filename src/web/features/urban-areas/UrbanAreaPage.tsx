/** One urban area: its facts, its Boligsocialt Forum (features/forums) and its estates. */
import { useParams } from 'react-router';
import type { UrbanArea } from '../../../domain/schemas/registry.ts';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { EditLink } from '../../components/EditLink.tsx';
import { Loaded, LoadedPage } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ProvenanceTag } from '../../components/ProvenanceTag.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { ForumSection } from '../forums/ForumSection.tsx';
import { forumTexts } from '../forums/texts.ts';
import { EstatesTable } from '../housing-organisations/EstatesTable.tsx';
import { VulnerableFlag } from './VulnerableFlag.tsx';
import { urbanAreaTexts } from './texts.ts';

export function UrbanAreaPage() {
  const t = useTexts(commonTexts, urbanAreaTexts, forumTexts);
  const { id } = useParams();
  const area = useGet(apiPath('/api/urban-areas/{id}', { id: id! }));
  return (
    <>
      <BackLink to="/byomraader" page={t('urbanAreas.title')} />
      <LoadedPage resource={area} title={t('urbanAreas.title')}>
        {(a) => <UrbanAreaDetail area={a} />}
      </LoadedPage>
    </>
  );
}

function UrbanAreaDetail({ area }: { area: UrbanArea }) {
  const t = useTexts(commonTexts, urbanAreaTexts, forumTexts);
  const { may } = useSession();
  const estates = useGet(apiPath('/api/estates', { urbanAreaId: area.id, limit: 500 }));
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
          <EditLink to={`/byomraader/${area.id}/rediger`} name={area.name} button />
        </p>
      )}
      <h2>{t('forum.name')}</h2>
      {area.forumId ? <ForumSection area={area} forumId={area.forumId} /> : <p>{t('forum.none')}</p>}
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
