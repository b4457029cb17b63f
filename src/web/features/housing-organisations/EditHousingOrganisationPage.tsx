import { useParams } from 'react-router';
import type { HousingOrganisation } from '../../../domain/schemas/registry.ts';
import { apiPath } from '../../api.ts';
import { RecordEditor } from '../../components/RecordEditor.tsx';
import { commonTexts } from '../../components/texts.ts';
import { useSession } from '../../session.tsx';
import { useTexts } from '../../texts.ts';
import { housingTexts } from './texts.ts';

export function EditHousingOrganisationPage() {
  const t = useTexts(commonTexts, housingTexts);
  const { id } = useParams();
  const { may } = useSession();
  return (
    <RecordEditor<HousingOrganisation>
      formId="housing-organisation"
      path={apiPath('/api/housing-organisations/{id}', { id: id! })}
      back={{ to: `/boligorganisationer/${id}`, page: t('housing.title') }}
      title={(o) => t('housing.editTitle', { name: o.name })}
      fields={[
        { name: 'name', label: t('common.name') },
        { name: 'shortName', label: t('housing.shortName') },
        { name: 'administrator', label: t('housing.administrator'), nullable: true },
      ]}
      allowed={(o) => may('housing_organisation.write', { housingOrganisationIds: [o.id] })}
      done={(o) => `/boligorganisationer/${o.id}`}
    />
  );
}
