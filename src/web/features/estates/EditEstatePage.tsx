/** Edit an estate (name, department number, dwellings, owner, urban area), back where it was opened. */
import { useLocation, useParams } from 'react-router';
import type { Estate } from '../../../domain/schemas/registry.ts';
import { apiPath } from '../../api.ts';
import { useGet } from '../../cache.ts';
import { Loaded } from '../../components/Loading.tsx';
import { RecordEditor } from '../../components/RecordEditor.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useTexts } from '../../texts.ts';
import { useEstateAccess } from './estate-access.ts';
import { type EstateFrom, estateFields } from './estate-fields.ts';
import { estateTexts } from './texts.ts';

export function EditEstatePage() {
  const t = useTexts(commonTexts, estateTexts);
  const { id } = useParams();
  const from = (useLocation().state as EstateFrom | null)?.from;
  const access = useEstateAccess();
  const organisations = useGet(apiPath('/api/housing-organisations', { limit: 500 }));
  return (
    <Loaded resources={[organisations, access.areas]}>
      {() => (
        <RecordEditor<Estate>
          formId="estate"
          path={apiPath('/api/estates/{id}', { id: id! })}
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
