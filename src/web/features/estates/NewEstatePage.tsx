/** Register a new estate for a housing organisation. */
import { useParams } from 'react-router';
import type { Estate, EstateInput } from '../../../domain/schemas/registry.ts';
import { apiPath } from '../../api.ts';
import { useGet, write } from '../../cache.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Loaded, LoadedPage } from '../../components/Loading.tsx';
import { RecordForm } from '../../components/RecordEditor.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useTexts } from '../../texts.ts';
import { housingTexts } from '../housing-organisations/texts.ts';
import { type EstatePlace, useEstateAccess } from './estate-access.ts';
import { estateFields } from './estate-fields.ts';
import { estateTexts } from './texts.ts';

export function NewEstatePage() {
  const t = useTexts(commonTexts, estateTexts, housingTexts);
  const { id } = useParams();
  const access = useEstateAccess();
  const owner = useGet(apiPath('/api/housing-organisations/{id}', { id: id! }));
  const organisations = useGet(apiPath('/api/housing-organisations', { limit: 500 }));
  const back = `/boligorganisationer/${id}`;
  return (
    <>
      <BackLink to={back} page={owner.data?.name ?? t('housing.title')} />
      <LoadedPage resource={owner} title={t('estates.newTitle')}>
        {(o) => (
          <Loaded resources={[organisations, access.areas]}>
            {() => {
              const initial: EstatePlace & { name: string } = { name: '', housingOrganisationId: o.id, urbanAreaId: '' };
              return (
                <RecordForm
                  formId="estate"
                  title={t('estates.newTitle')}
                  lead={t('estates.newLead', { name: o.name })}
                  fields={estateFields(t, organisations.data!.items, access.areas.data!.items, initial, access)}
                  initial={initial}
                  mode="create"
                  allowed={access.mayCreateFor(o.id)}
                  submitLabel={t('estates.create')}
                  save={async (body) => {
                    const created = await write<Estate>('POST', '/api/estates', { body: body as EstateInput });
                    return `/boligorganisationer/${created.data.housingOrganisationId}`;
                  }}
                  savedMessage={(body) => t('estates.created', { name: String(body.name) })}
                  cancelTo={back}
                />
              );
            }}
          </Loaded>
        )}
      </LoadedPage>
    </>
  );
}
