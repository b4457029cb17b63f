/** One housing organisation and its estates. */
import { Link, useParams } from 'react-router';
import type { HousingOrganisation } from '../../../domain/schemas/registry.ts';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { EditLink } from '../../components/EditLink.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Loaded, LoadedPage } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ProvenanceTag } from '../../components/ProvenanceTag.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { useEstateAccess } from '../estates/estate-access.ts';
import { estateTexts } from '../estates/texts.ts';
import { EstatesTable } from './EstatesTable.tsx';
import { housingTexts } from './texts.ts';

export function HousingOrganisationPage() {
  const t = useTexts(commonTexts, housingTexts, estateTexts);
  const { id } = useParams();
  const org = useGet(apiPath('/api/housing-organisations/{id}', { id: id! }));
  return (
    <>
      <BackLink to="/boligorganisationer" page={t('housing.title')} />
      <LoadedPage resource={org} title={t('housing.title')}>
        {(o) => <Detail org={o} />}
      </LoadedPage>
    </>
  );
}

function Detail({ org }: { org: HousingOrganisation }) {
  const t = useTexts(commonTexts, housingTexts, estateTexts);
  const { may } = useSession();
  const { mayCreateFor } = useEstateAccess();
  const estates = useGet(apiPath('/api/estates', { housingOrganisationId: org.id, limit: 500 }));
  return (
    <Page title={org.name}>
      <p>
        <ProvenanceTag provenance={org.provenance} />
      </p>
      <dl className="facts">
        <dt>{t('housing.shortName')}</dt>
        <dd>{org.shortName}</dd>
        <dt>{t('housing.administrator')}</dt>
        <dd>{org.administrator ?? t('common.none')}</dd>
      </dl>
      {may('housing_organisation.write', { housingOrganisationIds: [org.id] }) && (
        <p>
          <EditLink to={`/boligorganisationer/${org.id}/rediger`} name={org.name} button />
        </p>
      )}
      <h2>{t('housing.estates')}</h2>
      {mayCreateFor(org.id) && (
        <p>
          <Link to={`/boligorganisationer/${org.id}/afdelinger/ny`} className="button button-secondary">
            <Icon name="plus" />
            {t('estates.create')}
          </Link>
        </p>
      )}
      <Loaded resources={[estates]}>
        {() => (
          <EstatesTable
            caption={t('housing.estatesCaption', { name: org.name })}
            estates={estates.data!.items}
            show="area"
            from={{ to: `/boligorganisationer/${org.id}`, page: org.name }}
          />
        )}
      </Loaded>
    </Page>
  );
}
