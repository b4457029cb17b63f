/**
 * Edit an estate (name, department number, dwellings, owner, urban area) and register a new one
 * for a housing organisation. The choices of owner and area are those the user may write to.
 */
import { useLocation, useParams } from 'react-router';
import type { Estate, EstateInput, HousingOrganisation, UrbanArea } from '../../../domain/schemas/registry.ts';
import { api } from '../../api.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { LoadError, Loaded, Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { type FieldSpec, RecordEditor, RecordForm } from '../../components/RecordEditor.tsx';
import { type Translate, useT } from '../../i18n.ts';
import { useApi } from '../../use-api.ts';
import { type EstatePlace, useEstateAccess } from './estate-access.ts';

/** Where an estate link came from, so that the form returns there. */
export type EstateFrom = { from?: { to: string; page: string } };

function estateFields(
  t: Translate,
  organisations: HousingOrganisation[],
  areas: UrbanArea[],
  current: EstatePlace,
  access: Pick<ReturnType<typeof useEstateAccess>, 'mayWrite' | 'mayCreateFor'>,
): FieldSpec[] {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'da');
  return [
    { name: 'name', label: t('common.name') },
    { name: 'departmentNumber', label: t('estates.departmentNumber'), nullable: true, width: 'input-width-xs' },
    { kind: 'integer', name: 'dwellings', label: t('estates.dwellings'), hint: t('estates.dwellingsHint'), nullable: true, width: 'input-width-xs' },
    {
      kind: 'select',
      name: 'housingOrganisationId',
      label: t('estates.owner'),
      options: organisations
        .filter((o) => o.id === current.housingOrganisationId || access.mayCreateFor(o.id))
        .sort(byName)
        .map((o) => ({ value: o.id, label: o.name })),
    },
    {
      kind: 'select',
      name: 'urbanAreaId',
      label: t('estates.urbanArea'),
      options: areas
        .filter((a) => a.id === current.urbanAreaId || access.mayWrite({ ...current, urbanAreaId: a.id }))
        .sort(byName)
        .map((a) => ({ value: a.id, label: a.name })),
    },
  ];
}

export function EditEstatePage() {
  const t = useT();
  const { id } = useParams();
  const from = (useLocation().state as EstateFrom | null)?.from;
  const access = useEstateAccess();
  const organisations = useApi<{ items: HousingOrganisation[] }>('/api/housing-organisations?limit=500');
  return (
    <Loaded resources={[organisations, access.areas]}>
      {() => (
        <RecordEditor<Estate>
          formId="estate"
          path={`/api/estates/${id}`}
          back={(e) => from ?? { to: `/boligorganisationer/${e.housingOrganisationId}`, page: e.housingOrganisationName }}
          title={(e) => t('estates.editTitle', { name: e.name })}
          fields={(e) => estateFields(t, organisations.data!.items, access.areas.data!.items, e, access)}
          allowed={(e) => access.mayWrite(e)}
          done={(e) => from?.to ?? `/boligorganisationer/${e.housingOrganisationId}`}
        />
      )}
    </Loaded>
  );
}

export function NewEstatePage() {
  const t = useT();
  const { id } = useParams();
  const access = useEstateAccess();
  const owner = useApi<HousingOrganisation>(`/api/housing-organisations/${id}`);
  const organisations = useApi<{ items: HousingOrganisation[] }>('/api/housing-organisations?limit=500');
  const back = `/boligorganisationer/${id}`;
  return (
    <>
      <BackLink to={back} page={owner.data?.name ?? t('housing.title')} />
      {owner.error ? (
        <Page title={t('estates.newTitle')}>
          <LoadError error={owner.error} onRetry={owner.reload} />
        </Page>
      ) : !owner.data ? (
        <Loading />
      ) : (
        <Loaded resources={[organisations, access.areas]}>
          {() => {
            const initial: EstatePlace & { name: string } = { name: '', housingOrganisationId: owner.data!.id, urbanAreaId: '' };
            return (
              <RecordForm
                formId="estate"
                title={t('estates.newTitle')}
                lead={t('estates.newLead', { name: owner.data!.name })}
                fields={estateFields(t, organisations.data!.items, access.areas.data!.items, initial, access)}
                initial={initial}
                mode="create"
                allowed={access.mayCreateFor(owner.data!.id)}
                submitLabel={t('estates.create')}
                save={async (body) => {
                  const created = await api.post<Estate>('/api/estates', body as EstateInput);
                  return `/boligorganisationer/${created.data.housingOrganisationId}`;
                }}
                savedMessage={(body) => t('estates.created', { name: String(body.name) })}
                cancelTo={back}
              />
            );
          }}
        </Loaded>
      )}
    </>
  );
}
