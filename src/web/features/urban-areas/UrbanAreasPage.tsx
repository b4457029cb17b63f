/** The urban areas (byområder): vulnerable flag, aliases, example-data label. */
import { Link } from 'react-router';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Loaded } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ProvenanceTag } from '../../components/ProvenanceTag.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { VulnerableFlag } from './VulnerableFlag.tsx';
import { urbanAreaTexts } from './texts.ts';

export function UrbanAreasPage() {
  const t = useTexts(commonTexts, urbanAreaTexts);
  const { me, may } = useSession();
  const areas = useGet(apiPath('/api/urban-areas', { limit: 500 }));
  const municipalityId = me?.scope.municipalityId ?? null;
  return (
    <Page title={t('urbanAreas.title')} lead={t('urbanAreas.intro')}>
      {municipalityId && may('registry.write', { municipalityId }) && (
        <p>
          <Link to="/byomraader/ny" className="button button-secondary">
            <Icon name="plus" />
            {t('urbanAreas.create')}
          </Link>
        </p>
      )}
      <Loaded resources={[areas]}>
        {() => (
          <DataTable
            caption={t('urbanAreas.caption')}
            rows={areas.data!.items}
            rowKey={(a) => a.id}
            columns={[
              {
                header: t('common.name'),
                cell: (a) => (
                  <>
                    <Link to={`/byomraader/${a.id}`}>{a.name}</Link> <ProvenanceTag provenance={a.provenance} />
                  </>
                ),
              },
              { header: t('urbanAreas.vulnerable'), cell: (a) => <VulnerableFlag vulnerable={a.vulnerable} /> },
              { header: t('urbanAreas.aliases'), cell: (a) => (a.aliases.length ? a.aliases.join(', ') : '–') },
            ]}
          />
        )}
      </Loaded>
    </Page>
  );
}
