/** Edit an administration's or a committee's name and abbreviation. */
import { useParams } from 'react-router';
import type { Administration, Committee } from '../../../domain/schemas/registry.ts';
import { RecordEditor } from '../../components/RecordEditor.tsx';
import { useT } from '../../i18n.ts';
import { useSession } from '../auth/session.tsx';

export function EditAdministrationPage() {
  const t = useT();
  const { id } = useParams();
  const { may } = useSession();
  return (
    <RecordEditor<Administration>
      formId="administration"
      path={`/api/administrations/${id}`}
      back={{ to: '/forvaltninger', page: t('bodies.title') }}
      title={(a) => t('bodies.editAdministration', { name: a.name })}
      fields={[
        { name: 'name', label: t('common.name') },
        { name: 'abbreviation', label: t('bodies.abbreviation') },
      ]}
      allowed={(a) => may('registry.write', { municipalityId: a.municipalityId })}
      done={() => '/forvaltninger'}
    />
  );
}

export function EditCommitteePage() {
  const t = useT();
  const { id } = useParams();
  const { may } = useSession();
  return (
    <RecordEditor<Committee>
      formId="committee"
      path={`/api/committees/${id}`}
      back={{ to: '/forvaltninger', page: t('bodies.title') }}
      title={(c) => t('bodies.editCommittee', { name: c.name })}
      fields={[
        { name: 'name', label: t('common.name') },
        { name: 'abbreviation', label: t('bodies.abbreviation') },
      ]}
      allowed={(c) => may('registry.write', { municipalityId: c.municipalityId })}
      done={() => '/forvaltninger'}
    />
  );
}
